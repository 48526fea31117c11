// The judged corpus (test/judged/*.jsonl, scripts/judged-lib.ts): every entry well-formed, the key
// matching a verdict to a diagnostic across unrelated edits, and no diagnostic judged wrong produced
// again, on the repository's reports (seeds, golden inputs) and on ../shared/dev-data when present.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import type { RuleCode } from '@newslens/language-service';
import { analyseRun, devDataRuns, judgeables, repoRuns, SAMPLED_CODES, type CurrentReport, type RunSpec } from '../scripts/judged-corpus.ts';
import {
  CROSS_RULES, JUDGED_RULES, entryProblems, formatJudged, identity, judgedDir, matchVerdicts, readJudged, sentenceBounds, shownReason,
  type JudgedEntry, type Judgeable,
} from '../scripts/judged-lib.ts';
import { formatPrecision } from '../scripts/eval-precision.ts';
import { claimKind, formatKinds, vagueKind } from '../scripts/precision-kinds.ts';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const DEV = resolve(process.env.NEWSLENS_DEV_DATA ?? join(ROOT, '../shared/dev-data'));
const entries = readJudged(ROOT);

test('every judged entry is well-formed, and each file is sorted and without duplicates', () => {
  const dir = judgedDir(ROOT);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')) : [];
  const bad: string[] = [];
  for (const f of files) {
    const code = f.slice(0, -'.jsonl'.length);
    if (!JUDGED_RULES.includes(code)) bad.push(`${f}: not a judged rule`);
    const text = readFileSync(join(dir, f), 'utf8');
    const parsed: JudgedEntry[] = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const e = JSON.parse(line) as JudgedEntry;
        for (const p of entryProblems(e, code)) bad.push(`${f}:${i + 1}: ${p}`);
        parsed.push(e);
      } catch {
        bad.push(`${f}:${i + 1}: not JSON`);
      }
    });
    const ids = parsed.map(identity);
    if (new Set(ids).size !== ids.length) bad.push(`${f}: the same diagnostic judged twice`);
    if (text !== formatJudged(parsed)) bad.push(`${f}: not in the canonical order and form (write it with scripts/judge-import.ts)`);
  }
  assert.deepEqual(bad, []);
});

const report = (file: string, text: string, diagnostics: Array<{ code: RuleCode; span: string; nth?: number; related?: Array<{ report: string; span: string }> }>, others: CurrentReport[] = []): Judgeable[] => {
  const at = (t: string, s: string, nth = 0) => {
    let i = -1;
    for (let n = 0; n <= nth; n++) i = t.indexOf(s, i + 1);
    assert.ok(i >= 0, `${s} in the text`);
    return i;
  };
  const texts = new Map(others.map((o) => [o.file, o.text]));
  const r = {
    file, dataset: 'ecbplus' as const, half: 'A' as const, text, analysis: null as never,
    diagnostics: diagnostics.map((d) => ({
      code: d.code, severity: 'warning' as const, message: d.code, start: at(text, d.span, d.nth), end: at(text, d.span, d.nth) + d.span.length,
      related: (d.related ?? []).map((x) => ({ report: x.report, start: at(texts.get(x.report)!, x.span), end: at(texts.get(x.report)!, x.span) + x.span.length, message: '' })),
    })),
  };
  return judgeables([r, ...others]).filter((j) => j.file === file);
};
const entryOf = (j: Judgeable, verdict: JudgedEntry['verdict']): JudgedEntry => ({
  key: j.key, half: j.half, dataset: j.dataset, file: j.file, ...(j.related[0] ? { relatedFile: j.related[0].file } : {}),
  verdict, reason: 'test', judge: 'test', date: '2025-01-01',
});

