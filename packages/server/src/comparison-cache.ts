/**
 * The comparison of the whole workspace, persisted next to the analysis cache: a restart on an
 * unchanged workspace reads it back instead of comparing every report again (the comparison is
 * most of a warm start). One file per set of workspace folders, overwritten; it is used only when
 * its key (the analyser's version and every compared report's id, format and text) and the
 * checksum of its body match. Never throws: a comparison that cannot be read or written is
 * computed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiskCache } from '@newslens/analysis-host';
import type { Comparison } from '@newslens/language-service';
import type { ReportStore } from './store.js';

const MAGIC = 'newslens-comparison 1';

export interface ComparedReport {
  id: string;
  format: string;
  text: string;
}

/** The key of the comparison of `reports` (sorted by id, as the store compares them). */
export function comparisonKey(version: string, reports: readonly ComparedReport[]): string {
  const hash = createHash('sha256').update(`${MAGIC}\0${version}\0${reports.length}\0`);
  for (const r of reports) hash.update(`${r.id.length}:${r.id}\0${r.format}\0${r.text.length}:`).update(r.text);
  return hash.digest('hex');
}

/** The file that holds the comparison of one set of workspace folders. */
export function comparisonFile(cacheDir: string, version: string, folders: readonly string[]): string {
  const name = createHash('sha256').update(JSON.stringify(folders)).digest('hex').slice(0, 32);
  return join(cacheDir, version, 'comparisons', `${name}.json`);
}

export function readComparison(file: string, key: string): Comparison | undefined {
  try {
    const raw = readFileSync(file, 'utf8');
    const nl = raw.indexOf('\n');
    if (nl < 0) return undefined;
    const head = JSON.parse(raw.slice(0, nl)) as Record<string, unknown>;
    const body = raw.slice(nl + 1);
    if (head.magic !== MAGIC || head.key !== key || head.length !== body.length) return undefined;
    if (createHash('sha256').update(body).digest('hex') !== head.sum) return undefined;
    const c = JSON.parse(body) as Comparison;
    if (!Array.isArray(c?.events) || !Array.isArray(c.entities) || !Array.isArray(c.links) || typeof c.problems !== 'object') return undefined;
    return c;
  } catch {
    return undefined;
  }
}

/** Writes the entry (temporary file, then renamed). Returns whether it was written. */
export function writeComparison(file: string, key: string, comparison: Comparison): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const body = JSON.stringify(comparison);
    const sum = createHash('sha256').update(body).digest('hex');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(tmp, `${JSON.stringify({ magic: MAGIC, key, length: body.length, sum })}\n${body}`);
    renameSync(tmp, file);
    return true;
  } catch {
    try { unlinkSync(tmp); } catch { /* never written */ }
    return false;
  }
}

/**
 * Gives the store the comparison of its reports from the cache when it was made of the same
 * reports (then true); else computes it and writes it once the diagnostics are out.
 */
export function adoptCachedComparison(store: ReportStore, cache: DiskCache, folderUris: readonly string[]): boolean {
  const key = comparisonKey(cache.version, store.compared().map((e) => ({ id: e.id, format: e.format, text: e.analysis.text })));
  const file = comparisonFile(cache.dir, cache.version, folderUris);
  const found = readComparison(file, key);
  if (found) {
    store.adopt(found);
    return true;
  }
  const fresh = store.getComparison(true);
  setImmediate(() => writeComparison(file, key, fresh));
  return false;
}
