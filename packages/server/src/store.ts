import type { Comparison, CompareErrorHook, CompareState, FeatureContext, NewsLanguageService, Problem, ReportAnalysis } from '@newslens/language-service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Placed } from './convert.js';
import { service, type Service } from './load-service.js';

/** One report the server knows: from an open editor (version set) or from disk (version null). */
export interface Entry extends Placed {
  /** The report's id in the store and the comparison (a path for files, else the URI). */
  id: string;
  format: 'text' | 'markdown';
  /** The version of the open document this entry was analysed from; null when read from disk. */
  version: number | null;
  /** The analysis of an English, readable report; null when skipped or not English. */
  analysis: ReportAnalysis | null;
  /** File-level notices (file-skipped, invalid-encoding, not-english, read-error). */
  notices: Problem[];
  /** The text the offsets index (without a BOM). */
  text: string;
}

/** The analysed reports of the workspace and their comparison, recomputed when one changes. */
export class ReportStore {
  private readonly entries = new Map<string, Entry>();
  private comparison: Comparison | null = null;
  /** Reuses the alignment of every event whose reports did not change (only the edited report's event is re-aligned). */
  private comparer: ReturnType<Service['createComparer']> | null = null;
  /** Reports were added since the comparison was computed (none changed or removed). */
  private added = false;
  private computedAt = 0;
  private computeMs = 0;

  /**
   * `onInternalError` hears of each part of the comparison that threw (that part's output is
   * missing for its event or report); `onFailure` of a comparison that threw as a whole (it
   * promises not to; the store then goes on without cross-report results).
   */
  constructor(
    private readonly onInternalError?: CompareErrorHook,
    private readonly onFailure?: (error: unknown) => void,
  ) {}

  readonly resolve = (id: string): Entry | undefined => this.entries.get(id);

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  all(): IterableIterator<Entry> {
    return this.entries.values();
  }

  get size(): number {
    return this.entries.size;
  }

  set(entry: Entry): void {
    const before = this.entries.get(entry.id);
    this.entries.set(entry.id, entry);
    if (before === undefined && entry.analysis === null) return;
    if (before === undefined || before.analysis === null) this.added = true;
    else if (before.analysis !== entry.analysis) this.comparison = null;
  }

  delete(id: string): boolean {
    const had = this.entries.delete(id);
    if (had) this.comparison = null;
    return had;
  }

  clear(): void {
    this.entries.clear();
    this.comparison = null;
    this.comparer = null;
  }

  /**
   * The comparison of every analysed report, recomputed lazily after a change. While reports are
   * only being added (indexing), an older comparison is reused unless `fresh`: its links and
   * problems stay right for the reports it covers, it just does not know the new ones. It is
   * recomputed then at most once per ten times its own cost (and at least a second), so
   * comparing never takes more than a tenth of the indexing time.
   */
  getComparison(fresh = false): Comparison {
    const due = Date.now() - this.computedAt > Math.max(1000, 10 * this.computeMs);
    if (this.added && (fresh || due)) this.comparison = null;
    if (this.comparison === null) {
      this.added = false;
      const started = Date.now();
      const reports = this.compared().map((e) => ({ id: e.id, analysis: e.analysis }));
      try {
        this.comparer ??= service().createComparer({ onInternalError: this.onInternalError });
        this.comparison = this.comparer.compare(reports);
      } catch (e) {
        this.onFailure?.(e);
        this.comparer?.reset();
        // a failing comparison must not take the editor features down: no cross-report results
        this.comparison = { events: reports.map((r) => ({ id: `event:${r.id}`, reports: [r.id] })), entities: [], links: [], problems: {} };
      }
      this.computedAt = Date.now();
      this.computeMs = this.computedAt - started;
    }
    return this.comparison;
  }

  /** The analysed reports, in the order the comparison takes them (by id). */
  compared(): Array<Entry & { analysis: ReportAnalysis }> {
    return [...this.entries.values()]
      .filter((e): e is Entry & { analysis: ReportAnalysis } => e.analysis !== null)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The state of the last comparison (for the comparison cache to reuse its events). */
  comparerState(): CompareState | undefined {
    return this.comparer?.state;
  }

  /** The hook the store's comparisons report internal errors to (for a comparison made elsewhere of its reports). */
  get internalErrors(): CompareErrorHook | undefined {
    return this.onInternalError;
  }

  /** Takes a comparison of exactly the current reports (read back from the cache), and the state of the run that made it. */
  adopt(comparison: Comparison, state?: CompareState): void {
    if (state) this.comparer = service().createComparer({ onInternalError: this.onInternalError }, state);
    this.comparison = comparison;
    this.added = false;
    this.computedAt = Date.now();
  }

  /** Cross-report problems of one report. */
  problemsOf(id: string): Problem[] {
    const problems = this.getComparison().problems;
    return Object.hasOwn(problems, id) ? problems[id] : [];
  }

  /** The reports of the event `id` belongs to (itself included). */
  eventOf(id: string): string[] {
    return this.getComparison().events.find((e) => e.reports.includes(id))?.reports ?? [id];
  }

  /**
   * What the feature verbs need for a request about `id`. While indexing only adds reports, the
   * comparison at hand is used as it is (the indexing loop refreshes it), so a request never
   * waits for a comparison of the whole workspace.
   */
  context(id: string): FeatureContext {
    const comparison = this.comparison !== null && this.added ? this.comparison : this.getComparison();
    return { reportId: id, comparison, getReport: (other) => this.entries.get(other)?.analysis ?? undefined };
  }
}

/** What an entry is made from: the text as read or as the editor has it (null when skipped). */
export interface EntrySource {
  id: string;
  uri: string;
  text: string | null;
  version: number | null;
  format: 'text' | 'markdown';
  /** File-level notices found while reading (a `file-skipped` one means: do not analyse). */
  notices: Problem[];
  /** The analysis of `text` when it is already known (the disk cache, a worker thread). */
  analysis?: ReportAnalysis;
}

/**
 * Analyses a report into an entry. `onError` hears of an analysis that threw (it promises not to),
 * `onInternalError` of an extractor that threw on a paragraph (that paragraph gives no results).
 */
export function createEntry(svc: NewsLanguageService, src: EntrySource, onError: (e: unknown) => void, onInternalError?: (e: unknown) => void): Entry {
  const { id, uri, text, version, format } = src;
  const notices = [...src.notices];
  let analysis: ReportAnalysis | null = null;
  let shown = text === null ? '' : text.replace(/^\uFEFF/, '');
  if (text !== null && !service().isSkipped(notices)) {
    try {
      const a = src.analysis ?? svc.analyzeReport(text, { format, onInternalError });
      shown = a.text;
      const language = service().languageProblems(a);
      notices.push(...language);
      if (language.length === 0) analysis = a;
    } catch (e) {
      onError(e); // the report is shown without results
    }
  }
  // Disk text is shown without its BOM (editors hide it); an open document keeps what the editor has.
  const docText = version === null ? shown : (text ?? '');
  const shift = version !== null && docText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const doc = TextDocument.create(uri, format === 'markdown' ? 'markdown' : 'plaintext', version ?? 0, docText);
  return { id, uri, doc, shift, format, version, analysis, notices, text: shown };
}
