/**
 * Keeping the cache folder from growing without end. Each analyser version keys its entries in a
 * folder of its own (`<dir>/<version>/`), so every upgrade leaves the previous folder behind
 * (at 10,000 reports the comparison entries alone are about 195 MB). A folder this cache created
 * carries a marker file, touched each time a cache is opened on it: its modification time is when
 * the folder was last used. Only marked folders are ever removed, never anything else in the
 * cache root (the VS Code used by the tests, say, lives next to them), and never the folders the
 * caller is using (`keep`). Folders of versions from before the marker (0.1.0 builds) count as
 * marked only when their name is an analyser version (`0.1.0-<16 hex>`) and they hold nothing but
 * the cache's own layout (two-hex-digit folders and `comparisons`); their last use is their
 * newest entry's modification time.
 */
import { lstat, mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marker file's name inside each folder a cache created. */
export const CACHE_MARKER = '.newslens-cache';
/** In the cache root: its modification time is when pruning last ran. */
const PRUNE_STAMP = '.newslens-pruned';
/** An analyser version folder's name (fingerprint.ts) and the entries a version folder holds (disk-cache.ts, comparison-cache.ts). */
const VERSION_NAME = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?-[0-9a-f]{16}$/;
const LAYOUT_ENTRY = /^(?:[0-9a-f]{2}|comparisons)$/;

export interface CacheHygieneOptions {
  /** A marked folder not used for this long is removed (7 days: the issue asking for hygiene set it; a weekly user keeps warm starts). */
  maxIdleMs: number;
  /**
   * Bytes the marked folders other than those in use may take together; beyond it the least
   * recently used go first. 1 GB: about five versions of a 10,000-report workspace's analyses
   * (measured about 200 MB of analyses there), and what a user expects a cache to be bounded by.
   */
  maxBytes: number;
  /** Pruning at start runs at most once in this long (a day: walking the folders costs a stat per entry). */
  pruneEveryMs: number;
}

export const CACHE_HYGIENE: CacheHygieneOptions = {
  maxIdleMs: 7 * 24 * 3600 * 1000,
  maxBytes: 1e9,
  pruneEveryMs: 24 * 3600 * 1000,
};

export interface CacheFolder {
  name: string;
  path: string;
  /** When it was last used (the marker's modification time), ms since the epoch. */
  lastUsed: number;
  /** Bytes of its files; 0 for a folder kept (in use), which is not measured. */
  bytes: number;
}

export interface PruneResult {
  dir: string;
  removed: CacheFolder[];
  kept: CacheFolder[];
  freedBytes: number;
  /** Folders that could not be removed, with why (pruning never throws). */
  errors: string[];
}

export interface PruneOptions {
  /** Folder names never removed (the ones in use). */
  keep?: readonly string[];
  /** Remove every marked folder not kept, however recently used (`newslens cache clean`). */
  all?: boolean;
  /** The time to judge idleness against (tests). */
  now?: number;
  limits?: CacheHygieneOptions;
}

/** Marks `folder` as created by this cache and used now (creates it if needed). Never throws. */
export function markCacheFolder(folder: string, now: Date = new Date()): void {
  try {
    mkdirSync(folder, { recursive: true });
    const marker = join(folder, CACHE_MARKER);
    try {
      utimesSync(marker, now, now);
    } catch {
      writeFileSync(marker, 'newslens analysis cache: this folder may be removed when unused\n');
      utimesSync(marker, now, now);
    }
  } catch {
    // A cache that cannot be marked is only never pruned.
  }
}

/** Removes the marked folders of `dir` idle too long (or all with `all`), then the least recently used beyond the size cap. Never throws. */
export async function pruneCache(dir: string, options: PruneOptions = {}): Promise<PruneResult> {
  const limits = options.limits ?? CACHE_HYGIENE;
  const now = options.now ?? Date.now();
  const keep = new Set(options.keep ?? []);
  const result: PruneResult = { dir, removed: [], kept: [], freedBytes: 0, errors: [] };
  const folders = await markedFolders(dir, keep);
  const candidates: CacheFolder[] = [];
  for (const f of folders) (keep.has(f.name) ? result.kept : candidates).push(f);
  candidates.sort((a, b) => b.lastUsed - a.lastUsed || (a.name < b.name ? -1 : 1));
  let total = 0;
  for (const f of candidates) {
    const over = options.all || now - f.lastUsed > limits.maxIdleMs || total + f.bytes > limits.maxBytes;
    if (over && (await remove(f, result))) continue;
    total += f.bytes;
    result.kept.push(f);
  }
  result.kept.sort((a, b) => (a.name < b.name ? -1 : 1));
  return result;
}

/** pruneCache at most once per `pruneEveryMs` (a stamp in `dir`): what a CLI run or a server start calls. */
export async function pruneCacheIfDue(dir: string, options: PruneOptions = {}): Promise<PruneResult | null> {
  const limits = options.limits ?? CACHE_HYGIENE;
  const now = options.now ?? Date.now();
  const stamp = join(dir, PRUNE_STAMP);
  try {
    if (now - (await stat(stamp)).mtimeMs < limits.pruneEveryMs) return null;
  } catch {
    // Never pruned here.
  }
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(stamp, '');
    const t = new Date(now);
    await utimes(stamp, t, t);
  } catch {
    return null; // A cache root we cannot write to holds nothing of ours to prune.
  }
  return pruneCache(dir, options);
}

/** The marked folders of `dir`; a kept one's size is not measured (0): the one in use may hold a whole workspace's entries. */
async function markedFolders(dir: string, keep: ReadonlySet<string>): Promise<CacheFolder[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
  const out: CacheFolder[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const lastUsed = await markedAt(path).catch(() => undefined) ?? (VERSION_NAME.test(name) ? await legacyUsedAt(path) : undefined);
    if (lastUsed !== undefined) out.push({ name, path, lastUsed, bytes: keep.has(name) ? 0 : await sizeOf(path) });
  }
  return out;
}

async function markedAt(path: string): Promise<number | undefined> {
  const marker = await lstat(join(path, CACHE_MARKER));
  return marker.isFile() ? marker.mtimeMs : undefined;
}

/** The newest modification time in an unmarked version folder holding only the cache's layout; undefined when it holds anything else. */
async function legacyUsedAt(path: string): Promise<number | undefined> {
  try {
    let newest = (await lstat(path)).mtimeMs;
    for (const e of await readdir(path, { withFileTypes: true })) {
      if (!e.isDirectory() || !LAYOUT_ENTRY.test(e.name)) return undefined;
      newest = Math.max(newest, (await lstat(join(path, e.name))).mtimeMs);
    }
    return newest;
  } catch {
    return undefined;
  }
}

/** Bytes of the files below `path` (symbolic links not followed). */
async function sizeOf(path: string): Promise<number> {
  let bytes = 0;
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(path, e.name);
    if (e.isDirectory()) bytes += await sizeOf(p);
    else if (e.isFile()) bytes += await lstat(p).then((s) => s.size, () => 0);
  }
  return bytes;
}

async function remove(f: CacheFolder, result: PruneResult): Promise<boolean> {
  try {
    await rm(f.path, { recursive: true, force: true, maxRetries: 2 });
    result.removed.push(f);
    result.freedBytes += f.bytes;
    return true;
  } catch (e) {
    result.errors.push(`${f.path}: ${(e as Error).message}`);
    return false;
  }
}
