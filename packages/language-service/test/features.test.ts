// The editor feature verbs (hover, definition, references, highlights, symbols, code actions)
// over hand-made analyses and a hand-made comparison, so they test the verbs, not the extractors.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  doCodeActions, doHover, escapeMarkdown, findDefinition, findDocumentHighlights, findDocumentSymbols, findReferences,
  findWorkspaceSymbols, OPEN_ALIGNED_COMMAND,
  type Comparison, type Diagnostic, type Entity, type FeatureContext, type ReportAnalysis, type Span,
} from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.js';

const A = 'file:///ws/a.txt';
const B = 'file:///ws/b%20two.txt';

/** The span of the n-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): Span & { text: string } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in text`);
  return { start: i, end: i + needle.length, text: needle };
}

function analysis(text: string, parts: Partial<ReportAnalysis> = {}): ReportAnalysis {
  return {
    analyzerVersion: 'test', text, hadBom: false, format: 'text', language: { code: 'en', isEnglish: true }, publishedAt: '2024-03-20',
    paragraphs: [{ start: 0, end: text.length }], sentences: [], entities: [], quotes: [], attributions: [], figures: [], dates: [],
    claims: [], problems: [], ...parts,
  };
}

function entity(text: string, id: string, kind: Entity['kind'], name: string, spellings: string[], descriptors: string[] = []): Entity {
  return {
    id, kind, name, descriptors: descriptors.map((d) => at(text, d)),
    mentions: spellings.map((s) => ({ ...at(text, s.replace(/#\d$/, ''), Number(/#(\d)$/.exec(s)?.[1] ?? 0)), form: 'full' as const })),
  };
}

// Report A: an emoji (two UTF-16 units) before the names, so the offsets are not code points.
const textA = 'On Tuesday, March 19, 🙂 Wang Kejian met Isma’il Haniya. “We exchanged views on Gaza,” Wang said. More than 31,000 died. Haniya [x](command:evil) <b>hi</b>';
const textB = 'On March 19 the envoy Wang Kejian met Ismail Haniyeh. “We exchanged views on the Gaza war,” Wang said. Over 30,000 died.';

const wangA = entity(textA, 'per:wang-kejian', 'person', 'Wang Kejian', ['Wang Kejian', 'Wang#1'], ['Tuesday']);
const haniyaA = entity(textA, 'per:ismail-haniya', 'person', 'Isma’il Haniya [x](command:evil) <b>', ['Isma’il Haniya', 'Haniya#1']);
const wangB = entity(textB, 'per:wang-kejian', 'person', 'Wang Kejian', ['Wang Kejian', 'Wang#1'], ['the envoy']);
const haniyehB = entity(textB, 'per:ismail-haniyeh', 'person', 'Ismail Haniyeh', ['Ismail Haniyeh']);

const quoteA = at(textA, '“We exchanged views on Gaza,”');
const quoteB = at(textB, '“We exchanged views on the Gaza war,”');
const figA = at(textA, 'More than 31,000');
const figB = at(textB, 'Over 30,000');
const dateA = at(textA, 'Tuesday, March 19');
const dateB = at(textB, 'March 19');
const claimA = at(textA, 'More than 31,000 died.');

const reportA = analysis(textA, {
  entities: [wangA, haniyaA],
  quotes: [{ ...pick(quoteA), content: { start: quoteA.start + 1, end: quoteA.end - 2, text: textA.slice(quoteA.start + 1, quoteA.end - 2) }, speaker: { ...at(textA, 'Wang', 1), name: 'Wang Kejian', entityId: wangA.id }, depth: 0 }],
  figures: [{ ...figA, value: 31000, approx: 'more-than', counts: 'died', countsSpan: null }],
  dates: [{ ...dateA, value: '2024-03-19', weekday: 'Tuesday', relative: false }],
  claims: [{ ...claimA, status: 'unattributed', kind: 'casualty', source: null }],
});
const reportB = analysis(textB, {
  entities: [wangB, haniyehB],
  quotes: [{ ...pick(quoteB), content: { start: quoteB.start + 1, end: quoteB.end - 2, text: textB.slice(quoteB.start + 1, quoteB.end - 2) }, speaker: null, depth: 0 }],
  figures: [{ ...figB, value: 30000, approx: 'more-than', counts: 'died', countsSpan: null }],
  dates: [{ ...dateB, value: '2024-03-19', weekday: null, relative: false }],
});

function pick(s: Span): Span {
  return { start: s.start, end: s.end };
}

function both(kind: 'quote' | 'figure' | 'date', a: Span, b: Span, score: number) {
  return [{ kind, from: { report: A, ...pick(a) }, to: { report: B, ...pick(b) }, score }, { kind, from: { report: B, ...pick(b) }, to: { report: A, ...pick(a) }, score }];
}

const comparison: Comparison = {
  events: [{ id: 'event:1', reports: [A, B] }],
  entities: [
    { id: 'x:wang', kind: 'person', name: 'Wang Kejian', occurrences: [{ report: A, entityId: wangA.id, name: 'Wang Kejian', mentions: 2 }, { report: B, entityId: wangB.id, name: 'Wang Kejian', mentions: 2 }] },
    { id: 'x:haniyeh', kind: 'person', name: 'Ismail Haniyeh', occurrences: [{ report: A, entityId: haniyaA.id, name: 'Isma’il Haniya', mentions: 2 }, { report: B, entityId: haniyehB.id, name: 'Ismail Haniyeh', mentions: 1 }] },
  ],
  links: [...both('quote', quoteA, quoteB, 0.8), ...both('figure', figA, figB, 0.9), ...both('date', dateA, dateB, 1)],
  problems: {},
};

const reports = new Map([[A, reportA], [B, reportB]]);
const ctx = (reportId: string): FeatureContext => ({ reportId, comparison, getReport: (id) => reports.get(id) });
/** The offset of `|` in a marked copy of the text. */
const cursor = (marked: string): number => parseMarkers(marked).cursor ?? -1;

