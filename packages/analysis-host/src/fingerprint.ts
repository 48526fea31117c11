import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ANALYZER_VERSION } from '@newslens/language-service/features';

let memo: string | undefined;

/**
 * What keys a cached analysis besides the text: ANALYZER_VERSION plus a hash of the analyser's
 * code as loaded (dist or, under the `source` condition, src), so an analyser changed without a
 * version bump never serves stale results. Computed once per process (about 1 MB of files).
 */
export function analyzerFingerprint(): string {
  if (memo !== undefined) return memo;
  const hash = createHash('sha256').update(`newslens ${ANALYZER_VERSION}\n`);
  try {
    const entry = createRequire(import.meta.url).resolve('@newslens/language-service');
    const dir = dirname(entry);
    for (const file of codeFiles(dir)) hash.update(`${file.slice(dir.length)}\n`).update(readFileSync(file));
  } catch {
    hash.update('unresolved');
  }
  memo = `${ANALYZER_VERSION}-${hash.digest('hex').slice(0, 16)}`;
  return memo;
}

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...codeFiles(p));
    else if (/\.(js|ts|json)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
