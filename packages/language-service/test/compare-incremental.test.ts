import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareReports, type ReportInput } from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';
import { makeRng } from '../../../test/helpers/fuzz-inputs.ts';
import { groupEvents } from '../src/compare/group-events.ts';
import { compareReportsIncremental, createComparer, type CompareState } from '../src/compare/compare-incremental.ts';
import { analysisFingerprint } from '../src/compare/fingerprint.ts';
import type { ReportAnalysis } from '../src/types.ts';

// the shared reports, and a third event elsewhere (in the order the seeded edits were written for)
const { 'seed-a.txt': seedA, 'seed-b.txt': seedB, ...quakes } = EVENT_TEXTS;
const TEXTS: Record<string, string> = {
  ...quakes,
  'rehab-1.txt': 'Actress Tara Reid has entered the Promises Treatment Center in Malibu, her publicist told People magazine.',
  'rehab-2.txt': 'Tara Reid checked into the Promises rehab centre in Malibu, California, People magazine reported, quoting her publicist.',
  'seed-a.txt': seedA,
  'seed-b.txt': seedB,
};

const analysis = analysisOf;

const base = (): ReportInput[] => Object.entries(TEXTS).map(([id, text]) => ({ id, analysis: analysis(text) }));

/** One random edit: change a word or figure, take in a sentence of another report, drop, restore, rename or re-pass a report. */
function edit(reports: ReportInput[], next: () => number): ReportInput[] {
  const out = [...reports];
  const pick = (n: number) => Math.floor(next() * n);
  const i = pick(out.length);
  const r = out[i];
  const text = r.analysis.text;
  switch (pick(6)) {
    case 0: { // a word changed
      const words = [...text.matchAll(/\b[a-z]{4,}\b/g)];
      if (words.length === 0) break;
      const w = words[pick(words.length)];
      out[i] = { id: r.id, analysis: analysis(`${text.slice(0, w.index)}${w[0].toUpperCase()}${text.slice(w.index + w[0].length)}`) };
      break;
    }
    case 1: { // a figure changed
      const digit = text.search(/\d/);
      if (digit < 0) break;
      out[i] = { id: r.id, analysis: analysis(`${text.slice(0, digit)}${(Number(text[digit]) + 1) % 10}${text.slice(digit + 1)}`) };
      break;
    }
    case 2: { // a passage of another report taken in (reports can change event)
      const other = Object.values(TEXTS)[pick(Object.keys(TEXTS).length)];
      out[i] = { id: r.id, analysis: analysis(`${text}\n\n${other.slice(0, 300)}`) };
      break;
    }
    case 3: // a report closed
      if (out.length > 2) out.splice(i, 1);
      break;
    case 4: { // a report (re)opened, or the same content as a new object
      const missing = Object.keys(TEXTS).filter((id) => !out.some((x) => x.id === id));
      if (missing.length > 0) out.push({ id: missing[0], analysis: analysis(TEXTS[missing[0]]) });
      else out[i] = { id: r.id, analysis: analysis(text, true) };
      break;
    }
    default: // renamed
      out[i] = { id: `renamed-${r.id}`, analysis: r.analysis };
  }
  return out;
}

test('random edit sequences (seeded): the comparison with reuse equals a fresh run after every edit', () => {
  for (const seedValue of [1, 7, 42]) {
    const next = makeRng(seedValue);
    let reports = base();
    let state: CompareState | undefined;
    for (let step = 0; step < 10; step++) {
      const run = compareReportsIncremental(reports, state);
      assert.deepEqual(run.comparison, compareReports(reports), `seed ${seedValue}, step ${step}`);
      assert.deepEqual(run.comparison.events, groupEvents(reports), 'the grouping of kept terms is groupEvents\' own');
      assert.ok(run.aligned <= run.comparison.events.filter((e) => e.reports.length > 1).length);
      state = run.state;
      reports = edit(reports, next);
    }
  }
});

test('an edit in one report re-aligns its event only; the other events are reused as they were', () => {
  const comparer = createComparer();
  const first = comparer.compare(base());
  assert.ok(comparer.lastAligned >= 3, `aligned ${comparer.lastAligned}`);
  const edited = base().map((r) => (r.id === 'seed-a.txt' ? { id: r.id, analysis: analysis(`${r.analysis.text}\nOne more line.\n`) } : r));
  const second = comparer.compare(edited);
  assert.equal(comparer.lastAligned, 1);
  assert.deepEqual(second, compareReports(edited));
  const quakeLinks = (c: typeof first) => c.links.filter((l) => l.from.report === 'quake-a1.txt');
  assert.ok(quakeLinks(first).length > 0);
  assert.ok(quakeLinks(second).every((l, k) => l === quakeLinks(first)[k]), 'reused link objects');
  comparer.compare(edited);
  assert.equal(comparer.lastAligned, 0, 'nothing changed: nothing aligned');
});

