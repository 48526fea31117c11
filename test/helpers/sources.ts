// The source files of a folder and the modules a source names, for the tests that check the code's
// shape (architecture.test.ts, import-cycles.test.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every .ts/.mts/.cts file below `dir` (no .d.ts), in name order. */
export function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module a source names: imports (type-only and side-effect ones too, lists over several lines),
 *  export ... from, import() and require(), read by TypeScript's scanner (so not from comments or strings). */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}
