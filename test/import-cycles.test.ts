// No import cycles among the language service's sources, type imports included: a file that defines
// a shared type imports none of the files that use it (shared types live in files of their own,
// e.g. analysis/context.ts). A cycle fails the test with its files listed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { importsOf, sources } from './helpers/sources.ts';

const root = join(import.meta.dirname, '..');
const SRC = join(root, 'packages/language-service/src');

/** The source file a relative specifier names ('./x.js' -> x.ts, './dir' -> dir/index.ts); null outside the tree. */
function resolveSpecifier(from: string, spec: string, files: ReadonlySet<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(m|c)?js$/, '');
  for (const c of [base, `${stem}.ts`, `${stem}.mts`, `${stem}.cts`, join(base, 'index.ts')]) if (files.has(c)) return c;
  return null;
}

/** Strongly connected components of more than one file (or a file importing itself), each sorted. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

test('the import reader sees type-only, side-effect and dynamic imports', () => {
  const text = [
    "import type { A } from './a.js';",
    "import { type B, c } from './b.js';",
    "import * as d from './d.js';",
    "import './e.js';",
    "export * from './f.js';",
    "export type { G } from './g.js';",
    'import {',
    '  h,',
    '  i,',
    "} from './h.js';",
    "const j = await import('./j.js');",
    "// not an import: taken from 'k' and 'l'",
  ].join('\n');
  assert.deepEqual(importsOf(text), ['./a.js', './b.js', './d.js', './e.js', './f.js', './g.js', './h.js', './j.js']);
});

test('no import cycles among packages/language-service/src files (type imports included)', () => {
  assert.ok(existsSync(SRC), `missing ${relative(root, SRC)}`);
  const files = sources(SRC);
  assert.ok(files.length > 0, `no sources under ${relative(root, SRC)}`);
  const set = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps = importsOf(readFileSync(f, 'utf8')).map((s) => resolveSpecifier(f, s, set)).filter((d): d is string => d !== null);
    graph.set(f, [...new Set(deps)].sort());
  }
  const found = cycles(graph).map((scc) => scc.map((f) => relative(SRC, f)).join(' <-> '));
  assert.deepEqual(found, [], `import cycles:\n${found.join('\n')}`);
});