describe('hover', () => {
  test('an entity: kind, name, descriptors, mentions here and in the other report, its spelling there', () => {
    const h = doHover(reportA, cursor('On Tuesday, March 19, 🙂 Wang Ke|jian'), ctx(A));
    assert.ok(h);
    assert.equal(textA.slice(h.span.start, h.span.end), 'Wang Kejian');
    assert.match(h.markdown, /^\*\*Wang Kejian\*\* · person/);
    assert.match(h.markdown, /\*Tuesday\*/);
    assert.match(h.markdown, /2 mentions in this report/);
    assert.match(h.markdown, /b%20two\.txt|b two\\\.txt/);
    assert.match(h.markdown, /2 mentions, as “Wang Kejian”, “Wang”/);
  });

  test('a variant spelling in the other report is named as such', () => {
    const h = doHover(reportA, at(textA, 'Haniya').start, ctx(A));
    assert.match(h!.markdown, /1 mention, spelled “Ismail Haniyeh”/);
    assert.match(h!.markdown, /Across the event: \*\*Ismail Haniyeh\*\*/);
  });

  test('a description mention in the other report ("Envoy" standing for Wang) is not listed as a spelling', () => {
    const described = { ...wangB, mentions: [...wangB.mentions, { ...at(textB, 'envoy'), form: 'description' as const }] };
    const withDescription = new Map([[A, reportA], [B, { ...reportB, entities: [described, haniyehB] }]]);
    const h = doHover(reportA, at(textA, 'Wang Kejian').start, { reportId: A, comparison, getReport: (id) => withDescription.get(id) });
    assert.match(h!.markdown, /as “Wang Kejian”, “Wang”(?:; called |$)/m);
    assert.doesNotMatch(h!.markdown, /“envoy”/i);
  });

  test('report text cannot inject a link, a command or HTML', () => {
    const h = doHover(reportA, at(textA, 'Isma’il').start, ctx(A))!;
    assert.doesNotMatch(h.markdown, /(?<!\\)\]\((?!\\)/);
    assert.doesNotMatch(h.markdown, /(?<!\\)</);
    assert.match(h.markdown, /\\\[x\\\]\\\(command\\:evil\\\)/);
    assert.equal(escapeMarkdown('a\n# b *c* `d` <e> [f](g) https://h, "i"?'), 'a \\# b \\*c\\* \\`d\\` \\<e\\> \\[f\\]\\(g\\) https\\:\\/\\/h, "i"?');
  });

  test('a quote: its speaker and how the other report words it', () => {
    const h = doHover(reportA, cursor('On Tuesday, March 19, 🙂 Wang Kejian met Isma’il Haniya. “We exch|'), ctx(A))!;
    assert.match(h.markdown, /^\*\*Quote\*\* · said by \*\*Wang Kejian\*\*/);
    assert.match(h.markdown, /worded differently: “We exchanged views on the Gaza war,”/);
    const same = doHover(reportB, quoteB.start + 3, { ...ctx(B), comparison: { ...comparison, links: [{ kind: 'quote', from: { report: B, ...pick(quoteB) }, to: { report: A, ...pick(quoteB) }, score: 1 }] }, getReport: () => reportB });
    assert.match(same!.markdown, /no speaker named/);
    assert.match(same!.markdown, /worded the same/);
  });

  test('a figure: its value and the other report\'s figure', () => {
    const h = doHover(reportA, at(textA, '31,000').start, ctx(A))!;
    assert.equal(textA.slice(h.span.start, h.span.end), 'More than 31,000');
    assert.match(h.markdown, /^\*\*31,000\*\* \(more than\) · died/);
    assert.match(h.markdown, /“Over 30,000” = 30,000 \(differs\)/);
  });

  test('a figure: same or differs is the figure-mismatch rule\'s test (figuresAgree)', () => {
    const withB = (value: number, approx: 'exact' | 'at-least' | 'more-than') => ({
      ...ctx(A), getReport: (id: string) => (id === B ? { ...reportB, figures: [{ ...figB, value, approx, counts: 'died', countsSpan: null }] } : reportA),
    });
    // "more than 31,000" meets 32,000 (agrees) but not 30,000; it is the same as "over 31,000"
    assert.match(doHover(reportA, figA.start, withB(32000, 'exact'))!.markdown, /= 32,000 \(agrees\)/);
    assert.match(doHover(reportA, figA.start, withB(30000, 'exact'))!.markdown, /= 30,000 \(differs\)/);
    assert.match(doHover(reportA, figA.start, withB(31000, 'more-than'))!.markdown, /= 31,000 \(the same\)/);
    assert.match(doHover(reportA, figA.start, withB(31000, 'at-least'))!.markdown, /= 31,000 \(agrees\)/);
  });

  test('a figure: a range is shown with its interval', () => {
    const text = 'Tens of thousands of files were stolen.';
    const r = analysis(text, { figures: [{ ...at(text, 'Tens of thousands of files'), value: 10000, approx: 'vague', counts: 'files', countsSpan: null }] });
    assert.match(doHover(r, 2, { ...ctx('x'), getReport: () => undefined })!.markdown, /^\*\*10,000\*\* \(vague: 20,000 to 99,999\) · files/);
  });

  test('a date: resolved value and weekday; the other report\'s date', () => {
    const h = doHover(reportA, at(textA, 'March').start, ctx(A))!;
    assert.match(h.markdown, /^\*\*2024-03-19\*\* · Tuesday/);
    assert.match(h.markdown, /“March 19” = 2024-03-19 \(the same\)/);
    const wrong = analysis('Monday, March 19', { dates: [{ start: 0, end: 16, text: 'Monday, March 19', value: '2024-03-19', weekday: 'Monday', relative: false }] });
    assert.match(doHover(wrong, 3, { ...ctx('x'), getReport: () => undefined })!.markdown, /The text says Monday, but 2024-03-19 is a Tuesday/);
  });

  test('a claim; nothing at all', () => {
    const h = doHover(reportA, at(textA, 'died').start, ctx(A))!;
    assert.match(h.markdown, /^\*\*Claim\*\* · casualty · unattributed/);
    assert.match(h.markdown, /not carried/);
    assert.equal(doHover(reportA, 1, ctx(A)), null);
  });
});

