import { resolve } from 'node:path';
import { analyzerFingerprint, defaultCacheDir, pruneCache, type PruneResult } from '@newslens/analysis-host';

/** `newslens cache clean`: removes the cache's version folders other than this analyser's (all of them with `all`); resolves to the exit code. */
export async function cleanCache(dir: string | null, all: boolean, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const folder = dir === null ? defaultCacheDir() : resolve(dir);
  const result = await pruneCache(folder, { all: true, keep: all ? [] : [analyzerFingerprint()] });
  out.write(describePrune(result));
  for (const e of result.errors) err.write(`newslens: cannot remove ${e}\n`);
  return result.errors.length > 0 ? 2 : 0;
}

/** What a prune did, for people: one line per folder removed, then a total. */
export function describePrune(result: PruneResult): string {
  const lines = result.removed.map((f) => `removed ${f.path} (${megabytes(f.bytes)})\n`);
  const kept = result.kept.length ? `; kept ${result.kept.map((f) => f.name).join(', ')}` : '';
  return `${lines.join('')}${result.removed.length} cache folder(s) removed from ${result.dir}, ${megabytes(result.freedBytes)} freed${kept}\n`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
