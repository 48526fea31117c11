import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ANALYZER_VERSION, type ReportAnalysis } from '@newslens/language-service/features';
import { markCacheFolder } from './cache-hygiene.js';
import { analyzerFingerprint } from './fingerprint.js';

export type ReportFormat = 'text' | 'markdown';

/** Counts of one run, for progress lines and tests. */
export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found but not trusted: unreadable, truncated, tampered or of another version. */
  rejected: number;
  written: number;
  writeErrors: number;
}

/**
 * A persisted cache of report analyses, one file per report under
 * `<dir>/<version-fingerprint>/<2 hex>/<sha256>.json`: a header line (format, version, key,
 * length and sha256 of the body) then the analysis as JSON. An entry is used only when every
 * header field matches and the body's checksum is right; anything else is a miss, and the entry
 * is rewritten. Never throws: a cache that cannot be read or written only costs time. Opening
 * marks `<version>` as used now (cache-hygiene.ts prunes folders unused for a week).
 */
export interface DiskCache {
  readonly dir: string;
  /** ANALYZER_VERSION and the hash of the analyser's code this cache is keyed with. */
  readonly version: string;
  readonly stats: CacheStats;
  /** The content key of one report (sha256 of version fingerprint, format and text). */
  key(text: string, format: ReportFormat): string;
  get(key: string): ReportAnalysis | undefined;
  /** get(), with the JSON text the analysis was parsed from (a language server sends it on to its comparison worker as it is). */
  read(key: string): { analysis: ReportAnalysis; json: string } | undefined;
  set(key: string, analysis: ReportAnalysis): void;
  /** set() for an analysis already serialised (`JSON.stringify(analysis)`); returns `json`. */
  setJson(key: string, json: string): string;
}

const MAGIC = 'newslens-cache 1';

export function openDiskCache(dir: string): DiskCache {
  const version = analyzerFingerprint();
  const root = join(dir, version);
  markCacheFolder(root);
  const stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, writeErrors: 0 };
  const fileOf = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  const made = new Set<string>();
  const setJson = (key: string, json: string): string => {
    const file = fileOf(key);
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    try {
      const sub = key.slice(0, 2);
      if (!made.has(sub)) {
        mkdirSync(join(root, sub), { recursive: true });
        made.add(sub);
      }
      writeFileSync(tmp, encodeBody(key, version, json));
      renameSync(tmp, file);
      stats.written++;
    } catch {
      stats.writeErrors++;
      try { unlinkSync(tmp); } catch { /* never written */ }
    }
    return json;
  };
  const read = (key: string) => {
    let raw: string;
    try {
      raw = readFileSync(fileOf(key), 'utf8');
    } catch {
      stats.misses++;
      return undefined;
    }
    const entry = decodeEntryJson(raw, key, version);
    if (entry === undefined) stats.rejected++;
    else stats.hits++;
    return entry;
  };
  return {
    dir,
    version,
    stats,
    key: (text, format) => createHash('sha256').update(`${version}\0${format}\0`).update(text).digest('hex'),
    get(key) {
      return read(key)?.analysis;
    },
    read,
    set(key, analysis) {
      setJson(key, JSON.stringify(analysis));
    },
    setJson,
  };
}

/**
 * One entry of a disk cache read by key, by a thread that did not open the cache (the comparison
 * worker: `store` is the DiskCache's folder and version). Undefined when it is not there or not to
 * be trusted (the same checks as DiskCache.read).
 */
export function readCacheEntry(store: { dir: string; version: string }, key: string): ReportAnalysis | undefined {
  let raw: string;
  try {
    raw = readFileSync(join(store.dir, store.version, key.slice(0, 2), `${key}.json`), 'utf8');
  } catch {
    return undefined;
  }
  return decodeEntryJson(raw, key, store.version)?.analysis;
}

/** The text of one cache file. */
export function encodeEntry(key: string, version: string, analysis: ReportAnalysis): string {
  return encodeBody(key, version, JSON.stringify(analysis));
}

/** The text of one cache file for an analysis already serialised. */
function encodeBody(key: string, version: string, body: string): string {
  const sum = createHash('sha256').update(body).digest('hex');
  return `${JSON.stringify({ magic: MAGIC, version, key, length: body.length, sum })}\n${body}`;
}

/** The analysis in a cache file, or undefined when anything about it is off. */
export function decodeEntry(raw: string, key: string, version: string): ReportAnalysis | undefined {
  return decodeEntryJson(raw, key, version)?.analysis;
}

/** decodeEntry, with the analysis's JSON text. */
function decodeEntryJson(raw: string, key: string, version: string): { analysis: ReportAnalysis; json: string } | undefined {
  try {
    const nl = raw.indexOf('\n');
    if (nl < 0) return undefined;
    const head = JSON.parse(raw.slice(0, nl)) as Record<string, unknown>;
    const body = raw.slice(nl + 1);
    if (head.magic !== MAGIC || head.version !== version || head.key !== key || head.length !== body.length) return undefined;
    if (createHash('sha256').update(body).digest('hex') !== head.sum) return undefined;
    const analysis = JSON.parse(body) as ReportAnalysis;
    if (typeof analysis !== 'object' || analysis === null || typeof analysis.text !== 'string' || !Array.isArray(analysis.problems)) return undefined;
    if (analysis.analyzerVersion !== ANALYZER_VERSION) return undefined;
    return { analysis, json: body };
  } catch {
    return undefined;
  }
}

/** The CLI's default cache folder: $XDG_CACHE_HOME/newslens, else the platform's user cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'newslens');
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'newslens');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'newslens', 'Cache');
  return join(home, '.cache', 'newslens');
}
