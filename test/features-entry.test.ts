// The threads that answer requests do not load the tagger (issue 17): the language service's
// `features` entry, analysis-host's `main-thread` entry and the language server's main thread
// (main.ts) reach no `compromise` import, statically or through import(), except through the
// fallbacks listed in LAZY_FALLBACKS, which load the analyser only when no worker thread can analyse
// or compare. A new edge to the tagger fails the test with the chain of files that leads to it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { relativeSource, runtimeImportsOf, workspaceSource } from './helpers/runtime-imports.ts';

const root = join(import.meta.dirname, '..');

/** import() calls that may load the tagger on the calling thread: each a fallback for when no worker can do the work. */
const LAZY_FALLBACKS = new Set([
  // the server analyses on its main thread only when the analysis host failed to load, or shut down
  'packages/server/src/load-service.ts -> @newslens/language-service',
  // analyzeMany with no worker to use (the CLI's small runs) and a pool whose workers all died
  'packages/analysis-host/src/analyser.ts -> @newslens/language-service',
  // the comparison thread's worker was lost: the comparison runs on the calling thread
  'packages/analysis-host/src/compare-thread.ts -> ./compare-engine.js',
]);

/** The chain of files from `entry` to a module that imports compromise, or null; `lazy` collects the fallbacks met. */
function pathToTagger(entry: string, lazy: Set<string>): string[] | null {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const found = runtimeImportsOf(readFileSync(file, 'utf8'), file);
    const specs = [...found.static.map((s) => ({ s, dynamic: false })), ...found.dynamic.map((s) => ({ s, dynamic: true }))];
    for (const { s, dynamic } of specs) {
      if (dynamic && LAZY_FALLBACKS.has(`${relative(root, file)} -> ${s}`)) {
        lazy.add(`${relative(root, file)} -> ${s}`);
        continue;
      }
      if (s === 'compromise' || s.startsWith('compromise/')) {
        const chain = [s];
        for (let f: string | null = file; f; f = parent.get(f) ?? null) chain.unshift(relative(root, f));
        return chain;
      }
      const target = s.startsWith('.') ? relativeSource(file, s) : workspaceSource(root, s);
      if (target === null || parent.has(target)) continue;
      assert.ok(existsSync(target), `${relative(root, file)} imports ${s}: ${relative(root, target)} does not exist`);
      parent.set(target, file);
      queue.push(target);
    }
  }
  return null;
}

test('the reader of runtime imports leaves out type-only imports and exports, and sees import()', () => {
  const text = [
    "import type { A } from './a.js';",
    "import { type B } from './b.js';",
    "import { type C, c } from './c.js';",
    "import './d.js';",
    "export type { E } from './e.js';",
    "export type * from './f.js';",
    "export { g } from './g.js';",
    "type H = typeof import('./h.js');",
    "const i = () => import('./i.js');",
  ].join('\n');
  assert.deepEqual(runtimeImportsOf(text), { static: ['./c.js', './d.js', './g.js'], dynamic: ['./i.js'] });
});

test('the language service root entry does load compromise (the check finds the tagger where it is)', () => {
  const chain = pathToTagger(join(root, 'packages/language-service/src/index.ts'), new Set());
  assert.ok(chain, 'no path from index.ts to compromise: the reader of imports is broken');
});

for (const entry of ['packages/language-service/src/features/index.ts', 'packages/analysis-host/src/main-thread.ts', 'packages/server/src/main.ts']) {
  test(`${entry} reaches no compromise import but through the listed fallbacks`, () => {
    const chain = pathToTagger(join(root, entry), new Set());
    assert.equal(chain, null, `${entry} loads the tagger: ${chain?.join(' -> ')}`);
  });
}

test("the server's main thread meets every listed fallback (none is stale)", () => {
  const lazy = new Set<string>();
  pathToTagger(join(root, 'packages/server/src/main.ts'), lazy);
  assert.deepEqual([...lazy].sort(), [...LAZY_FALLBACKS].sort());
});