test('a verdict survives an edit elsewhere in the report, and not a change to its sentence', () => {
  const text = 'Officials said the bridge fell on Monday.\nThe toll was reportedly 12 dead, Mr. Lee said. Rescue went on.\n\nMore later.';
  const judged = report('a.txt', text, [{ code: 'vague-attribution', span: 'reportedly' }]);
  const verdicts = [entryOf(judged[0], 'wrong')];
  assert.deepEqual(sentenceBounds(text, judged[0].start, judged[0].end), { start: 42, end: 89 }, 'one sentence: "Mr." does not end it');

  const edited = `An editor's note.\n\n${text.replace('More later.', 'More later, with photos.')}`;
  const after = report('a.txt', edited, [{ code: 'vague-attribution', span: 'reportedly' }]);
  assert.equal(matchVerdicts(after, verdicts).get(after[0])?.verdict, 'wrong', 'same file, text edited elsewhere: matched');
  const moved = report('moved/a.txt', text, [{ code: 'vague-attribution', span: 'reportedly' }]);
  assert.equal(matchVerdicts(moved, verdicts).size, 1, 'same text under another name: matched by the report hash');

  for (const changed of [text.replace('12 dead', '14 dead'), text.replace('Mr. Lee said', 'Mr.  Lee   said').replace('Lee', 'Li')]) {
    const j = report('a.txt', changed, [{ code: 'vague-attribution', span: 'reportedly' }]);
    assert.equal(matchVerdicts(j, verdicts).size, 0, 'its sentence changed: not matched');
  }
  const spaced = report('a.txt', text.replace('12 dead, Mr.', '12  dead,\tMr.'), [{ code: 'vague-attribution', span: 'reportedly' }]);
  assert.equal(matchVerdicts(spaced, verdicts).size, 1, 'white space in the sentence collapsed');
  const other = report('b.txt', edited, [{ code: 'vague-attribution', span: 'reportedly' }]);
  assert.equal(matchVerdicts(other, verdicts).size, 0, 'another report, edited: not matched');
  const otherCode = report('a.txt', text, [{ code: 'unattributed-claim', span: 'reportedly' }]);
  assert.equal(matchVerdicts(otherCode, verdicts).size, 0, 'another code: not matched');
});

test('two diagnostics of one sentence pair with their own verdicts; a cross-report verdict needs its related passage', () => {
  const text = 'It reportedly fell, and reportedly twice.';
  const two = report('a.txt', text, [{ code: 'vague-attribution', span: 'reportedly' }, { code: 'vague-attribution', span: 'reportedly', nth: 1 }]);
  const verdicts = [entryOf(two[0], 'right'), entryOf(two[1], 'wrong')];
  const m = matchVerdicts([...two].reverse(), verdicts);
  assert.deepEqual([m.get(two[0])?.verdict, m.get(two[1])?.verdict], ['right', 'wrong']);

  const mk = (otherText: string) => {
    const b: CurrentReport = { file: 'b.txt', dataset: 'ecbplus', half: 'A', text: otherText, analysis: null as never, diagnostics: [] };
    return report('a.txt', 'He said "we will win" on Monday.', [{ code: CROSS_RULES[0], span: 'we will win', related: [{ report: 'b.txt', span: 'we shall win' }] }], [b]);
  };
  const first = mk('She heard him: "we shall win" on Monday.');
  const cross = [entryOf(first[0], 'wrong')];
  assert.equal(matchVerdicts(mk('An edit.\n\nShe heard him: "we shall win" on Monday.'), cross).size, 1, 'the other report edited elsewhere');
  assert.equal(matchVerdicts(mk('She heard him say "we shall win" on Monday.'), cross).size, 0, 'the related passage changed');
});

/** A diagnostic judged wrong that a run still produces: its verdict's identity, and a line for a reader. */
interface WrongProduced {
  id: string;
  line: string;
}

/** The diagnostics judged wrong that `reports` still produce (matched against every verdict on them, so a closer right verdict wins). */
function wrongProduced(reports: readonly CurrentReport[]): WrongProduced[] {
  const items = reports.length ? judgeables(reports, SAMPLED_CODES[reports[0].dataset]) : [];
  return [...matchVerdicts(items, entries)].filter(([, e]) => e.verdict === 'wrong')
    .map(([c, e]) => ({ id: identity(e), line: `${c.code} ${c.file}:${c.start}-${c.end}: ${shownReason(e)} (${e.judge}, ${e.date})` }));
}