describe('navigation', () => {
  test('definition of a quote, figure and date goes to the aligned passage', () => {
    for (const [needle, expected] of [['exchanged', quoteB], ['31,000', figB], ['March', dateB]] as const) {
      const defs = findDefinition(reportA, at(textA, needle).start, ctx(A));
      assert.equal(defs.length, 1, needle);
      assert.deepEqual(defs[0].target, { report: B, ...pick(expected) });
    }
  });

  test('definition of an entity the comparison does not link goes to its first mention through the cross-report entity', () => {
    const defs = findDefinition(reportA, at(textA, 'Wang', 1).start + 1, ctx(A));
    assert.deepEqual(defs, [{ origin: pick(at(textA, 'Wang', 1)), target: { report: B, ...pick(at(textB, 'Wang Kejian')) } }]);
  });

  test('references: every mention across the event, this report first', () => {
    const refs = findReferences(reportA, at(textA, 'Haniya').start, ctx(A));
    assert.deepEqual(refs.map((r) => `${r.report === A ? 'A' : 'B'}:${(r.report === A ? textA : textB).slice(r.start, r.end)}`), ['A:Isma’il Haniya', 'A:Haniya', 'B:Ismail Haniyeh']);
    assert.deepEqual(findReferences(reportB, quoteB.start, ctx(B)).map((r) => r.report), [B, A]);
  });

  test('a pronoun tied to a person: hover says who, Find References lists it, the mentions and symbols stay names', () => {
    const text = 'Mayor Elena Ruiz opened the bridge. She thanked the workers.';
    const ruiz: Entity = { ...entity(text, 'per:elena-ruiz', 'person', 'Elena Ruiz', ['Elena Ruiz']), pronouns: [at(text, 'She')] };
    const report = analysis(text, { entities: [ruiz] });
    const here: FeatureContext = { reportId: A, comparison: { events: [], entities: [], links: [], problems: {} }, getReport: () => report };
    const h = doHover(report, at(text, 'She').start + 1, here)!;
    assert.equal(text.slice(h.span.start, h.span.end), 'She');
    assert.match(h.markdown, /^\*\*Elena Ruiz\*\* · person\n\n“She” here refers to \*\*Elena Ruiz\*\*/);
    assert.match(h.markdown, /1 mention in this report/);
    assert.deepEqual(findReferences(report, at(text, 'Ruiz').start, here).map((r) => text.slice(r.start, r.end)), ['Elena Ruiz', 'She']);
    assert.deepEqual(findDocumentSymbols(report).map((s) => s.detail), ['person, 1 mention']);
  });

  test('highlights: the mentions of the entity in this report', () => {
    assert.deepEqual(findDocumentHighlights(reportA, at(textA, 'Wang').start).map((h) => textA.slice(h.start, h.end)), ['Wang Kejian', 'Wang']);
    assert.deepEqual(findDocumentHighlights(reportA, at(textA, '31,000').start), [{ ...pick(figA), kind: 'text' }]);
  });
});

