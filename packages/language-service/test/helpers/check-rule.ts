// checkRule(): runs one case of a rule's table (rules/<code>.ts `cases`) through the real analysis
// (a report rule), the real comparison of two reports as one event (an event rule), or the file
// checks (a file rule), and asserts that the rule flags exactly the marked spans, in one-line
// messages, with no internal error.
import assert from 'node:assert/strict';
import { analyzeReport, decodeReport, DEFAULT_MAX_FILE_SIZE, languageProblems, type Problem, type Rule, type RuleCase, type Span } from '@newslens/language-service';
import { compareEvent } from '../../src/compare/compare-event.ts';
import { parseMarkers } from './markers.ts';

const IDS = ['one report.txt', 'other report.txt', 'third report.txt', 'fourth report.txt'] as const;

function spans(problems: readonly Problem[], code: string): Span[] {
  return problems.filter((p) => p.code === code).map((p) => ({ start: p.start, end: p.end })).sort((a, b) => a.start - b.start || a.end - b.end);
}

function oneLine(problems: readonly Problem[], code: string): void {
  for (const p of problems.filter((x) => x.code === code)) {
    assert.ok(p.message.length > 0 && !p.message.includes('\n'), `one-line message: ${JSON.stringify(p.message)}`);
    for (const r of p.related) assert.ok(r.message.length > 0 && !r.message.includes('\n'), `one-line related message: ${JSON.stringify(r.message)}`);
  }
}

function reportCase(rule: Rule, c: RuleCase, errors: unknown[]): void {
  const m = parseMarkers(c.text!);
  const analysis = analyzeReport(m.text, { onInternalError: (e) => errors.push(e) });
  assert.deepEqual(spans(analysis.problems, rule.code).map((s) => m.text.slice(s.start, s.end)), m.spans.map((s) => s.text));
  oneLine(analysis.problems, rule.code);
}

function eventCase(rule: Rule, c: RuleCase, errors: unknown[]): void {
  const marked = c.texts!.map(parseMarkers);
  assert.ok(marked.length <= IDS.length, `at most ${IDS.length} reports in a case`);
  const reports = marked.map((m, i) => ({ id: IDS[i], analysis: analyzeReport(m.text, { onInternalError: (e) => errors.push(e) }) }));
  const out = compareEvent(reports, { onInternalError: (e) => errors.push(e) });
  marked.forEach((m, i) => {
    const problems = out.problems[IDS[i]] ?? [];
    assert.deepEqual(spans(problems, rule.code).map((s) => m.text.slice(s.start, s.end)), m.spans.map((s) => s.text), `in ${IDS[i]}`);
    oneLine(problems, rule.code);
    for (const p of problems.filter((x) => x.code === rule.code)) {
      const others: readonly string[] = IDS.slice(0, marked.length).filter((_, j) => j !== i);
      assert.ok(p.related.length > 0 && p.related.every((r) => others.includes(r.report)), 'related locations point into other reports');
      // one report name everywhere: the decoded last path segment
      assert.ok(others.some((o) => p.message.includes(o) || p.related.some((r) => r.message.includes(o))), `another report is named: ${p.message}`);
    }
  });
  if (rule.twinned) assertTwins(rule, out.problems);
}

/** A twinned rule's problem in one report has its twin where it points, pointing back. */
function assertTwins(rule: Rule, problems: Readonly<Record<string, readonly Problem[]>>): void {
  for (const [id, list] of Object.entries(problems)) {
    for (const p of list.filter((x) => x.code === rule.code)) {
      for (const r of p.related) {
        const twin = (problems[r.report] ?? []).find((q) => q.code === rule.code && q.start === r.start && q.end === r.end);
        assert.ok(twin?.related.some((b) => b.report === id && b.start === p.start && b.end === p.end), `${rule.code} at ${id}:${p.start}-${p.end} has its twin at ${r.report}:${r.start}-${r.end}, pointing back`);
      }
    }
  }
}

function fileCase(rule: Rule, c: RuleCase, errors: unknown[]): void {
  const m = c.text === undefined ? null : parseMarkers(c.text);
  const bytes = c.bytes ? Uint8Array.from(c.bytes) : new TextEncoder().encode(m!.text);
  const decoded = decodeReport(bytes, c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const problems = [...decoded.problems];
  if (decoded.text !== null) problems.push(...languageProblems(analyzeReport(decoded.text, { onInternalError: (e) => errors.push(e) })));
  const expected = c.expect ?? m!.spans.map((s) => ({ start: s.start, end: s.end }));
  assert.deepEqual(spans(problems, rule.code), [...expected]);
  oneLine(problems, rule.code);
}

/** Runs one case of `rule`: the rule must flag exactly the marked spans, and nothing may fail inside. */
export function checkRule(rule: Rule, c: RuleCase): void {
  const errors: unknown[] = [];
  if (rule.scope === 'report') reportCase(rule, c, errors);
  else if (rule.scope === 'event') eventCase(rule, c, errors);
  else fileCase(rule, c, errors);
  assert.deepEqual(errors, [], 'no internal error');
}

/** Whether a case expects the rule to flag something. */
export function flags(c: RuleCase): boolean {
  if (c.expect) return c.expect.length > 0;
  return [c.text ?? '', ...(c.texts ?? [])].some((t) => parseMarkers(t).spans.length > 0);
}
