// Reliability (issue 6): hostile inputs through the analysis. NEWSLENS_FUZZ_N=10000 for the long run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, compareReports, type ReportAnalysis } from '@newslens/language-service';
import { baseReports, generateInput, makeRng, splitsSurrogatePair } from '../../../test/helpers/fuzz-inputs.ts';

const N = Number(process.env.NEWSLENS_FUZZ_N ?? 150);
const SEED = Number(process.env.NEWSLENS_FUZZ_SEED ?? 20240319);

function rangesOf(value: unknown, out: Array<{ start: number; end: number }> = []): Array<{ start: number; end: number }> {
  if (Array.isArray(value)) for (const v of value) rangesOf(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as { start: number; end: number });
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') rangesOf(v, out);
  }
  return out;
}

function checkRanges(a: ReportAnalysis, label: string): void {
  for (const r of rangesOf({ ...a, text: undefined })) {
    assert.ok(r.start >= 0 && r.end <= a.text.length && r.start <= r.end, `${label}: range ${r.start}-${r.end} outside 0-${a.text.length}`);
    assert.ok(!splitsSurrogatePair(a.text, r.start) && !splitsSurrogatePair(a.text, r.end), `${label}: range ${r.start}-${r.end} splits a surrogate pair`);
  }
}

test(`fuzz: ${N} hostile inputs through the analysis: no throw, ranges inside, deterministic`, () => {
  const rng = makeRng(SEED);
  const bases = baseReports();
  const errors: string[] = [];
  const analyses: Array<{ id: string; analysis: ReportAnalysis }> = [];
  for (let i = 0; i < N; i++) {
    const { kind, text } = generateInput(rng, bases, i);
    const label = `input ${i} (${kind}, seed ${SEED})`;
    const a = analyzeReport(text, { onInternalError: (e) => errors.push(`${label}: ${(e as Error).stack ?? e}`) });
    checkRanges(a, label);
    if (i % 10 === 5) {
      const again = analyzeReport(text);
      assert.deepEqual(again, a, `${label}: same input, different output`);
    }
    if (kind !== 'long-line' && analyses.length < 40) analyses.push({ id: `r${i}`, analysis: a });
  }
  assert.deepEqual(errors.slice(0, 3), [], `${errors.length} extractor errors`);
  const cmp = compareReports(analyses);
  assert.ok(Array.isArray(cmp.events));
});
