/**
 * The comparison of many reports, persisted next to the analysis cache so that a run on unchanged
 * reports reads it back instead of comparing again (the comparison is most of a warm run), and a
 * run after an edit aligns only the edited report's event:
 *
 *   <dir>/<version>/comparisons/groupings/<key>.json       the events of one set of reports (key: every report's id and content, in order)
 *   <dir>/<version>/comparisons/events/<2 hex>/<key>.json  one event's entities, links and problems (key: its reports' ids and contents)
 *
 * A report's content is its analysis' version, format, BOM flag and text (an analysis is a pure
 * function of them); `<version>` covers the analyser's code, comparison included. Each file holds a
 * header line (magic, key, then length and sha256 of each part) and its parts, one a line; a part
 * is used only when all of them match, so a corrupt, truncated or old-version entry is a miss: the
 * work is done again and the entry rewritten (temporary file, then renamed). Never throws: an
 * entry that cannot be read or written only costs time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { decodeEvent, encodeEvent } from './event-codec.js';
import {
  compareReportsIncremental,
  type Comparison, type CompareErrorHook, type CompareHooks, type CompareState, type EventGroup, type EventResult,
  type ReportInput,
} from '@newslens/language-service';

const MAGIC = 'newslens-comparison 2';

/** Where the entries live: a DiskCache qualifies (its folder and analyser version). */
export interface ComparisonStore {
  readonly dir: string;
  readonly version: string;
}

export interface ComparisonCacheStats {
  /** The grouping came from the cache (or from `previous`), not computed. */
  groupingFromCache: boolean;
  eventsFromCache: number;
  eventsAligned: number;
  /** Entries found but not trusted: unreadable, truncated, tampered or of another format. */
  rejected: number;
  written: number;
  writeErrors: number;
}

export interface CachedComparison {
  comparison: Comparison;
  /** For the next run in this process (compareReportsIncremental's state). */
  state: CompareState;
  /** Nothing was compared: the grouping and every event came from the cache (not from `previous`). */
  fromCache: boolean;
  stats: ComparisonCacheStats;
  /** Writes the entries this run computed (call it once the results are out; a second call writes nothing). */
  persist(): void;
}

export interface ComparisonCacheOptions {
  /** The state of a previous run in this process. */
  previous?: CompareState;
  /** Only events and problems in the comparison (entities and links are dropped once saved): a check needs no more. */
  problemsOnly?: boolean;
  /** Write each entry as soon as it is computed (less memory) instead of on persist() (a server publishes first). */
  writeNow?: boolean;
  /** Called after the grouping and after each event aligned (the CLI collects garbage there). */
  afterStep?: () => void;
  /** Hears of each internal error of the comparison (CompareOptions); what failed is not cached, so a later run reports it again. */
  onInternalError?: CompareErrorHook;
  /**
   * An event's result the caller already holds from an earlier run (a language server's main
   * thread): used before the cache and never written. Called first for every event of two or more
   * reports not reused from `previous`, so it may also throw to abandon the run.
   */
  held?: (members: readonly ReportInput[]) => EventResult | undefined;
  /** The events of these reports, given (a provisional grouping): not computed, nor read from or written to the cache. */
  grouping?: readonly EventGroup[];
  /** Called while the grouping is computed; may throw to abandon the run (CompareHooks.checkpoint). */
  checkpoint?: () => void;
  /** The grouping, once known (before the first event). */
  onGrouping?: (groups: readonly EventGroup[]) => void;
  /** Each event of two or more reports whose result was found (held, cache) or computed without an internal error, as soon as it is. */
  onEvent?: (members: readonly ReportInput[], result: EventResult, from: 'held' | 'cache' | 'computed') => void;
}

/**
 * compareReports(reports) with its work looked up in, and written to, `store` (null: no cache).
 * The comparison is exactly what compareReports gives (problemsOnly: its events and problems).
 */
