// YAML front matter (text/front-matter.ts) through the whole analysis: read in .txt and .md,
// never prose, its date the publication date, one front-matter-invalid warning for a broken block
// with the rest analysed, and the `event:` pin honoured by the comparison. Invented texts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  analyzeReport, compareReports, createComparer, doCodeActions, doHover, FRONT_MATTER_OPTIONS, readFrontMatter,
  type Comparison, type ReportAnalysis,
} from '@newslens/language-service';

const BODY = 'Prime Minister Elena Ruiz resigned on Tuesday after a vote in parliament, her office said.\n';
const HEAD = ['---', 'title: Ruiz resigns', 'date: 2024-03-19', 'source: Example News', 'url: https://example.com/a', 'author: Jane Doe', '---'];

function report(lines: readonly string[], body = BODY, eol = '\n'): string {
  return [...lines, ''].join(eol) + body.replace(/\n/g, eol);
}

function codes(a: ReportAnalysis, code = 'front-matter-invalid'): string[] {
  return a.problems.filter((p) => p.code === code).map((p) => a.text.slice(p.start, p.end));
}

function names(a: ReportAnalysis): string[] {
  return a.entities.map((e) => e.name);
}

describe('front matter is read, in .txt and .md alike', () => {
  for (const format of ['text', 'markdown'] as const) {
    test(`${format}: the metadata, the date as publication date, and the block is never prose`, () => {
      const text = report(HEAD);
      const a = analyzeReport(text, { format });
      assert.deepEqual(a.metadata, { publishedAt: '2024-03-19', source: 'Example News', title: 'Ruiz resigns', url: 'https://example.com/a', author: 'Jane Doe' });
      assert.equal(a.publishedAt, '2024-03-19');
      assert.deepEqual(a.frontMatter, { start: 0, end: text.indexOf('Prime') });
      assert.deepEqual(codes(a), []);
      // "Example News" and "Jane Doe" are metadata, not entities of the report; offsets count from the file's start
      assert.ok(!names(a).some((n) => /Example|Jane/.test(n)), names(a).join());
      const ruiz = a.entities.find((e) => e.name === 'Elena Ruiz');
      assert.equal(text.slice(ruiz!.mentions[0].start, ruiz!.mentions[0].end), 'Elena Ruiz');
      // "on Tuesday" resolves against the front matter's date
      assert.equal(a.dates.find((d) => d.text.includes('Tuesday'))?.value, '2024-03-19');
    });
  }

  test('CRLF line ends and a BOM: the same metadata, offsets into the text without the BOM', () => {
    const text = `\uFEFF${report(HEAD, BODY, '\r\n')}`;
    const a = analyzeReport(text);
    assert.equal(a.hadBom, true);
    assert.equal(a.metadata?.source, 'Example News');
    assert.equal(a.publishedAt, '2024-03-19');
    assert.equal(a.frontMatter?.end, a.text.indexOf('Prime'));
    assert.ok(!names(a).some((n) => /Example|Jane/.test(n)), names(a).join());
  });

  test('outlet and publisher are names for source; authors as a list; a number as a title is text', () => {
    const a = analyzeReport(report(['---', 'publisher: Daily Example', 'authors:', '  - Jane Doe', '  - John Roe', 'title: 1984', '---']));
    assert.deepEqual(a.metadata, { source: 'Daily Example', author: 'Jane Doe, John Roe', title: '1984' });
    assert.equal(analyzeReport(report(['---', 'Outlet: Example Wire', '---'])).metadata?.source, 'Example Wire');
  });

  test('a date-time with a zone gives the calendar date as written', () => {
    for (const date of ['2024-03-19T23:30:00-05:00', '2024-03-19T01:00:00+09:00', '2024-03-19 10:00:00 +0100', '2024-03-19T10:00Z', '"2024-03-19"']) {
      const a = analyzeReport(report(['---', `date: ${date}`, '---']));
      assert.equal(a.publishedAt, '2024-03-19', date);
      assert.deepEqual(codes(a), [], date);
    }
  });

  test('an empty block: nothing read, no warning, the text analysed', () => {
    const a = analyzeReport(report(['---', '---']));
    assert.deepEqual(a.metadata, {});
    assert.deepEqual(codes(a), []);
    assert.ok(names(a).includes('Elena Ruiz'));
  });

  test('no block: the in-text date finding stays', () => {
    assert.equal(analyzeReport(`date 2024-03-19\n\n${BODY}`).publishedAt, '2024-03-19');
    assert.equal(analyzeReport(`WASHINGTON, March 19, 2024 — ${BODY}`).publishedAt, '2024-03-19');
    // a block without a date leaves the dateline to date the report
    assert.equal(analyzeReport(report(['---', 'source: Example News', '---'], `WASHINGTON, March 18, 2024 — ${BODY}`)).publishedAt, '2024-03-18');

    // a block without a date but with an address dated in its path is dated by it, as the address heading the text would be; a dateline still comes first
    const address = ['---', 'url: https://www.example.com/world/2024/03/19/ruiz-resigns/', '---'];
    assert.equal(analyzeReport(report(address)).publishedAt, '2024-03-19');
    assert.equal(analyzeReport(report(address, `WASHINGTON, March 18, 2024 — ${BODY}`)).publishedAt, '2024-03-18');
    assert.equal(analyzeReport(report(['---', 'url: https://www.example.com/world/ruiz-resigns', '---'])).publishedAt, null);
  });
});

