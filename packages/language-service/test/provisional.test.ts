import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportInput } from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';
import { compareReportsIncremental } from '../src/compare/compare-incremental.ts';
import { provisionalEvents, termCosine } from '../src/compare/provisional.ts';
import { groupingTerms } from '../src/compare/group-events.ts';

const base = (): ReportInput[] => Object.entries(EVENT_TEXTS).map(([id, text]) => ({ id, analysis: analysisOf(text) }));
const withText = (reports: ReportInput[], id: string, text: string): ReportInput[] =>
  reports.map((r) => (r.id === id ? { id, analysis: analysisOf(text) } : r));

test('provisionalEvents: an edited report stays in its event while the edit moves its terms little', () => {
  const reports = base();
  const { state } = compareReportsIncremental(reports);
  const eventOfA1 = state.grouping.groups.find((g) => g.reports.includes('quake-a1.txt'))!;
  assert.ok(eventOfA1.reports.length >= 2, 'the fixture groups quake-a1 with another report');

  const text = EVENT_TEXTS['quake-a1.txt'];
  const edited = withText(reports, 'quake-a1.txt', text.replace('officials said', 'officials reportedly said'));
  assert.deepEqual(provisionalEvents(edited, state), [{ id: eventOfA1.id, reports: [...eventOfA1.reports].sort() }]);

  // nothing edited: nothing to align before grouping
  assert.deepEqual(provisionalEvents(reports, state), []);
  // a report that became another one waits for the grouping
  assert.deepEqual(provisionalEvents(withText(reports, 'quake-a1.txt', EVENT_TEXTS['quake-b1.txt']), state), []);
  // nor does a report whose event lost a member
  assert.deepEqual(provisionalEvents(edited.filter((r) => r.id !== eventOfA1.reports.find((id) => id !== 'quake-a1.txt')), state), []);
  // a new report has no event yet
  assert.deepEqual(provisionalEvents([...reports, { id: 'new.txt', analysis: analysisOf(text) }], state), []);
});

test('provisionalEvents: a changed event pin or publication year waits for the grouping', () => {
  const reports = base();
  const { state } = compareReportsIncremental(reports);
  const text = EVENT_TEXTS['quake-a1.txt'];
  assert.deepEqual(provisionalEvents(withText(reports, 'quake-a1.txt', `---\nevent: elsewhere\n---\n${text}`), state), []);
  assert.deepEqual(provisionalEvents(withText(reports, 'quake-a1.txt', text.replace('January 2009', 'January 2011')), state), []);
});

test('termCosine: 1 for the same terms, low for unrelated reports', () => {
  const terms = (id: string) => groupingTerms({ id, analysis: analysisOf(EVENT_TEXTS[id]) });
  assert.equal(Number(termCosine(terms('quake-a1.txt'), terms('quake-a1.txt')).toFixed(9)), 1);
  assert.ok(termCosine(terms('quake-a1.txt'), terms('seed-a.txt')) < 0.2);
});
