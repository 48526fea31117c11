// pnpm eval [name...]: precision / recall / F1 of the extractors on ../shared/dev-data.
// Each evaluation lives in scripts/eval-<name>.ts and exports `run(devData: string): Promise<void>`.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const devData = resolve(process.env.NEWSLENS_DEV_DATA ?? join(here, '../../shared/dev-data'));
const wanted = process.argv.slice(2);

if (!existsSync(devData)) {
  console.log(`eval skipped: no dev data at ${devData} (set NEWSLENS_DEV_DATA to its folder)`);
} else {
  const names = readdirSync(here)
    .filter((f) => /^eval-[a-z-]+\.ts$/.test(f))
    .map((f) => f.slice(5, -3))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();
  for (const name of names) {
    console.log(`\n== ${name} ==`);
    const mod = (await import(pathToFileURL(join(here, `eval-${name}.ts`)).href)) as { run(devData: string): Promise<void> };
    await mod.run(devData);
  }
}
