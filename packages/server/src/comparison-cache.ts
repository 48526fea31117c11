/**
 * The comparison of the whole workspace through analysis-host's comparison cache (the same one
 * the CLI uses, next to the analysis cache): a restart on an unchanged workspace reads the grouping
 * and every event's alignment back instead of comparing every report again (the comparison is
 * most of a warm start), and a restart after edits aligns only the events whose reports changed.
 * Never throws: entries that cannot be read or written are computed again.
 */
import type { DiskCache } from '@newslens/analysis-host';
import type { ReportStore } from './store.js';

type HostModule = typeof import('@newslens/analysis-host');

/**
 * Gives the store the comparison of its reports, from the cache where it holds it, with the state
 * for the next edit; writes what was computed once the diagnostics are out. True when nothing had
 * to be compared.
 */
export function adoptCachedComparison(store: ReportStore, host: Pick<HostModule, 'compareWithCache' | 'heapGovernor'>, cache: DiskCache): boolean {
  // the comparisons made while indexing give their events (only the others are read or aligned)
  const run = host.compareWithCache(store.compared().map((e) => ({ id: e.id, analysis: e.analysis })), cache, {
    previous: store.comparerState(),
    // aligning thousands of events makes garbage V8 would let grow to gigabytes before collecting it
    afterStep: host.heapGovernor(),
    onInternalError: store.internalErrors,
  });
  store.adopt(run.comparison, run.state);
  setImmediate(run.persist);
  return run.fromCache;
}
