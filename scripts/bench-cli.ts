// The CLI end to end on the generated corpora (scripts/make-corpus.ts): `newslens check <n reports>
// --format json --cache <dir>` cold (empty cache: every report analysed, compared, cache written),
// warm (the same reports: analyses and comparison read back), warm as text, and warm after one
// report was edited (that report analysed, the grouping redone, its event aligned again), each with
// its wall time and peak RSS (/usr/bin/time -v), warm figures as a share of the cold run. The runs
// use the built bin (`pnpm bench` builds first) on a copy of the corpus in a temporary folder.
// `--quick`: 1,000 reports only.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fmt, type BenchContext, type BenchRow } from './bench-lib.ts';
import { corpusFiles, makeCorpus } from './make-corpus.ts';

const TIME = '/usr/bin/time';

interface CliRun { ms: number; rssMb: number | null; code: number | null; stdout: string }

function runCli(bin: string, args: string[], cwd: string): CliRun {
  const timed = existsSync(TIME);
  const cmd = timed ? TIME : process.execPath;
  const argv = timed ? ['-v', process.execPath, bin, ...args] : [bin, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  if (r.status === 2 || r.error) throw new Error(`newslens ${args.join(' ')}: ${r.error?.message ?? r.stderr.slice(-500)}`);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null, code: r.status, stdout: r.stdout };
}

interface SizeResult { n: number; cold: CliRun; warm: CliRun; warmText: CliRun; edited: CliRun; same: boolean }

function measure(ctx: BenchContext, n: number): SizeResult {
  const source = makeCorpus(ctx.devData, n);
  const work = mkdtempSync(join(tmpdir(), 'newslens-bench-cli-'));
  try {
    const reports = join(work, 'reports');
    cpSync(source, reports, { recursive: true });
    const bin = join(ctx.root, 'packages/cli/bin/newslens.js');
    const json = ['check', 'reports', '--format', 'json', '--cache', 'cache'];
    process.stderr.write(`bench cli: ${n} reports, cold...\n`);
    const cold = runCli(bin, json, work);
    const warm = runCli(bin, json, work);
    const warmText = runCli(bin, ['check', 'reports', '--cache', 'cache'], work);
    // one report of the middle edited: a word changed (its analysis, the grouping and its event redone)
    const files = corpusFiles(reports);
    const target = files[Math.floor(files.length / 2)];
    const text = readFileSync(target, 'utf8');
    const edited = text.replace(/\b([a-z])([a-z]{4,})\b/, (_, a: string, b: string) => `${a === 'z' ? 'y' : 'z'}${b}`);
    if (edited === text) throw new Error(`no word to edit in ${relative(work, target)}`);
    writeFileSync(target, edited);
    const afterEdit = runCli(bin, json, work);
    const same = warm.stdout === cold.stdout;
    for (const r of [cold, warm, warmText, afterEdit]) r.stdout = '';
    return { n, cold, warm, warmText, edited: afterEdit, same };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const sizes = ctx.quick ? [1000] : [1000, 10000];
  const g = 'cli';
  const rows: BenchRow[] = [];
  const results = sizes.map((n) => measure(ctx, n));
  const mb = (r: CliRun) => (r.rssMb === null ? 'n/a' : `${fmt(r.rssMb, 0)} MB`);
  for (const r of results) {
    const label = `${r.n.toLocaleString('en')} reports`;
    const big = r.n >= 10000;
    const share = (x: CliRun) => x.ms / r.cold.ms;
    const rssOk = (x: CliRun) => (big && x.rssMb !== null ? x.rssMb <= 1536 : undefined);
    rows.push(
      { group: g, figure: `${label}: check --format json, cold (cache written)`, value: `${fmt(r.cold.ms / 1000, 1)} s, peak RSS ${mb(r.cold)}`, target: big ? 'RSS <= 1536 MB' : '', ok: rssOk(r.cold) },
      { group: g, figure: `${label}: warm / cold (same output: ${r.same ? 'yes' : 'NO'})`, value: `${fmt(100 * share(r.warm), 1)}% (${fmt(r.warm.ms / 1000, 1)} s, peak RSS ${mb(r.warm)})`, target: '<= 10%', ok: share(r.warm) <= 0.1 && r.same },
      { group: g, figure: `${label}: warm, text output / cold`, value: `${fmt(100 * share(r.warmText), 1)}% (${fmt(r.warmText.ms / 1000, 1)} s, peak RSS ${mb(r.warmText)})`, target: '<= 10%', ok: share(r.warmText) <= 0.1 },
      { group: g, figure: `${label}: one report edited, then warm / cold`, value: `${fmt(100 * share(r.edited), 1)}% (${fmt(r.edited.ms / 1000, 1)} s, peak RSS ${mb(r.edited)})`, target: '', ok: undefined },
      { group: g, figure: `${label}: peak RSS, largest of the runs`, value: mb([r.cold, r.warm, r.warmText, r.edited].reduce((a, b) => ((b.rssMb ?? 0) > (a.rssMb ?? 0) ? b : a))), target: big ? '<= 1536 MB' : '',
        ok: big ? [r.cold, r.warm, r.warmText, r.edited].every((x) => x.rssMb === null || x.rssMb <= 1536) : undefined },
    );
  }
  if (results.length === 2) {
    const [a, b] = results;
    rows.push({ group: g, figure: `cold ${b.n}/${a.n}: time, peak RSS`, value: `${fmt(b.cold.ms / a.cold.ms, 1)}x, ${a.cold.rssMb && b.cold.rssMb ? fmt(b.cold.rssMb / a.cold.rssMb, 1) : 'n/a'}x`, target: `~${fmt(b.n / a.n, 0)}x` });
  }
  return rows;
}
