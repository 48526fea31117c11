// pnpm gen: the files derived from the rule files (packages/language-service/src/rules/<code>.ts).
//   rules/codes.ts, rules/all.ts      the rule list the service reads at run time
//   docs/rules/README.md              the index tables (between the generated markers)
//   packages/vscode/package.json      a newslens.rules.<code> setting per rule
// `pnpm gen --check` writes nothing and exits 1 when a file is stale (test/generated.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatedFiles } from './gen-lib.ts';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const files = await generatedFiles(root, {
  list: (dir) => readdirSync(dir),
  read: (path) => readFileSync(path, 'utf8'),
  load: (path) => import(pathToFileURL(path).href) as Promise<Record<string, unknown>>,
});
const stale = files.filter((f) => readFileSync(join(root, f.path), 'utf8') !== f.text);
if (check) {
  for (const f of stale) console.error(`stale: ${f.path} (run pnpm gen)`);
  process.exitCode = stale.length ? 1 : 0;
} else {
  for (const f of stale) {
    writeFileSync(join(root, f.path), f.text);
    console.log(`wrote ${f.path}`);
  }
  if (stale.length === 0) console.log('all generated files are current');
}