export function compareWithCache(reports: readonly ReportInput[], store: ComparisonStore | null, options: ComparisonCacheOptions = {}): CachedComparison {
  const stats: ComparisonCacheStats = { groupingFromCache: true, eventsFromCache: 0, eventsAligned: 0, rejected: 0, written: 0, writeErrors: 0 };
  const pending: Array<{ file: string; key: string; parts: string[] }> = [];
  const persist = () => {
    for (const entry of pending.splice(0)) {
      if (writeEntry(entry.file, entry.key, entry.parts)) stats.written++;
      else stats.writeErrors++;
    }
  };
  const hooks: CompareHooks = { problemsOnly: options.problemsOnly, onInternalError: options.onInternalError, checkpoint: options.checkpoint };
  if (store !== null) {
    const root = join(store.dir, store.version, 'comparisons');
    const digests = new Map<string, string>();
    const digestOf = (r: ReportInput) => {
      let d = digests.get(r.id);
      if (d === undefined) digests.set(r.id, (d = reportDigest(r)));
      return d;
    };
    const keyOf = (what: string, rs: readonly ReportInput[]) => {
      const hash = createHash('sha256').update(`${MAGIC}\0${store.version}\0${what}\0${rs.length}\0`);
      for (const r of rs) hash.update(`${r.id.length}:${r.id}\0${digestOf(r)}\0`);
      return hash.digest('hex');
    };
    const groupingFile = (key: string) => join(root, 'groupings', `${key}.json`);
    const eventFile = (key: string) => join(root, 'events', key.slice(0, 2), `${key}.json`);
    const read = (file: string, key: string, wanted: number): string[] | undefined => {
      const parts = readEntry(file, key, wanted);
      if (parts === null) stats.rejected++;
      return parts ?? undefined;
    };
    hooks.loadGrouping = (rs) => {
      const key = keyOf('grouping', rs);
      const parts = read(groupingFile(key), key, 1);
      const groups = parts && decodeGrouping(parts[0], rs);
      if (parts && !groups) stats.rejected++;
      return groups;
    };
    const saveGrouping = (rs: readonly ReportInput[], groups: readonly EventGroup[]) => {
      const key = keyOf('grouping', rs);
      pending.push({ file: groupingFile(key), key, parts: [JSON.stringify({ events: groups })] });
      if (options.writeNow) persist();
    };
    hooks.saveGrouping = saveGrouping;
    hooks.loadEvent = (members) => {
      const key = keyOf('event', members);
      // problems and entities are the first part, links the second: a check reads only the first
      const parts = read(eventFile(key), key, options.problemsOnly ? 1 : 2);
      const result = parts && decodeEvent(parts, members);
      if (parts && !result) stats.rejected++;
      return result;
    };
    const saveEvent = (members: readonly ReportInput[], result: EventResult) => {
      const key = keyOf('event', members);
      pending.push({ file: eventFile(key), key, parts: encodeEvent(members, result) });
      if (options.writeNow) persist();
    };
    hooks.saveEvent = saveEvent;
    // work kept in memory from `previous` (a server's edits) is written too when the cache lacks it
    hooks.reused = (rs, groups, result) => {
      if (groups) {
        if (!existsSync(groupingFile(keyOf('grouping', rs)))) saveGrouping(rs, groups);
      } else if (result && !existsSync(eventFile(keyOf('event', rs)))) {
        saveEvent(rs, result);
      }
    };
  }
  if (options.grouping) {
    const given = [...options.grouping];
    hooks.loadGrouping = () => given;
    hooks.saveGrouping = undefined;
  }
  if (options.afterStep) {
    const { saveGrouping, saveEvent } = hooks;
    const step = options.afterStep;
    hooks.saveGrouping = (rs, groups) => { saveGrouping?.(rs, groups); step(); };
    hooks.saveEvent = (members, result) => { saveEvent?.(members, result); step(); };
  }
  if (options.held || options.onEvent) {
    const { loadEvent, saveEvent } = hooks;
    hooks.loadEvent = (members) => {
      const held = options.held?.(members);
      if (held) {
        options.onEvent?.(members, held, 'held');
        return held;
      }
      const loaded = loadEvent?.(members);
      if (loaded) options.onEvent?.(members, loaded, 'cache');
      return loaded;
    };
    hooks.saveEvent = (members, result) => {
      saveEvent?.(members, result);
      options.onEvent?.(members, result, 'computed');
    };
  }
  if (options.onGrouping) {
    const { loadGrouping, saveGrouping } = hooks;
    const told = options.onGrouping;
    hooks.loadGrouping = (rs) => {
      const groups = loadGrouping?.(rs);
      if (groups) told(groups);
      return groups;
    };
    hooks.saveGrouping = (rs, groups) => {
      told(groups);
      saveGrouping?.(rs, groups);
    };
  }
  let reused = false;
  const { reused: persistReused } = hooks;
  hooks.reused = (rs, groups, result) => {
    reused = true;
    if (groups) options.onGrouping?.(groups);
    persistReused?.(rs, groups, result);
  };
  const run = compareReportsIncremental(reports, options.previous, hooks);
  stats.groupingFromCache = !run.regrouped;
  stats.eventsAligned = run.aligned;
  stats.eventsFromCache = run.loaded;
  return {
    comparison: run.comparison,
    state: run.state,
    fromCache: store !== null && !reused && !run.regrouped && run.aligned === 0,
    stats,
    persist,
  };
}