test('an edit the grouping terms do not see (spacing) re-aligns its event without grouping again', () => {
  const first = compareReportsIncremental(base());
  assert.equal(first.regrouped, true);
  const edited = base().map((r) => (r.id === 'quake-b1.txt' ? { id: r.id, analysis: analysis(r.analysis.text.replace(', destroying', ',  destroying')) } : r));
  const again = compareReportsIncremental(edited, first.state);
  assert.deepEqual([again.regrouped, again.aligned], [false, 1]);
  assert.deepEqual(again.comparison, compareReports(edited));
  const reordered = compareReportsIncremental([...edited].reverse(), again.state);
  assert.deepEqual([reordered.regrouped, reordered.aligned], [true, 0]);
  const word = edited.map((r) => (r.id === 'quake-b1.txt' ? { id: r.id, analysis: analysis(r.analysis.text.replace('villages', 'hamlets')) } : r));
  assert.equal(compareReportsIncremental(word, again.state).regrouped, true);
});

test('same content in a new analysis object is reused; another analyser version or text is not', () => {
  const reports = base();
  const run = compareReportsIncremental(reports);
  const copies = reports.map((r) => ({ id: r.id, analysis: analysis(r.analysis.text, true) }));
  assert.equal(compareReportsIncremental(copies, run.state).aligned, 0);
  const a = analysis(TEXTS['rehab-1.txt']);
  assert.equal(analysisFingerprint(structuredClone(a)), analysisFingerprint(a));
  assert.notEqual(analysisFingerprint({ ...a, analyzerVersion: `${a.analyzerVersion}-next` }), analysisFingerprint(a));
  assert.notEqual(analysisFingerprint({ ...a, text: `${a.text.slice(0, -1)}!` }), analysisFingerprint(a));
  const bumped = reports.map((r) => (r.id === 'rehab-2.txt' ? { id: r.id, analysis: { ...r.analysis, analyzerVersion: 'other' } } : r));
  assert.equal(compareReportsIncremental(bumped, run.state).aligned, 1);
});

test('the state keeps only what the last run used; a broken analysis never throws, and is reported', () => {
  const errors: string[] = [];
  const onInternalError = (_e: unknown, where: { part: string; reports: readonly string[] }) => errors.push(`${where.part} ${where.reports.join()}`);
  const run = compareReportsIncremental(base(), undefined, { onInternalError });
  const fewer = compareReportsIncremental(base().slice(0, 2), run.state, { onInternalError });
  assert.deepEqual([...fewer.state.reports.keys()], ['quake-a1.txt', 'quake-a2.txt']);
  assert.equal(fewer.state.events.size, 1);
  assert.deepEqual(errors, []);
  const broken = [{ id: 'x.txt', analysis: {} as ReportAnalysis }, ...base().slice(0, 2)];
  assert.deepEqual(compareReportsIncremental(broken, fewer.state, { onInternalError }).comparison, compareReports(broken, { onInternalError }));
  // an analysis with no text has no terms to group it by (it is an event of its own: nothing else of it is read)
  assert.deepEqual(errors, ['grouping-terms x.txt', 'grouping-terms x.txt']);
});

test('checkpoint: called while the grouping is computed; what it throws abandons the run', () => {
  const reports = base();
  let calls = 0;
  const run = compareReportsIncremental(reports, undefined, { checkpoint: () => void calls++ });
  assert.deepEqual(run.comparison, compareReports(reports));
  assert.ok(calls > reports.length, 'once per report read, then between the stages');
  let left = calls - 1; // the last checkpoint throws
  assert.throws(() => compareReportsIncremental(reports, undefined, {
    checkpoint: () => {
      if (--left < 0) throw new Error('stale');
    },
  }), /stale/);
});

test('checkpoint: inside the grouping stages too, every few dozen reports, so a stale grouping of thousands stops within one slice', () => {
  // 320 reports: five copies of each event text, every copy a little different
  const reports: ReportInput[] = [];
  for (let k = 0; k < 320; k++) {
    const [name, text] = Object.entries(EVENT_TEXTS)[k % 4];
    reports.push({ id: `${String(k).padStart(3, '0')}-${name}`, analysis: analysisOf(`${text} Copy ${k}.`) });
  }
  let calls = 0;
  const run = compareReportsIncremental(reports, undefined, { checkpoint: () => void calls++ });
  assert.deepEqual(run.comparison.events, groupEvents(reports));
  // per report read (320), then vectors (2 x 320 / 64) and candidate pairs (2 x 320 / 64) at least, besides the stages
  assert.ok(calls >= 320 + 20, `${calls} checkpoints`);
});
