// The layering rules of ARCHITECTURE.md, checked on the source: the language service stays pure
// (no node:*, fs, LSP or vscode), dependencies point one way, named exports only, index.ts only
// re-exports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { importsOf, sources } from './helpers/sources.ts';

const root = join(import.meta.dirname, '..');

/** The sources of a package folder that must exist and hold sources: a checked folder that is gone fails the test. */
function packageSources(dir: string): string[] {
  const path = join(root, dir);
  assert.ok(existsSync(path), `${dir} does not exist: the checks on it would pass on nothing`);
  const files = sources(path);
  assert.ok(files.length > 0, `${dir} has no sources: the checks on it would pass on nothing`);
  return files;
}

const imports = (file: string): string[] => importsOf(readFileSync(file, 'utf8'));

test('the import reader finds side-effect, multi-line, type, re-export, dynamic and require imports, not comments or strings', () => {
  const snippet = [
    "import 'node:fs';",
    "import {",
    "  a, // the reader's own comment",
    "  b,",
    "} from 'multi-line';",
    "import x from 'x'; import y from 'y';",
    "import type { T } from './types.js';",
    "export * from './star.js';",
    "export {",
    "  z,",
    "} from './z.js';",
    "const later = async () => (await import('node:path')).join('a');",
    "function load() { return require('fs'); }",
    "// import c from 'in-a-comment';",
    "const s = \"import d from 'in-a-string'\";",
    "const u = import.meta.url;",
  ].join('\n');
  assert.deepEqual(importsOf(snippet).sort(), ['./star.js', './types.js', './z.js', 'fs', 'multi-line', 'node:fs', 'node:path', 'x', 'y']);
  assert.deepEqual(importsOf("const s = 'no imports here';"), []);
});

const FORBIDDEN_IN_SERVICE = [/^node:/, /^(fs|path|os|child_process|worker_threads|net|http|https|url)(\/|$)/, /^vscode/, /^@newslens\/(server|cli|analysis-host)/];

test('the language service imports no node:*, fs, LSP, vscode or other packages of ours', () => {
  const bad: string[] = [];
  for (const f of packageSources('packages/language-service/src')) {
    for (const spec of imports(f)) {
      if (FORBIDDEN_IN_SERVICE.some((re) => re.test(spec))) bad.push(`${relative(root, f)} imports ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('dependencies point one way: cli and server do not import each other; nothing imports vscode but the client', () => {
  const bad: string[] = [];
  const rules: Array<[string, RegExp]> = [
    ['packages/cli/src', /^(@newslens\/server|vscode-languageserver|vscode$)/],
    ['packages/server/src', /^(@newslens\/cli|vscode$)/],
    // language-service <- analysis-host <- {cli, server}
    ['packages/analysis-host/src', /^(@newslens\/(cli|server)|vscode-languageserver|vscode$)/],
  ];
  for (const [dir, re] of rules) {
    for (const f of packageSources(dir)) for (const spec of imports(f)) if (re.test(spec)) bad.push(`${relative(root, f)} imports ${spec}`);
  }
  assert.deepEqual(bad, []);
});

test('named exports only, and index.ts files only re-export', () => {
  const bad: string[] = [];
  for (const pkg of ['language-service', 'analysis-host', 'cli', 'server', 'vscode']) {
    for (const f of packageSources(`packages/${pkg}/src`)) {
      const text = readFileSync(f, 'utf8');
      if (/^\s*export\s+default\b/m.test(text)) bad.push(`${relative(root, f)} has a default export`);
      if (f.endsWith('/index.ts')) {
        const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
        const statements = code.split(/;\s*\n|\n(?=\s*export)/).map((s) => s.trim()).filter(Boolean);
        for (const s of statements) if (!/^export\s+(type\s+)?(\*|\{)[\s\S]*from\s+['"]/.test(s)) bad.push(`${relative(root, f)}: not a re-export: ${s.slice(0, 60)}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});