/** What a report's analysis is a function of, hashed: version, format, BOM and text. */
function reportDigest(r: ReportInput): string {
  const a = r.analysis;
  const text = typeof a?.text === 'string' ? a.text : '';
  return createHash('sha256').update(`${a?.analyzerVersion}\0${a?.format}\0${a?.hadBom ? 1 : 0}\0${text.length}:`).update(text).digest('hex');
}

/** The parts of an entry when its header matches (undefined: no entry; null: an entry not trusted). */
function readEntry(file: string, key: string, wanted: number): string[] | undefined | null {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const nl = raw.indexOf(10);
    if (nl < 0) return null;
    const head = JSON.parse(raw.subarray(0, nl).toString('utf8')) as { magic?: unknown; key?: unknown; parts?: unknown };
    if (head.magic !== MAGIC || head.key !== key || !Array.isArray(head.parts) || head.parts.length < wanted) return null;
    const out: string[] = [];
    let at = nl + 1;
    for (let i = 0; i < head.parts.length && i < wanted; i++) {
      const [length, sum] = head.parts[i] as [unknown, unknown];
      if (typeof length !== 'number' || at + length > raw.length) return null;
      const bytes = raw.subarray(at, at + length);
      if (createHash('sha256').update(bytes).digest('hex') !== sum) return null;
      out.push(bytes.toString('utf8'));
      at += length + 1;
    }
    return out;
  } catch {
    return null;
  }
}

function writeEntry(file: string, key: string, parts: readonly string[]): boolean {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const buffers = parts.map((p) => Buffer.from(p, 'utf8'));
    const head = { magic: MAGIC, key, parts: buffers.map((b) => [b.length, createHash('sha256').update(b).digest('hex')]) };
    const nl = Buffer.from('\n');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(JSON.stringify(head)), ...buffers.flatMap((b) => [nl, b])]));
    renameSync(tmp, file);
    return true;
  } catch {
    try { unlinkSync(tmp); } catch { /* never written */ }
    return false;
  }
}

function decodeGrouping(part: string, reports: readonly ReportInput[]): EventGroup[] | undefined {
  try {
    const { events } = JSON.parse(part) as { events: EventGroup[] };
    const ids = new Set(reports.map((r) => r.id));
    let count = 0;
    for (const e of events) {
      if (typeof e.id !== 'string' || !Array.isArray(e.reports) || !e.reports.every((id) => ids.has(id))) return undefined;
      count += e.reports.length;
    }
    return count === ids.size ? events : undefined;
  } catch {
    return undefined;
  }
}
