// An event's result as the comparison worker sends it: the main thread decodes its entities and
// problems with the members' own id strings (session 26: what it holds of every event); the values
// are the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareReports, type ReportInput } from '@newslens/language-service';
import { decodeEventHead, encodeEvent } from '../src/event-codec.ts';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';

test("an event's head decoded with its members' ids equals the one decoded without", () => {
  const rs: ReportInput[] = Object.entries(EVENT_TEXTS).map(([id, text]) => ({ id, analysis: analysisOf(text) }));
  const whole = compareReports(rs);
  const related = (id: string) => (whole.problems[id] ?? []).filter((p) => p.related.length > 0).length;
  const event = whole.events.filter((e) => e.reports.length > 1).sort((a, b) => b.reports.reduce((n, id) => n + related(id), 0) - a.reports.reduce((n, id) => n + related(id), 0))[0];
  assert.ok(event, 'the dev events group reports');
  const members = rs.filter((r) => event.reports.includes(r.id));
  const ids = new Set(event.reports);
  const problems = new Map(event.reports.map((id) => [id, whole.problems[id] ?? []]));
  const entities = whole.entities.filter((e) => e.occurrences.some((o) => ids.has(o.report)));
  const [head] = encodeEvent(members, { entities, links: new Map(), problems });
  const plain = decodeEventHead(head);
  const shared = decodeEventHead(head, members.map((r) => r.id));
  assert.ok(plain && shared);
  assert.ok(plain.entities.length > 0 && [...plain.problems.values()].some((l) => l.some((p) => p.related.length > 0)), 'entities and related locations to share');
  assert.deepEqual(shared, plain);
});
