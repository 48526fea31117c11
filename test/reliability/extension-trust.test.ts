// Safety (issue 6): the extension's untrusted and virtual workspace declarations are true.
// Untrusted support is only honest when nothing a workspace controls (its settings, newslens.json,
// its reports) can choose a program, a path to run or a network address; virtual support is
// declared false, which is honest when the client only hands the server `file:` and `untitled:`
// documents and the server reads the workspace from the local disk.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG, parseConfig } from '@newslens/language-service';
import { ROOT } from './helpers/built.ts';

interface Manifest {
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[]; description?: string };
    virtualWorkspaces: { supported: boolean | 'limited'; description?: string };
  };
  contributes: { configuration: { properties: Record<string, { type?: string | string[]; scope?: string }> } };
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/vscode/package.json'), 'utf8')) as Manifest;
const source = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')).join('\n');
const RISKY = /path|command|executable|exe|args|argv|env|shell|program|server\.(module|path)|url|host|port|proxy/i;

test('untrusted workspaces: supported only while no setting or newslens.json key can name a program, a path to run or an address', () => {
  const { untrustedWorkspaces } = pkg.capabilities;
  const restricted = new Set(untrustedWorkspaces.restrictedConfigurations ?? []);
  const risky = Object.keys(pkg.contributes.configuration.properties).filter((k) => RISKY.test(k.replace(/^newslens\./, '')) && !restricted.has(k));
  if (untrustedWorkspaces.supported === true) {
    assert.deepEqual(risky, [], 'a setting that could run or reach something needs "limited" support and restrictedConfigurations');
  } else {
    assert.ok(untrustedWorkspaces.description, 'limited or no support says why');
  }
  // newslens.json, which a workspace carries, has no such key either, and unknown keys are refused.
  assert.deepEqual(Object.keys(DEFAULT_CONFIG).filter((k) => RISKY.test(k)), []);
  const parsed = parseConfig(JSON.stringify({ serverPath: '/bin/sh', command: 'rm -rf ~', include: ['**/*.txt'] }));
  assert.ok(parsed.errors.length >= 1, JSON.stringify(parsed));
  assert.equal(JSON.stringify(parsed.config).includes('/bin/sh'), false);
});

test('the client starts only its own bundled server: no configured program, no shell, no child process of its own', () => {
  const client = source('packages/vscode/src');
  assert.match(client, /asAbsolutePath\('dist\/server\.js'\)/);
  assert.doesNotMatch(client, /child_process|\bspawn\(|\bexec(File)?(Sync)?\(|shell:\s*true/);
  assert.doesNotMatch(client, /getConfiguration\([^)]*\)\.get[^(]*\(\s*['"][^'"]*(path|command|executable)/i);
  // Hover Markdown from the server is never trusted to run commands or carry HTML.
  assert.doesNotMatch(client, /isTrusted\s*:\s*true|supportHtml\s*:\s*true/);
});

test('virtual workspaces: declared unsupported, and the client indeed asks only for file: and untitled: documents', () => {
  const { virtualWorkspaces } = pkg.capabilities;
  assert.equal(virtualWorkspaces.supported, false);
  assert.ok(virtualWorkspaces.description && virtualWorkspaces.description.length > 10, 'says why');
  const schemes = [...source('packages/vscode/src').matchAll(/scheme:\s*'([a-z-]+)'/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(schemes)].sort(), ['file', 'untitled']);
  // The server does read the folders from the local disk (what makes virtual support untrue).
  assert.match(source('packages/server/src'), /from 'node:fs\/promises'/);
});
