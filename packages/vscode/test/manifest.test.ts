// The extension manifest (packages/vscode/package.json) against the language service: every rule code has a
// setting in the Settings UI with the rule's own default, the other settings match the config defaults, and the
// pins and declarations VS Code 1.100 and vsce rely on are in place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG, RULES } from '@newslens/language-service';

const dir = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const props: Record<string, { default?: unknown; enum?: string[]; type?: string }> = pkg.contributes.configuration.properties;

test('every rule code is a setting newslens.rules.<code> with the rule\'s default and the five severities', () => {
  const declared = Object.keys(props).filter((k) => k.startsWith('newslens.rules.')).map((k) => k.slice('newslens.rules.'.length)).sort();
  assert.deepEqual(declared, RULES.map((r) => r.code).sort());
  for (const r of RULES) {
    const p = props[`newslens.rules.${r.code}`];
    assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off'], r.code);
    assert.equal(p.default, r.defaultSeverity, r.code);
  }
});

test('include, exclude, maxFileSize, ignorePhrases and trace.server are declared with the config\'s defaults', () => {
  assert.deepEqual(props['newslens.include'].default, DEFAULT_CONFIG.include);
  assert.deepEqual(props['newslens.exclude'].default, DEFAULT_CONFIG.exclude);
  assert.equal(props['newslens.maxFileSize'].default, DEFAULT_CONFIG.maxFileSize);
  assert.deepEqual(props['newslens.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(props['newslens.inlayHints.dates'].default, false);
  assert.deepEqual(props['newslens.ignorePhrases'].default, DEFAULT_CONFIG.ignorePhrases);
  for (const key of Object.keys(DEFAULT_CONFIG)) if (key !== 'rules') assert.ok(props[`newslens.${key}`], `newslens.${key} is not declared`);
  for (const [key, p] of Object.entries(props) as [string, { default?: unknown; description?: string; markdownDescription?: string }][]) {
    assert.ok('default' in p, `${key} has no default`);
    assert.ok(p.description || p.markdownDescription, `${key} has no description`);
  }
});

test('activation, commands, capabilities and the pins VS Code 1.100 and vsce need', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:plaintext', 'onLanguage:markdown']);
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(pkg.engines.vscode, '^1.100.0');
  assert.match(pkg.devDependencies['@types/vscode'], /^1\.100\.\d+$/);
  assert.match(pkg.dependencies['vscode-languageclient'], /^9\.\d+\.\d+$/);
  assert.equal(pkg.devDependencies['@vscode/vsce'], '3.9.2');
  assert.equal(pkg.devDependencies['@vscode/test-electron'], '2.5.2');
  assert.ok(pkg.contributes.commands.some((c: { command: string; title: string; category: string }) => c.command === 'newslens.restartServer' && `${c.category}: ${c.title}` === 'newslens: Restart Server'));
  assert.ok(pkg.contributes.commands.some((c: { command: string; title: string; category: string }) => c.command === 'newslens.cleanCache' && `${c.category}: ${c.title}` === 'newslens: Clean Analysis Cache'));
  assert.equal(typeof pkg.capabilities.untrustedWorkspaces.supported, 'boolean');
  assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
  const ignore = readFileSync(join(dir, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(ignore.filter((l) => l.startsWith('!')).sort(), ['!LICENSE', '!README.md', '!dist/analysis-worker.js', '!dist/extension.js', '!dist/server.js', '!package.json']);
});
