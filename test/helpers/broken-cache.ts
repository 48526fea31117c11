// A malformed analysis where the CLI and the server read it: the analysis cache. The entry is
// rewritten with a valid header (as a buggy analyser of the same version would have written it),
// so it passes the cache's checks, and the cached comparisons are dropped so that the comparison
// is computed from the analyses.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeEntry } from '@newslens/analysis-host';
import type { ReportAnalysis } from '@newslens/language-service';

/** Rewrites the cached analysis of the report whose text starts with `start` (below `cacheDir`) through `change`. */
export function breakCachedAnalysis(cacheDir: string, start: string, change: (a: ReportAnalysis) => unknown): void {
  const files = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).map((f) => join(cacheDir, f)).filter((f) => f.endsWith('.json') && statSync(f).isFile());
  const entry = files.filter((f) => !/[\\/]comparisons[\\/]/.test(f)).find((f) => (JSON.parse(readFileSync(f, 'utf8').split('\n')[1]) as ReportAnalysis).text.startsWith(start));
  if (!entry) throw new Error(`no cache entry below ${cacheDir} for a report starting "${start}"`);
  const [head, body] = readFileSync(entry, 'utf8').split('\n');
  const { key, version } = JSON.parse(head) as { key: string; version: string };
  writeFileSync(entry, encodeEntry(key, version, change(JSON.parse(body) as ReportAnalysis) as ReportAnalysis));
  for (const f of files) if (/[\\/]comparisons[\\/]/.test(f)) rmSync(f, { force: true });
}
