// The layering rules of DEVELOPERS.md, checked on the source: the language service stays pure
// (no node:*, fs, LSP or vscode), dependencies point one way, named exports only, index.ts only
// re-exports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) specs.push(m[1]);
  for (const m of text.matchAll(/(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

const FORBIDDEN_IN_SERVICE = [/^node:/, /^(fs|path|os|child_process|worker_threads|net|http|https|url)(\/|$)/, /^vscode/, /^@newslens\/(server|cli|analysis-host)/];

test('the language service imports no node:*, fs, LSP, vscode or other packages of ours', () => {
  const bad: string[] = [];
  for (const f of sources(join(root, 'packages/language-service/src'))) {
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
    let files: string[] = [];
    try { files = sources(join(root, dir)); } catch { continue; }
    for (const f of files) for (const spec of imports(f)) if (re.test(spec)) bad.push(`${relative(root, f)} imports ${spec}`);
  }
  assert.deepEqual(bad, []);
});

test('named exports only, and index.ts files only re-export', () => {
  const bad: string[] = [];
  for (const pkg of ['language-service', 'analysis-host', 'cli', 'server', 'vscode']) {
    let files: string[] = [];
    try { files = sources(join(root, 'packages', pkg, 'src')); } catch { continue; }
    for (const f of files) {
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
