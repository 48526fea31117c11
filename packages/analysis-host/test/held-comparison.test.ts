// The comparison as the language server's main thread holds it: links kept encoded, a request given
// the view of its own report. Every feature verb gives the same answer with the view as with the
// whole comparison, at every place something can be hovered in every report of the dev events.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ComparisonThread } from '@newslens/analysis-host';
import {
  compareReports, doCodeActions, doHover, findClaimLenses, findDefinition, findReferences, type FeatureContext, type ReportAnalysis, type ReportInput,
} from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';

/** An offset inside each thing the features look up: names, labels, figures, dates, quotes, claims. */
function offsetsOf(a: ReportAnalysis): number[] {
  const spans = [
    ...a.entities.flatMap((e) => [...e.mentions, ...(e.labels ?? [])]),
    ...a.figures, ...a.dates, ...a.quotes, ...a.claims,
  ];
  return [...new Set(spans.map((s) => Math.floor((s.start + s.end) / 2)))].sort((x, y) => x - y);
}

test('each feature verb answers the same from a report\'s view as from the whole comparison', async () => {
  const rs: ReportInput[] = Object.entries(EVENT_TEXTS).map(([id, text]) => ({ id, analysis: analysisOf(text) }));
  const thread = new ComparisonThread({ store: null });
  try {
    for (const r of rs) thread.put(r.id, r.analysis);
    const done = await thread.compare();
    assert.ok(done);
    const whole = compareReports(rs);
    assert.deepEqual(done.comparison.toComparison(), whole);
    assert.ok(whole.links.length > 0 && whole.entities.length > 0, 'the dev events link reports');
    const byId = new Map(rs.map((r) => [r.id, r.analysis]));
    const getReport = (id: string) => byId.get(id);
    let compared = 0;
    for (const r of rs) {
      const full: FeatureContext = { reportId: r.id, comparison: whole, getReport };
      const view: FeatureContext = { reportId: r.id, comparison: done.comparison.view(r.id), getReport };
      assert.deepEqual(done.comparison.linksFrom(r.id), whole.links.filter((l) => l.from.report === r.id));
      assert.deepEqual(done.comparison.eventOf(r.id), whole.events.find((e) => e.reports.includes(r.id)));
      assert.deepEqual(findClaimLenses(r.analysis, view), findClaimLenses(r.analysis, full));
      for (const at of offsetsOf(r.analysis)) {
        assert.deepEqual(doHover(r.analysis, at, view), doHover(r.analysis, at, full), `hover ${r.id}:${at}`);
        assert.deepEqual(findDefinition(r.analysis, at, view), findDefinition(r.analysis, at, full), `definition ${r.id}:${at}`);
        assert.deepEqual(findReferences(r.analysis, at, view), findReferences(r.analysis, at, full), `references ${r.id}:${at}`);
        const span = { start: at, end: at + 1 };
        assert.deepEqual(doCodeActions(r.analysis, span, [], view), doCodeActions(r.analysis, span, [], full), `code actions ${r.id}:${at}`);
        compared++;
      }
    }
    assert.ok(compared > 50, `${compared} places compared`);
    // a report in no event of two or more: an empty view
    assert.deepEqual(done.comparison.view('no-such-report.txt'), { events: [], entities: [], links: [], problems: {} });
  } finally {
    await thread.close();
  }
});
