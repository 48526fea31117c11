// pnpm bench [name...]: one table of figures, each against a baseline measured in the same run
// (absolute times drift on shared machines). Not a test: nothing here fails the build.
// Each benchmark lives in scripts/bench-<name>.ts and exports `run(ctx): Promise<BenchRow[]>`.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchContext, BenchRow } from './bench-lib.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ctx: BenchContext = {
  root: resolve(here, '..'),
  devData: resolve(process.env.NEWSLENS_DEV_DATA ?? join(here, '../../shared/dev-data')),
  quick: process.argv.includes('--quick'),
};
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const names = readdirSync(here)
  .filter((f) => /^bench-[a-z0-9-]+\.ts$/.test(f) && f !== 'bench-lib.ts')
  .map((f) => f.slice(6, -3))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();

const rows: BenchRow[] = [];
for (const name of names) {
  process.stderr.write(`bench ${name}...\n`);
  const mod = (await import(pathToFileURL(join(here, `bench-${name}.ts`)).href)) as { run(c: BenchContext): Promise<BenchRow[]> };
  try {
    rows.push(...(await mod.run(ctx)));
  } catch (e) {
    rows.push({ group: name, figure: 'failed', value: String((e as Error).message), target: '', ok: false });
  }
}
printTable(rows);

function printTable(rs: BenchRow[]): void {
  const head = ['group', 'figure', 'value', 'target', 'met'];
  const cells = rs.map((r) => [r.group, r.figure, r.value, r.target, r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
