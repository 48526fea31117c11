// Two reports of one invented event written for this test in two outlets' styles (a wire story and a
// paper's follow-up, fixtures/unseen/): text no rule was tuned on, read as a user would have it. Each
// assertion is what an editor reading both would expect. Known misses are listed at the end, not asserted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeReport, compareReports } from '@newslens/language-service';

const dir = join(import.meta.dirname, 'fixtures', 'unseen');
const text = (f: string) => readFileSync(join(dir, f), 'utf8');
const inputs = ['wire.txt', 'paper.txt'].map((id) => ({ id, analysis: analyzeReport(text(id)) }));
const [wire, paper] = inputs;
const comparison = compareReports(inputs);
const at = (r: typeof wire, p: { start: number; end: number }) => r.analysis.text.slice(p.start, p.end);
const problems = (r: typeof wire, code: string) => (comparison.problems[r.id] ?? []).filter((p) => p.code === code).map((p) => at(r, p));

test('unseen pair: one event, the reworded quote flagged, the quote cut at an ellipsis not', () => {
  assert.equal(comparison.events.length, 1);
  const quotes = problems(paper, 'quote-mismatch');
  assert.ok(quotes.some((q) => q.includes('We follow all safety rules')), quotes.join(' | '));
  assert.ok(!quotes.some((q) => q.includes('trapped behind locked gates')), `a quote cut at "..." flagged: ${quotes.join(' | ')}`);
});

test('unseen pair: figures and dates that agree are not flagged ("at least 14" / "16"; "more than 1,100" / "1,134")', () => {
  for (const r of inputs) {
    const figures = problems(r, 'figure-mismatch');
    assert.ok(!figures.some((f) => /14|16|1,1/.test(f)), `${r.id}: ${figures.join(' | ')}`);
    assert.deepEqual(problems(r, 'date-mismatch'), [], r.id);
  }
});

test('unseen pair: who is who -- two Rahmans kept apart, pronouns tied to the right person, no happening as a person\'s label', () => {
  const persons = (r: typeof wire) => r.analysis.entities.filter((e) => e.kind === 'person');
  const named = (r: typeof wire, name: string) => persons(r).find((e) => e.name === name);
  assert.ok(named(paper, 'Shahidul Rahman') && named(paper, 'Anisur Rahman') && named(paper, 'Shahidul Rahman') !== named(paper, 'Anisur Rahman'));
  // wire: '"No door was locked. We follow every safety rule," Rahman said' is the owner's
  const owner = named(wire, 'Shahidul Rahman')!;
  assert.ok(owner.mentions.some((m) => at(wire, m) === 'Rahman'), 'the bare "Rahman" is not the owner\'s');
  // wire: 'according to Gazipur police chief Mohammad Hossain. He said three managers had been detained'
  const hossain = named(wire, 'Mohammad Hossain')!;
  assert.ok((hossain.pronouns ?? []).some((p) => at(wire, p) === 'He'), 'the police chief\'s "He" is not tied to him');
  // paper: the spokesman's quote, then '... locked gates," he said.'; the owner's quote, then '"... safety rules," he said.'
  assert.equal((named(paper, 'Abdul Karim')!.pronouns ?? []).length, 1);
  assert.equal((named(paper, 'Shahidul Rahman')!.pronouns ?? []).length, 1);
  for (const r of inputs) {
    for (const e of persons(r)) {
      for (const l of e.labels ?? []) assert.ok(!/^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:disaster|fire|blaze|collapse)\b/i.test(l.text), `${r.id}: ${e.name} called "${l.text}"`);
    }
  }
});

// Known misses on this pair (session 21), for the issues, not asserted:
// - figure-mismatch: "He said three managers had been detained" (wire; He: the police chief) / "Police detained four managers,
//   police chief Mohammad Hossain said" (paper): one fact, two figures; not compared (no word in common around them besides
//   the managers). Counting the pronoun as the chief's surname (FIGURE_ALIGN_OPTIONS.pronounReferents) compares them; off
//   by default since its new diagnostics on held-out reports were judged wrong (session 22).
// - labels: "police chief" (lower-case title before "Mohammad Hossain"), "the factory's owner, Shahidul Rahman"
//   (an apposition before the name), "Rina Begum, 27, a sewing machine operator" (after an age) are not read.
// - "Rana Plaza" is a person in paper.txt ("the Rana Plaza disaster in 2013"), a place in wire.txt.
// - unattributed-claim on "more than 1,100 people" killed at Rana Plaza in 2013: a public-record toll of a past event.
// - "By Staff Reporter" (a byline) is an organisation entity.