describe('a broken block or a bad value: one warning where it is, and the rest is analysed', () => {
  test('broken YAML: one warning on the line where the parser stops, no key read', () => {
    const a = analyzeReport(report(['---', 'title: Ruiz resigns: the vote', 'date: 2024-03-19', 'source: "Example News', '---']));
    assert.equal(codes(a).length, 1);
    assert.deepEqual(a.metadata, {});
    assert.ok(names(a).includes('Elena Ruiz'), 'the report is analysed');
    assert.ok(!names(a).some((n) => /Example/.test(n)), 'the broken block is still not prose');
  });

  test('a date that is not ISO 8601, a source that is a list: one warning each, on the value; the other keys are read', () => {
    const text = report(['---', 'date: March 19, 2024', 'source:', '  - Example News', '  - Other News', 'title: Ruiz resigns', '---']);
    const a = analyzeReport(text);
    assert.deepEqual(codes(a), ['March 19, 2024', '- Example News\n  - Other News']);
    assert.deepEqual(a.metadata, { title: 'Ruiz resigns' });
    assert.equal(a.publishedAt, null);
    assert.match(a.problems.find((p) => p.code === 'front-matter-invalid')!.message, /'date' should be an ISO 8601 date/);
  });

  test('an alias is not expanded: one warning, nothing read', () => {
    const a = analyzeReport(report(['---', 'source: &s Example News', 'publisher: *s', '---']));
    assert.deepEqual(codes(a), ['*s']);
    assert.deepEqual(a.metadata, {});
  });

  test('a huge block is capped: masked, not read, one warning on its opening fence', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `tag${i}: Example News item number ${i}`);
    const text = report(['---', 'date: 2024-03-19', ...big, '---']);
    assert.ok(text.length > FRONT_MATTER_OPTIONS.maxChars);
    const a = analyzeReport(text);
    assert.deepEqual(codes(a), ['---']);
    assert.match(a.problems.find((p) => p.code === 'front-matter-invalid')!.message, /over the 16 KB/);
    assert.equal(a.publishedAt, null, 'a capped block gives no date');
    assert.ok(!names(a).some((n) => /Example/.test(n)), 'the block is not prose');
    assert.ok(names(a).includes('Elena Ruiz'));
    // under a cap of its own size it is read
    assert.equal(readFrontMatter(text, 'text', { maxChars: text.length })?.metadata.publishedAt, '2024-03-19');
  });

  test('a block that is not at the top is prose', () => {
    const a = analyzeReport(`${BODY}\n---\nsource: Example News\n---\n`);
    assert.equal(a.frontMatter, undefined);
    assert.equal(a.metadata, undefined);
    assert.ok(a.text.includes('Example News') && a.sentences.some((s) => a.text.slice(s.start, s.end).includes('Example News')));
  });

  test('.txt: a --- block that is not a YAML mapping is prose; in .md it is front matter, and said to be no mapping', () => {
    const text = '---\nMinister Elena Ruiz resigns\n---\nShe resigned on Tuesday.\n';
    const txt = analyzeReport(text);
    assert.equal(txt.frontMatter, undefined);
    assert.ok(names(txt).includes('Elena Ruiz'), names(txt).join());
    const md = analyzeReport(text, { format: 'markdown' });
    assert.deepEqual(codes(md), ['Minister Elena Ruiz resigns']);
    assert.ok(!names(md).includes('Elena Ruiz'));
    // a .txt block that does not close is no block
    assert.equal(analyzeReport('---\nsource: Example News\nThe minister resigned.\n').frontMatter, undefined);
  });
});

describe('the front matter date and the weekday-mismatch rule', () => {
  const dated = (body: string) => analyzeReport(report(['---', 'date: 2024-03-19', 'source: Example News', '---'], body));
  test('"on Monday, March 19" in a report dated 2024-03-19 is flagged', () => {
    const a = dated('The vote was held on Monday, March 19, the speaker said.\n');
    assert.deepEqual(codes(a, 'weekday-mismatch'), ['Monday, March 19']);
    assert.match(a.problems.find((p) => p.code === 'weekday-mismatch')!.message, /Tuesday, not a Monday/);
  });
  test('"on Tuesday, March 19" is not', () => {
    assert.deepEqual(codes(dated('The vote was held on Tuesday, March 19, the speaker said.\n'), 'weekday-mismatch'), []);
  });
  test('without the front matter no year is known: nothing to check', () => {
    assert.deepEqual(codes(analyzeReport('The vote was held on Monday, March 19, the speaker said.\n'), 'weekday-mismatch'), []);
  });
});