/**
 * The ratchet: test/judged/open-wrong.txt lists the verdicts "wrong" whose diagnostics are still
 * produced (known false alarms, judged but not yet fixed). A wrong one produced and not listed has
 * come back (or is new): the test fails. A listed one no longer produced is fixed: the test fails
 * until it leaves the list, so the list only shrinks. `UPDATE_JUDGED=1` rewrites the list (after
 * importing new verdicts, never to let a fixed one come back).
 */
const OPEN_WRONG = join(ROOT, 'test/judged/open-wrong.txt');
const OPEN_HEADER = '# Verdicts "wrong" whose diagnostics are still produced: known false alarms not yet fixed.\n# One verdict identity a line (scripts/judged-lib.ts identity). Only shrinks; see test/judged/README.md.\n';
const openWrong = (): Set<string> =>
  new Set(existsSync(OPEN_WRONG) ? readFileSync(OPEN_WRONG, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : []);

function checkRatchet(produced: readonly WrongProduced[], scope: (id: string) => boolean): void {
  const open = openWrong();
  if (process.env.UPDATE_JUDGED === '1') {
    const kept = [...open].filter((id) => !scope(id));
    const next = [...new Set([...kept, ...produced.map((p) => p.id)])].sort();
    writeFileSync(OPEN_WRONG, OPEN_HEADER + next.map((id) => `${id}\n`).join(''));
    return;
  }
  const back = produced.filter((p) => !open.has(p.id)).map((p) => p.line);
  const ids = new Set(produced.map((p) => p.id));
  const fixed = [...open].filter((id) => scope(id) && !ids.has(id));
  assert.deepEqual(back, [], 'diagnostics judged wrong are produced and not on the open list: they came back');
  assert.deepEqual(fixed, [], 'judged-wrong diagnostics no longer produced: take them off test/judged/open-wrong.txt (UPDATE_JUDGED=1)');
}

/** Whether a verdict identity is of a file in the repository (seeds, golden inputs) rather than the dev data. */
const repoFiles = new Set(entries.filter((e) => e.dataset === 'repo').map(identity));

test('no diagnostic judged wrong comes back: the seeds and golden inputs', async () => {
  const back: WrongProduced[] = [];
  let produced = 0;
  for (const run of repoRuns(ROOT)) {
    const reports = await analyseRun(run);
    produced += judgeables(reports).length;
    back.push(...wrongProduced(reports));
  }
  assert.ok(produced > 0, 'the seeds give judged-rule diagnostics');
  checkRatchet(back, (id) => repoFiles.has(id));
});

test('no diagnostic judged wrong comes back: the dev data', async (t) => {
  if (!existsSync(DEV)) {
    t.skip(`no dev data at ${DEV} (CI keeps a copy of shared/ beside the clone; set NEWSLENS_DEV_DATA to use another)`);
    return;
  }
  const wrong = entries.filter((e) => e.verdict === 'wrong' && e.dataset !== 'repo');
  if (wrong.length === 0) t.diagnostic('no verdict "wrong" on the dev data yet');
  // only the reports with a wrong verdict; a whole run (compared, as the sampler did) for a cross-report one
  const runs: RunSpec[] = [];
  const all = devDataRuns(DEV);
  for (const run of all) {
    const here = wrong.filter((e) => run.files.includes(e.file));
    if (here.length === 0) continue;
    const cross = here.some((e) => (CROSS_RULES as readonly string[]).includes(e.key.code));
    runs.push(cross ? run : { ...run, files: [...new Set(here.map((e) => e.file))].sort(), compare: false });
  }
  const missing = wrong.filter((e) => !all.some((r) => r.files.includes(e.file)));
  if (missing.length) t.diagnostic(`${missing.length} wrong verdict(s) on files not in the dev data: ${missing.slice(0, 3).map((e) => e.file).join(', ')}`);
  const back: WrongProduced[] = [];
  for (const run of runs) back.push(...wrongProduced(await analyseRun(run)));
  const devIds = new Set(wrong.map(identity));
  checkRatchet(back, (id) => devIds.has(id));
});

test('a held-out (half B) verdict\'s reason is not printed unless asked', () => {
  const e = (half: 'A' | 'B'): JudgedEntry => ({
    key: { report: 'r', code: 'vague-attribution', start: 0, end: 1, sentence: 's', spanHash: 'h' },
    half, dataset: 'repo', file: 'f', verdict: 'wrong', reason: 'the reason', judge: 'j', date: '2026-12-06',
  });
  assert.equal(shownReason(e('A'), {}), 'the reason');
  assert.doesNotMatch(shownReason(e('B'), {}), /the reason/);
  assert.equal(shownReason(e('B'), { NEWSLENS_SHOW_HELD_OUT: '1' }), 'the reason');
});

test('eval precision lists the judged-wrong diagnostics that came back on half A only, unless asked', () => {
  const entry = (half: 'A' | 'B'): JudgedEntry => ({
    key: { report: 'r', code: 'vague-attribution', start: 0, end: 4, sentence: 's', spanHash: 'h' },
    half, dataset: 'repo', file: `f${half}.txt`, verdict: 'wrong', reason: 'the reason', judge: 'j', date: '2026-12-07',
  });
  const item = (half: 'A' | 'B') => ({ code: 'vague-attribution', file: `f${half}.txt`, start: 0, end: 4, half, dataset: 'repo', message: 'm' }) as unknown as Judgeable;
  const halves = (['A', 'B'] as const).map((half) => ({ half, current: 1, judged: 1, right: 0, arguable: 0, wrong: 1, entries: 1 }));
  const results = [{ rule: 'vague-attribution', coverage: { judged: 2, of: 2 }, halves, back: [{ item: item('A'), entry: entry('A') }, { item: item('B'), entry: entry('B') }] }];
  const hidden = formatPrecision(results, new Map(), {});
  assert.match(hidden, /judged wrong and still produced: 2/);
  assert.match(hidden, /fA\.txt/);
  assert.doesNotMatch(hidden, /fB\.txt/, 'a held-out span is not listed');
  assert.match(hidden, /1 of half B not listed/);
  assert.match(formatPrecision(results, new Map(), { NEWSLENS_SHOW_HELD_OUT: '1' }), /fB\.txt/);
});

test('eval precision sorts the sourcing rules\' diagnostics into kinds, and shows half B\'s kinds only when asked', () => {
  const vague = (words: string, adverb = false) => (adverb ? `Vaguely sourced claim: '${words}' does not name who says so` : `Vaguely sourced claim: the source '${words}' is not named`);
  const kinds: Array<[string, string]> = [
    [vague('reportedly', true), 'hedge adverb ("reportedly", "allegedly")'], [vague('is believed to', true), 'passive ("is said to", "is believed to")'],
    [vague('a person familiar with the talks'), 'anonymous sources, insiders, people familiar'], [vague('Israeli officials'), 'unnamed officials, authorities, investigators'],
    [vague('some'), 'bare "some", "many", "one", "people"'], [vague('Critics'), 'critics, activists, other groups'],
  ];
  assert.deepEqual(kinds.map(([m]) => vagueKind(m)), kinds.map(([, k]) => k));
  assert.equal(claimKind("Unsourced casualty figure: 'at least 10 people' is given without a source"), 'casualty figure');
  const item = (half: 'A' | 'B') => ({ code: 'vague-attribution', file: `f${half}.txt`, start: 0, end: 4, half, dataset: 'repo', message: "Vaguely sourced claim: 'reportedly' does not name who says so" }) as unknown as Judgeable;
  const items = [item('A'), item('B')];
  assert.doesNotMatch(formatKinds(items, new Map(), {}), / B {4}/, 'a held-out kind is not shown');
  assert.match(formatKinds(items, new Map(), { NEWSLENS_SHOW_HELD_OUT: '1' }), / B {4}/);
});