describe('symbols', () => {
  test('document symbols in text order; selection inside the span', () => {
    const syms = findDocumentSymbols(reportA);
    assert.deepEqual(syms.map((s) => `${s.kind}:${s.name}`), [
      'person:Wang Kejian', 'person:Isma’il Haniya [x](command:evil) <b>', 'quote:“We exchanged views on Gaza”', 'claim:More than 31,000 died.',
    ]);
    for (const s of syms) assert.ok(s.span.start <= s.selection.start && s.selection.end <= s.span.end);
  });

  test('workspace symbols: fuzzy, any case, sorted by name then report', () => {
    const all = [{ id: A, analysis: reportA }, { id: B, analysis: reportB }];
    assert.deepEqual(findWorkspaceSymbols('wkj', all).map((s) => `${s.name}@${s.container}`), ['Wang Kejian@a.txt', 'Wang Kejian@b two.txt']);
    assert.equal(findWorkspaceSymbols('', all).length, 4);
    assert.equal(findWorkspaceSymbols('', all, 1).length, 1);
  });
});

describe('code actions', () => {
  const variant: Diagnostic = { ...pick(at(textA, 'Isma’il Haniya')), code: 'name-variant', severity: 'hint', message: 'spelled differently', related: [{ report: B, ...pick(at(textB, 'Ismail Haniyeh')), message: 'here' }] };

  test('use the other report\'s spelling, open it there, silence the line or the file', () => {
    const actions = doCodeActions(reportA, pick(variant), [variant], ctx(A));
    assert.deepEqual(actions.map((a) => a.title), [
      'Use the spelling of b two.txt: “Ismail Haniyeh”',
      'Open b two.txt at the passage this name-variant compares',
      'Silence name-variant on this line',
      'Silence name-variant in this file',
    ]);
    assert.deepEqual(actions[0].edits, [{ report: A, ...pick(variant), newText: 'Ismail Haniyeh' }]);
    assert.ok(actions[0].isPreferred);
    assert.deepEqual(actions[1].command, { title: actions[1].title, command: OPEN_ALIGNED_COMMAND, arguments: [{ report: B, ...pick(at(textB, 'Ismail Haniyeh')) }] });
    assert.deepEqual(actions[2].edits[0], { report: A, start: 0, end: 0, newText: '<!-- newslens-disable-next-line name-variant -->\n' });
  });

  test('the comment goes at the start of the diagnostic\'s line, with its indentation and line ending', () => {
    const { text, cursor: c } = parseMarkers('Title\r\n\r\n  Body |claim here.\r\n');
    const d: Diagnostic = { start: c!, end: c! + 5, code: 'unattributed-claim', severity: 'warning', message: 'm', related: [] };
    const actions = doCodeActions(analysis(text), pick(d), [d], ctx(A));
    assert.deepEqual(actions.map((a) => a.edits[0]), [
      { report: A, start: 9, end: 9, newText: '  <!-- newslens-disable-next-line unattributed-claim -->\r\n' },
      { report: A, start: 0, end: 0, newText: '<!-- newslens-disable unattributed-claim -->\r\n' },
    ]);
    const notice: Diagnostic = { start: 0, end: 0, code: 'not-english', severity: 'information', message: 'm', related: [] };
    assert.deepEqual(doCodeActions(analysis(text), pick(notice), [notice], ctx(A)), []);
  });

  test('the thing at the cursor can be opened in the other report', () => {
    const actions = doCodeActions(reportA, { start: at(textA, '31,000').start, end: at(textA, '31,000').start }, [], ctx(A));
    assert.deepEqual(actions.map((a) => a.title), ['Open b two.txt at the same figure']);
  });
});
