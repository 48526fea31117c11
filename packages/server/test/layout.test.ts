// The server's layout rules: convert.ts is the one module that turns offsets into LSP positions
// and ranges; main.ts exports nothing; nothing imports the CLI.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers/client.js';

const SRC = join(ROOT, 'packages/server/src');
const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
const source = (f: string) => readFileSync(join(SRC, f), 'utf8');

test('only convert.ts converts offsets to LSP positions', () => {
  for (const f of files) {
    if (f === 'convert.ts') continue;
    assert.doesNotMatch(source(f), /\.(positionAt|offsetAt)\(/, `${f} converts positions itself`);
  }
});

test('main.ts exports nothing; no import of the CLI; the service is imported only for types, or lazily', () => {
  assert.doesNotMatch(source('main.ts'), /^export /m);
  for (const f of files) {
    assert.doesNotMatch(source(f), /@newslens\/cli/, f);
    for (const m of source(f).matchAll(/^import (?!type )[^;]*from '@newslens\/language-service'/gm)) assert.fail(`${f}: ${m[0]} (would load compromise before initialize)`);
  }
});