describe('the event pin', () => {
  const quake = 'A magnitude 6.1 earthquake struck the coast of Lindora on Sunday, killing 12 people, the Lindora Red Cross said.\n';
  const quake2 = 'At least 12 people died when a 6.1 earthquake hit Lindora on Sunday, according to the Red Cross in Lindora.\n';
  const vote = 'Parliament in Vestmark voted 210 to 95 on Thursday to approve the new budget, the speaker announced.\n';
  const pinned = (pin: string, body: string) => analyzeReport(report(['---', `event: ${pin}`, '---'], body));
  const events = (c: Comparison) => c.events.map((e) => e.reports);

  test('without pins the texts decide', () => {
    const c = compareReports([{ id: 'a.txt', analysis: analyzeReport(quake) }, { id: 'b.txt', analysis: analyzeReport(quake2) }, { id: 'c.txt', analysis: analyzeReport(vote) }]);
    assert.deepEqual(events(c), [['a.txt', 'b.txt'], ['c.txt']]);
  });

  test('reports pinned to one name are one event whatever their text; a pinned report pulls no unpinned one in', () => {
    const c = compareReports([
      { id: 'a.txt', analysis: pinned('Budget-2024', quake) }, { id: 'b.txt', analysis: analyzeReport(quake2) },
      { id: 'c.txt', analysis: pinned('budget-2024', vote) }, { id: 'd.txt', analysis: analyzeReport(quake) },
    ]);
    assert.deepEqual(c.events, [
      { id: 'event:a.txt', reports: ['a.txt', 'c.txt'] },
      { id: 'event:b.txt', reports: ['b.txt', 'd.txt'] },
    ]);
  });

  test('event: none keeps a report out of every event', () => {
    const c = compareReports([{ id: 'a.txt', analysis: pinned('none', quake) }, { id: 'b.txt', analysis: analyzeReport(quake2) }, { id: 'c.txt', analysis: pinned('None', quake) }]);
    assert.deepEqual(events(c), [['a.txt'], ['b.txt'], ['c.txt']]);
    assert.deepEqual(c.links, []);
  });

  test('editing only the pin regroups in an incremental run', () => {
    const comparer = createComparer();
    const b = { id: 'b.txt', analysis: analyzeReport(quake2) };
    assert.deepEqual(events(comparer.compare([{ id: 'a.txt', analysis: pinned('quake', quake) }, b])), [['a.txt'], ['b.txt']]);
    assert.deepEqual(events(comparer.compare([{ id: 'a.txt', analysis: analyzeReport(report(['---', '---'], quake)) }, b])), [['a.txt', 'b.txt']]);
  });
});

describe('the editor features', () => {
  test('the hover names the other report with its outlet and date', () => {
    const a = analyzeReport(report(['---', 'date: 2024-03-19', 'source: Example News', '---']));
    const b = analyzeReport(report(['---', 'date: 2024-03-20', 'outlet: Other Wire', '---'], 'Elena Ruiz, the prime minister, quit on Tuesday after losing a vote in parliament.\n'));
    const reports = { 'file:///ws/001.txt': a, 'file:///ws/002.txt': b };
    const comparison = compareReports(Object.entries(reports).map(([id, analysis]) => ({ id, analysis })));
    const ruiz = a.entities.find((e) => e.name === 'Elena Ruiz')!;
    const hover = doHover(a, ruiz.mentions[0].start, { reportId: 'file:///ws/001.txt', getReport: (id) => reports[id as keyof typeof reports], comparison });
    // Markdown-escaped: "002\.txt · Other Wire · 2024\-03\-20"
    assert.match(hover!.markdown.replace(/\\(.)/g, '$1'), /\n- 002\.txt · Other Wire · 2024-03-20: 1 mention/);
  });

  test('"silence in this file" goes after the block, also when the block ends the file', () => {
    for (const [text, format] of [[report(HEAD, 'Officials said more than 40 people were killed.\n'), 'text'], [report(HEAD, 'Officials said more than 40 people were killed.\n', '\r\n'), 'markdown']] as const) {
      const a = analyzeReport(text, { format });
      const d = { ...a.problems.find((p) => p.code === 'vague-attribution')!, severity: 'information' as const };
      const ctx = { reportId: 'a.txt', getReport: () => a, comparison: { events: [], entities: [], links: [], problems: {} } };
      const fix = doCodeActions(a, d, [d], ctx).find((x) => x.title === 'Silence vague-attribution in this file')!;
      assert.equal(fix.edits[0].start, a.frontMatter!.end);
      assert.ok(text.slice(0, fix.edits[0].start).endsWith(format === 'markdown' ? '---\r\n' : '---\n'));
    }
    const bare = analyzeReport('---\ndate: March 19\n---');
    const d = { ...bare.problems.find((p) => p.code === 'front-matter-invalid')!, severity: 'warning' as const };
    const fix = doCodeActions(bare, d, [d], { reportId: 'a.txt', getReport: () => bare, comparison: { events: [], entities: [], links: [], problems: {} } })
      .find((x) => x.title === 'Silence front-matter-invalid in this file')!;
    assert.equal(fix.edits[0].newText, '\n<!-- newslens-disable front-matter-invalid -->\n');
  });
});
