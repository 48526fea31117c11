// Code lenses on claims, date inlay hints and semantic tokens: the feature verbs over hand-made analyses.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  findClaimLenses, findDateHints, findSemanticTokens, OPEN_ALIGNED_COMMAND,
  type Comparison, type FeatureContext, type ReportAnalysis,
} from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.js';

function analysis(text: string, parts: Partial<ReportAnalysis> = {}): ReportAnalysis {
  return {
    analyzerVersion: 'test', text, hadBom: false, format: 'text', language: { code: 'en', isEnglish: true }, publishedAt: '2024-03-20',
    paragraphs: [], sentences: [], entities: [], quotes: [], attributions: [], figures: [], dates: [], claims: [], problems: [], ...parts,
  };
}

describe('claim lenses', () => {
  const { text, spans: [c1, c2] } = parseMarkers('[[More than 300 died.]] [[The port was shelled.]]');
  const report = analysis(text, { claims: [c1, c2].map((s) => ({ ...s, status: 'unattributed' as const, kind: 'casualty' as const, source: null })) });
  const comparison: Comparison = {
    events: [{ id: 'e', reports: ['a', 'b', 'c'] }], entities: [], problems: {},
    links: [{ kind: 'claim', from: { report: 'a', start: c1.start, end: c1.end }, to: { report: 'c', start: 5, end: 9 }, score: 0.8 }],
  };
  const ctx: FeatureContext = { reportId: 'a', comparison, getReport: () => undefined };

  test('in N of M reports, with the command to open the other one', () => {
    const lenses = findClaimLenses(report, ctx);
    assert.deepEqual(lenses.map((l) => l.title), ['in 2 of 3 reports (open c)', 'in 1 of 3 reports']);
    assert.deepEqual(lenses[0].command, { title: 'in 2 of 3 reports', command: OPEN_ALIGNED_COMMAND, arguments: [{ report: 'c', start: 5, end: 9 }] });
    assert.equal(lenses[1].command, null);
  });

  test('no lens for a report alone in its event', () => {
    assert.deepEqual(findClaimLenses(report, { ...ctx, comparison: { ...comparison, events: [{ id: 'e', reports: ['a'] }] } }), []);
  });
});

describe('date hints', () => {
  test('after a relative date or a day without its year, not after a full date', () => {
    const { text, spans: [rel, day, full] } = parseMarkers('[[Last Tuesday]] and [[March 19]] but not [[March 19, 2024]].');
    const report = analysis(text, {
      dates: [
        { ...rel, value: '2024-03-19', weekday: 'Tuesday', relative: true },
        { ...day, value: '2024-03-19', weekday: null, relative: false },
        { ...full, value: '2024-03-19', weekday: null, relative: false },
      ],
    });
    const hints = findDateHints(report, { start: 0, end: text.length });
    assert.deepEqual(hints.map((h) => [h.offset, h.label]), [[rel.end, ' 2024-03-19 (Tue)'], [day.end, ' 2024-03-19 (Tue)']]);
    assert.deepEqual(findDateHints(report, { start: day.start, end: day.end }).map((h) => h.offset), [day.end]);
  });
});

describe('semantic tokens', () => {
  test('mentions and cues cut the quote around them; sorted, no overlap', () => {
    const { text, spans } = parseMarkers('[[Wang]] [[said]] [[“We met [[Haniyeh]] in [[Doha]].”]]');
    const [wang, said, quote, haniyeh, doha] = [spans[0], spans[1], spans[2], spans[3], spans[4]];
    const report = analysis(text, {
      entities: [
        { id: 'p1', kind: 'person', name: 'Wang', mentions: [{ ...wang, form: 'full' }], descriptors: [] },
        { id: 'p2', kind: 'person', name: 'Haniyeh', mentions: [{ ...haniyeh, form: 'full' }], descriptors: [] },
        { id: 'l1', kind: 'place', name: 'Doha', mentions: [{ ...doha, form: 'full' }], descriptors: [] },
      ],
      attributions: [{ source: wang, cue: said, content: quote, sourceKind: 'named' }],
      quotes: [{ start: quote.start, end: quote.end, content: { start: quote.start + 1, end: quote.end - 1, text: '' }, speaker: null, depth: 0 }],
    });
    const tokens = findSemanticTokens(report).map((t) => `${t.type}:${text.slice(t.start, t.end)}`);
    assert.deepEqual(tokens, ['person:Wang', 'cue:said', 'quote:“We met ', 'person:Haniyeh', 'quote: in ', 'place:Doha', 'quote:.”']);
  });
});
