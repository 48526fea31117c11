// Reliability (issue 6): hostile inputs through the analysis, the comparison and the editor verbs.
// NEWSLENS_FUZZ_N=10000 for a long run here; `pnpm fuzz` is the long run with a summary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyzeReport, compareReports, createLanguageService, doHover, findDefinition, findDocumentSymbols, findReferences, findSemanticTokens, internalErrorLine,
  type CompareOptions, type FeatureContext, type ReportAnalysis,
} from '@newslens/language-service';
import { capRuns } from '../src/nlp/parse.ts';
import { badSpans, baseReports, devDataReports, generateInput, hostileReport, makeRng } from '../../../test/helpers/fuzz-inputs.ts';

const N = Number(process.env.NEWSLENS_FUZZ_N ?? 150);
const SEED = Number(process.env.NEWSLENS_FUZZ_SEED ?? 20240319);
const service = createLanguageService();
/** The comparison's internal errors, one line each: every fuzz test asserts there are none. */
const compareErrors: string[] = [];
const noInternalError: CompareOptions = { onInternalError: (e, where) => compareErrors.push(internalErrorLine(e, where)) };

test(`fuzz: ${N} hostile inputs through the analysis: no throw, ranges inside, deterministic`, () => {
  const rng = makeRng(SEED);
  const bases = [...baseReports(), ...devDataReports(12)];
  const errors: string[] = [];
  const analyses: Array<{ id: string; analysis: ReportAnalysis }> = [];
  for (let i = 0; i < N; i++) {
    const { kind, text } = generateInput(rng, bases, i);
    const label = `input ${i} (${kind}, seed ${SEED})`;
    const a = analyzeReport(text, { onInternalError: (e) => errors.push(`${label}: ${(e as Error).stack ?? e}`) });
    const diagnostics = service.doValidation(a);
    assert.deepEqual(badSpans([{ id: 'r', analysis: a }], { problems: { r: diagnostics } }).slice(0, 3), [], label);
    if (i % 10 === 5) {
      const again = analyzeReport(text);
      assert.deepEqual(again, a, `${label}: same input, different output`);
      assert.deepEqual(service.doValidation(again), diagnostics, `${label}: same input, different diagnostics`);
    }
    if (kind !== 'long-line' && analyses.length < 40) analyses.push({ id: `r${i}`, analysis: a });
  }
  assert.deepEqual(errors.slice(0, 3), [], `${errors.length} extractor errors`);
  const cmp = compareReports(analyses, noInternalError);
  assert.deepEqual(badSpans(analyses, cmp).slice(0, 3), [], 'comparison spans');
  assert.deepEqual(compareReports([...analyses].reverse(), noInternalError), cmp, 'comparison depends on the input order');
  assert.deepEqual(compareErrors.splice(0), [], 'no part of the comparison threw');
});

test('fuzz: the comparison of mutated copies of one report (many links) keeps every span inside its report', () => {
  const rng = makeRng(SEED + 1);
  const bases = baseReports();
  const reports: Array<{ id: string; analysis: ReportAnalysis }> = [];
  for (let i = 0; i < 8; i++) {
    // Mutated copies of the seeds stay one event: the comparison links, and flags, a lot.
    const { text } = generateInput(rng, bases, 9 + i * 10);
    reports.push({ id: `file:///r${i}.txt`, analysis: analyzeReport(text) });
  }
  const cmp = compareReports(reports, noInternalError);
  assert.deepEqual(compareErrors.splice(0), [], 'no part of the comparison threw');
  assert.deepEqual(badSpans(reports, cmp).slice(0, 3), []);
  for (const r of reports) {
    const diagnostics = service.doValidation(r.analysis, undefined, cmp.problems[r.id] ?? []);
    assert.deepEqual(badSpans(reports, { problems: { [r.id]: diagnostics } }).slice(0, 3), [], r.id);
  }
});

test('fuzz: editor verbs at every 97th offset of hostile reports never throw and stay inside', () => {
  const rng = makeRng(SEED + 2);
  const bases = baseReports();
  const texts = [hostileReport(), ...Array.from({ length: 6 }, (_, i) => generateInput(rng, bases, i * 10 + 6 + (i % 2)).text)];
  const reports = texts.map((t, i) => ({ id: `r${i}`, analysis: analyzeReport(t) }));
  const comparison = compareReports(reports, noInternalError);
  assert.deepEqual(compareErrors.splice(0), [], 'no part of the comparison threw');
  const byId = new Map(reports.map((r) => [r.id, r.analysis]));
  for (const r of reports) {
    const ctx: FeatureContext = { reportId: r.id, comparison, getReport: (id: string) => byId.get(id) };
    for (let at = 0; at <= r.analysis.text.length; at += 97) {
      const h = doHover(r.analysis, at, ctx);
      const links = findDefinition(r.analysis, at, ctx);
      const spans = [...(h ? [h.span] : []), ...links.map((l) => l.origin)];
      assert.deepEqual(badSpans(reports, { problems: { [r.id]: spans }, links: links.map((l) => l.target), refs: findReferences(r.analysis, at, ctx) }), [], `${r.id} at ${at}`);
    }
    assert.deepEqual(badSpans([r], { problems: { [r.id]: findDocumentSymbols(r.analysis) } }).slice(0, 3), []);
    assert.deepEqual(badSpans([r], { problems: { [r.id]: findSemanticTokens(r.analysis) } }).slice(0, 3), []);
  }
});

test('a run of 100,000 characters without a full stop reaches compromise in sentences of at most 2,000, offsets unmoved', () => {
  const run = `${'word '.repeat(19_000)}the end`;
  const capped = capRuns(run);
  assert.equal(capped.length, run.length);
  for (let i = 0; i < run.length; i++) if (capped[i] !== run[i]) assert.ok(run[i] === ' ' && capped[i] === '\n', `only spaces become line breaks (at ${i})`);
  assert.ok(Math.max(...capped.split('\n').map((l) => l.length)) <= 2000);
  assert.equal(capRuns('Short. Text!'), 'Short. Text!');
  assert.equal(capRuns('x'.repeat(5000)), 'x'.repeat(5000), 'no space, nothing to break');
  const a = analyzeReport(`Police said 12 people died ${'in the city and '.repeat(7000)}on Monday.\n`);
  assert.deepEqual(badSpans([{ id: 'r', analysis: a }]), []);
});
