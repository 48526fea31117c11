// pnpm golden [case...]: rewrites test/golden/<case>/expected.json of the language service
// from the current analysis (all cases when none is named). Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { goldenCases, goldenView } from '../packages/language-service/test/golden/golden-view.js';

const wanted = process.argv.slice(2);
const cases = goldenCases().filter((c) => wanted.length === 0 || wanted.includes(c.name));
if (cases.length === 0) {
  console.error(`no golden case named ${wanted.join(', ')}`);
  process.exitCode = 2;
}
for (const c of cases) {
  const file = join(c.dir, 'expected.json');
  writeFileSync(file, `${JSON.stringify(goldenView(c), null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), file)}`);
}
