// keptGrouping: an edit decided against the last whole grouping. Where it keeps the grouping, the
// result must be what grouping every report again gives on these reports (checked edit by edit);
// where an edit may move a report (a rewrite, a changed pin or year, a report added or removed,
// too many reports edited), it gives null and the caller groups as a whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportInput } from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';
import { compareReportsIncremental } from '../src/compare/compare-incremental.ts';
import { groupEvents } from '../src/compare/group-events.ts';
import { keptGrouping, KEPT_GROUPING_OPTIONS } from '../src/compare/kept-grouping.ts';
import { groupWithPins } from '../src/compare/pins.ts';
import { groupingTerms } from '../src/compare/group-events.ts';

const base = (): ReportInput[] => Object.entries(EVENT_TEXTS).map(([id, text]) => ({ id, analysis: analysisOf(text) }));
const withText = (reports: ReportInput[], id: string, text: string): ReportInput[] =>
  reports.map((r) => (r.id === id ? { id, analysis: analysisOf(text) } : r));
/** What grouping every report again gives (as compareReportsIncremental groups: pins honoured). */
const whole = (reports: ReportInput[]) => groupWithPins(reports, reports.map((r) => groupingTerms(r)), (rs) => groupEvents(rs));

/** Small edits as a writer makes them: a word inserted, a sentence dropped, a figure changed, a phrase reworded. */
function smallEdits(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  return [
    `${text.slice(0, mid)} reportedly${text.slice(mid)}`,
    sentences.length > 3 ? sentences.filter((_, i) => i !== sentences.length - 2).join(' ') : `${text} Officials gave no further details.`,
    text.replace(/\d+/, (d) => String(Number(d) + 1)),
    text.replace(/ said/, ' told reporters'),
  ].filter((t) => t !== text);
}

test('keptGrouping: a kept grouping is the one grouping every report again gives, for every small edit of every report', () => {
  const reports = base();
  const { state } = compareReportsIncremental(reports);
  let kept = 0;
  let edits = 0;
  for (const r of reports) {
    for (const text of smallEdits(EVENT_TEXTS[r.id])) {
      const edited = withText(reports, r.id, text);
      const groups = keptGrouping(edited, state);
      edits++;
      // null (a changed date or year, say): grouped as a whole, nothing to check
      if (groups === null) continue;
      assert.deepEqual(groups, whole(edited), `${r.id}: the kept grouping is the whole one`);
      kept++;
    }
  }
  // a word inserted, a sentence dropped, a phrase reworded keep it; a changed number may be a date
  assert.ok(edits >= 20 && kept >= edits - reports.length, `${kept} of ${edits} edits kept the grouping`);
});

test('keptGrouping: several small edits since the last whole grouping, up to maxEdited', () => {
  const reports = base();
  const { state } = compareReportsIncremental(reports);
  let edited = reports;
  for (const r of reports) edited = withText(edited, r.id, smallEdits(EVENT_TEXTS[r.id])[0]);
  assert.deepEqual(keptGrouping(edited, state), whole(edited));
  assert.equal(keptGrouping(edited, state, undefined, { ...KEPT_GROUPING_OPTIONS, maxEdited: reports.length - 1 }), null, 'more edited reports than allowed');
});

test('keptGrouping: an edit that may move a report gives null (group every report)', () => {
  const reports = base();
  const { state } = compareReportsIncremental(reports);
  const a2 = EVENT_TEXTS['quake-a2.txt'];
  // rewritten as another event's report: the whole grouping moves it, keptGrouping does not decide it
  const moved = withText(reports, 'quake-a2.txt', EVENT_TEXTS['quake-b2.txt'].replace('for seconds', 'for a few seconds'));
  assert.equal(keptGrouping(moved, state), null);
  assert.ok(whole(moved).some((g) => g.reports.includes('quake-a2.txt') && g.reports.includes('quake-b2.txt')), 'the fixture moves it');
  // its event pin or its publication year changed
  assert.equal(keptGrouping(withText(reports, 'quake-a2.txt', `---\nevent: elsewhere\n---\n${a2}`), state), null);
  assert.equal(keptGrouping(withText(reports, 'quake-a1.txt', EVENT_TEXTS['quake-a1.txt'].replace('January 2009', 'January 2011')), state), null);
  // a report added or removed
  assert.equal(keptGrouping([...reports, { id: 'zz-new.txt', analysis: analysisOf(a2) }], state), null);
  assert.equal(keptGrouping(reports.filter((r) => r.id !== 'quake-b1.txt'), state), null);
  // terms at the whole grouping unknown
  assert.equal(keptGrouping(withText(reports, 'quake-a2.txt', smallEdits(a2)[0]), state, () => null), null);
});

test('keptGrouping: decided against the whole grouping, not the last edit (edits cannot drift a report away step by step)', () => {
  const reports = base();
  const { state } = compareReportsIncremental(reports);
  const a1 = EVENT_TEXTS['quake-a1.txt'];
  const b1 = EVENT_TEXTS['quake-b1.txt'];
  // the report turned into another one half by half: each step may be close to the one before, never to the start
  const half = `${a1.slice(0, Math.floor(a1.length / 2))} ${b1.slice(Math.floor(b1.length / 2))}`;
  assert.equal(keptGrouping(withText(reports, 'quake-a1.txt', b1), state), null);
  const then = keptGrouping(withText(reports, 'quake-a1.txt', half), state);
  assert.ok(then === null || then === state.grouping.groups);
  // nothing edited: nothing to keep (the whole grouping is reused as it is)
  assert.equal(keptGrouping(reports, state), null);
});
