// Golden tests: the whole analysis of each case under test/golden/<case>/ (input.txt or
// input.md) must equal its expected.json. After a deliberate change, review the diff and run
// `pnpm golden` to regenerate.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { goldenCases, goldenView } from './golden-view.js';

const cases = goldenCases();

test('there are golden cases, including both seeds', () => {
  const names = cases.map((c) => c.name);
  assert.ok(names.includes('seed-000') && names.includes('seed-002'), names.join(', '));
});

for (const c of cases) {
  test(`golden: ${c.name}`, () => {
    const file = join(c.dir, 'expected.json');
    assert.ok(existsSync(file), `${file} is missing: run pnpm golden`);
    const expected = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    assert.deepEqual(goldenView(c), expected, `the analysis of ${c.name} changed: review, then run pnpm golden`);
  });
}
