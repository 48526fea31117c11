// The docs the CLI's users read stay in step with the code: the rule index lists every rule
// with its default severity, every file-level rule has its page, the version matches.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES, getRule } from '@newslens/language-service';
import { CLI_VERSION } from '../src/version.js';
import { ROOT } from './helpers/cli.js';

test('docs/rules/README.md lists every rule with its default severity and summary', () => {
  const index = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8');
  for (const r of RULES) {
    assert.ok(index.includes(`| [\`${r.code}\`](${r.code}.md) | ${r.defaultSeverity} | ${r.summary} |`), `${r.code} is missing or out of date in docs/rules/README.md`);
  }
  const listed = [...index.matchAll(/^\| \[`([a-z-]+)`\]/gm)].map((m) => m[1]);
  assert.deepEqual([...listed].sort(), RULES.map((r) => r.code).sort());
});

test('every rule has its page: what it means, an example, how to silence it', () => {
  for (const { code } of RULES) {
    const file = join(ROOT, 'docs/rules', `${code}.md`);
    assert.ok(existsSync(file), `docs/rules/${code}.md is missing`);
    const page = readFileSync(file, 'utf8');
    assert.ok(page.startsWith(`# ${code}\n`), `${code}.md does not start with its code as the title`);
    assert.ok(page.includes(`**Default severity:** ${getRule(code)?.defaultSeverity}`), `${code}.md does not give its default severity`);
    assert.match(page, /newslens-disable|`rules`|"rules"/, `${code}.md does not say how to silence it`);
    assert.match(page, /example/i, `${code}.md has no example`);
  }
});

test('CLI_VERSION is the version in packages/cli/package.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
  assert.equal(CLI_VERSION, pkg.version);
});

test('docs/json-format.md documents every property of the schema', () => {
  const doc = readFileSync(join(ROOT, 'docs/json-format.md'), 'utf8');
  const schema = JSON.parse(readFileSync(join(ROOT, 'docs/json-format.schema.json'), 'utf8')) as Record<string, unknown>;
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties') for (const name of Object.keys(v as object)) names.add(name);
        walk(v);
      }
    }
  };
  walk(schema);
  for (const name of names) assert.ok(doc.includes(`\`${name}\``) || doc.includes(`.${name}\``), `docs/json-format.md does not mention \`${name}\``);
});
