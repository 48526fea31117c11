import type { HeldComparison } from '@newslens/analysis-host';
import type { Comparison, FeatureContext, Problem, ReportAnalysis } from '@newslens/language-service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Placed } from './convert.js';
import { service } from './load-service.js';

/** One report the server knows: from an open editor (version set) or from disk (version null). */
export interface Entry extends Placed {
  /** The report's id in the store and the comparison (a path for files, else the URI). */
  id: string;
  format: 'text' | 'markdown';
  /** The version of the open document this entry was analysed from; null when read from disk. */
  version: number | null;
  /** The report's token (freshness.ts) the entry was made under: while it is current, the entry is the report as it is now. */
  token: number;
  /** The analysis of an English, readable report; null when skipped or not English. */
  analysis: ReportAnalysis | null;
  /** File-level notices (file-skipped, invalid-encoding, not-english, read-error). */
  notices: Problem[];
  /** The text the offsets index (without a BOM). */
  text: string;
}

const prints = new WeakMap<ReportAnalysis, string>();
const printOf = (a: ReportAnalysis) => {
  let p = prints.get(a);
  if (p === undefined) prints.set(a, (p = service().analysisFingerprint(a)));
  return p;
};

/** Whether two analyses are of the same input (version, format, BOM, text): the one object, or equal by content (a document reopened). */
function sameInput(compared: ReportAnalysis | undefined, now: ReportAnalysis): boolean {
  return compared === now || (compared !== undefined && printOf(compared) === printOf(now));
}

const NO_COMPARISON: Comparison = { events: [], entities: [], links: [], problems: {} };

/**
 * The analysed reports of the workspace and their last complete comparison. The comparison runs
 * elsewhere (comparing.ts, in a worker thread): requests answer from the last complete one while
 * the next runs; an event's cross-report problems count as soon as that event is done. A report's
 * cross-report problems are only given while its analysis is the one they were computed from (an
 * edited report has none until its event is compared again).
 */
export class ReportStore {
  private readonly entries = new Map<string, Entry>();
  private comparison: HeldComparison | null = null;
  /** The analyses the last complete comparison was made of. */
  private compared: ReadonlyMap<string, ReportAnalysis> = new Map();
  /** Problems of the events done in the run in progress, and the analysis each report had then. */
  private readonly done = new Map<string, { problems: Problem[]; analysis: ReportAnalysis | undefined }>();

  /** `onChange` hears of each report whose analysis changed (null: gone or not analysed). */
  constructor(private readonly onChange: (id: string, analysis: ReportAnalysis | null) => void = () => undefined) {}

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
    if ((before?.analysis ?? null) !== entry.analysis) this.onChange(entry.id, entry.analysis);
  }

  delete(id: string): boolean {
    const before = this.entries.get(id);
    if (!before) return false;
    this.entries.delete(id);
    if (before.analysis) this.onChange(id, null);
    return true;
  }

  /** The analysed reports now (what a comparison started now compares). */
  analyses(): Map<string, ReportAnalysis> {
    const out = new Map<string, ReportAnalysis>();
    for (const e of this.entries.values()) if (e.analysis) out.set(e.id, e.analysis);
    return out;
  }

  /**
   * An event of the run in progress is done; `compared` are the analyses that run compares. Returns
   * its reports whose cross-report problems changed (identity: an event's result is one object from
   * run to run while its reports do not change), the ones to publish again: a run after an edit
   * tells every event, and publishing 10,000 reports again after each edit flooded the main thread
   * and the client (hovers waited 17 s in a 10,000-report bench run).
   */
  eventDone(members: readonly string[], problems: ReadonlyMap<string, Problem[]>, compared: ReadonlyMap<string, ReportAnalysis>): string[] {
    const changed: string[] = [];
    for (const id of members) {
      const was = this.problemsOf(id);
      this.done.set(id, { problems: problems.get(id) ?? [], analysis: compared.get(id) });
      const now = this.problemsOf(id);
      if (was !== now && was.length + now.length > 0) changed.push(id);
    }
    return changed;
  }

  /** A run finished: its comparison becomes the one requests use. Returns the reports whose cross-report problems changed. */
  adopt(comparison: HeldComparison, compared: ReadonlyMap<string, ReportAnalysis>): string[] {
    const before = this.comparison?.problems ?? {};
    const changed: string[] = [];
    const ids = new Set([...Object.keys(before), ...Object.keys(comparison.problems)]);
    for (const id of ids) {
      const was = this.done.get(id)?.problems ?? (Object.hasOwn(before, id) ? before[id] : undefined);
      const now = Object.hasOwn(comparison.problems, id) ? comparison.problems[id] : undefined;
      // an event's result is one object from run to run while its reports do not change: identity says it
      if (was !== now && (was?.length ?? 0) + (now?.length ?? 0) > 0) changed.push(id);
    }
    this.comparison = comparison;
    this.compared = compared;
    this.done.clear();
    return changed;
  }

  /** Cross-report problems of one report (none while its analysis is newer than the one compared). */
  problemsOf(id: string): Problem[] {
    const analysis = this.entries.get(id)?.analysis;
    if (!analysis) return [];
    const done = this.done.get(id);
    if (done) return sameInput(done.analysis, analysis) ? done.problems : [];
    if (!sameInput(this.compared.get(id), analysis)) return [];
    const problems = this.comparison?.problems ?? {};
    return Object.hasOwn(problems, id) ? problems[id] : [];
  }

  /** The reports of the event `id` belongs to in the last complete comparison (itself included). */
  eventOf(id: string): string[] {
    return this.comparison?.eventOf(id)?.reports ?? [id];
  }

  /** What the feature verbs need for a request about `id`: its part of the last complete comparison, never waited for. */
  context(id: string): FeatureContext {
    return { reportId: id, comparison: this.comparison?.view(id) ?? NO_COMPARISON, getReport: (other) => this.entries.get(other)?.analysis ?? undefined };
  }
}

/** What an entry is made from: the text as read or as the editor has it (null when skipped). */
export interface EntrySource {
  id: string;
  uri: string;
  /** The token (freshness.ts) the work that made it runs under. */
  token: number;
  text: string | null;
  version: number | null;
  format: 'text' | 'markdown';
  /** File-level notices found while reading (a `file-skipped` one means: do not analyse). */
  notices: Problem[];
  /** The analysis of `text` (the disk cache, a worker thread); none: not analysed (skipped, or the analysis failed). */
  analysis?: ReportAnalysis;
}

/**
 * An entry of a report and its analysis, made elsewhere (the disk cache, a worker thread: this
 * thread never analyses); a report not analysed is shown without results.
 */
export function createEntry(src: EntrySource): Entry {
  const { id, uri, token, text, version, format } = src;
  const notices = [...src.notices];
  let analysis: ReportAnalysis | null = null;
  let shown = text === null ? '' : text.replace(/^\uFEFF/, '');
  const a = src.analysis;
  if (a && text !== null && !service().isSkipped(notices)) {
    shown = a.text;
    const language = service().languageProblems(a);
    notices.push(...language);
    if (language.length === 0) analysis = a;
  }
  // Disk text is shown without its BOM (editors hide it); an open document keeps what the editor has.
  const docText = version === null ? shown : (text ?? '');
  const shift = version !== null && docText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const doc = TextDocument.create(uri, format === 'markdown' ? 'markdown' : 'plaintext', version ?? 0, docText);
  return { id, uri, doc, shift, format, version, token, analysis, notices, text: shown };
}
