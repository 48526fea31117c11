// Every rule file's cases (rules/<code>.ts), run by checkRule(); and what every rule file must have.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALL_RULES, analyzeReport, RULE_CODES } from '@newslens/language-service';
import { generatedFiles } from '../../../scripts/gen-lib.ts';
import { compareEvent } from '../src/compare/compare-event.ts';
import { nameVariant } from '../src/rules/name-variant.ts';
import { checkRule, flags } from './helpers/check-rule.ts';
import { parseMarkers } from './helpers/markers.ts';

const docs = (code: string) => new URL(`../../../docs/rules/${code}.md`, import.meta.url);

for (const rule of ALL_RULES) {
  describe(`rule ${rule.code}`, () => {
    for (const c of rule.cases) test(c.name, () => checkRule(rule, c));

    test('is one file with its docs page, and shows both what it flags and what it does not', () => {
      assert.ok(existsSync(new URL(`../src/rules/${rule.code}.ts`, import.meta.url)), `rules/${rule.code}.ts`);
      assert.ok(existsSync(docs(rule.code)), `docs/rules/${rule.code}.md`);
      assert.match(readFileSync(docs(rule.code), 'utf8'), new RegExp(`^# ${rule.code}\\n`));
      if (rule.origin === 'host') {
        assert.equal(rule.cases.length, 0, 'a rule only the hosts raise has no text case');
        return;
      }
      assert.ok(rule.cases.some(flags), 'a case it flags');
      assert.ok(rule.cases.some((c) => !flags(c)), 'a case it leaves alone');
      if (rule.scope === 'report') assert.equal(typeof rule.check, 'function', 'a report rule checks the analysis');
      if (rule.scope === 'event') assert.ok(rule.cases.every((c) => (c.texts?.length ?? 0) >= 2), 'an event rule\'s cases have two reports or more');
    });
  });
}

test('RULE_CODES lists every rule once, in ALL_RULES order', () => {
  assert.deepEqual([...RULE_CODES], ALL_RULES.map((r) => r.code));
});

test('every message names a report the same way: the decoded last segment of its URI (name-variant included)', () => {
  const [a, b] = nameVariant.cases[0].texts!.map((t) => parseMarkers(t).text);
  const ids = ['file:///news/report%20one.txt', 'file:///news/report%20two.txt'];
  const out = compareEvent(ids.map((id, i) => ({ id, analysis: analyzeReport([a, b][i]) })));
  const variants = (out.problems[ids[0]] ?? []).filter((p) => p.code === 'name-variant');
  assert.equal(variants.length, 1);
  assert.match(variants[0].message, / in report two\.txt$/);
});

test('pnpm gen: the generated files are current (run `pnpm gen` after adding or changing a rule)', async () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const files = await generatedFiles(root, {
    list: (dir) => readdirSync(dir),
    read: (path) => readFileSync(path, 'utf8'),
    load: (path) => import(pathToFileURL(path).href) as Promise<Record<string, unknown>>,
  });
  for (const f of files) assert.equal(readFileSync(join(root, f.path), 'utf8'), f.text, `${f.path} is stale: run pnpm gen`);
});
