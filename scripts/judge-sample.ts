// Draws diagnostics not yet judged and writes judging packets (test/judged/README.md).
//   node --conditions=source --import tsx scripts/judge-sample.ts [--out /tmp/judging] [--per-half 60]
//     [--coverage 100] [--per-packet 25] [--seed judged-12] [--rules a,b] [--runs SUBSTRING] [--dev-data DIR] [--no-cache] [--ignore-pending]
//     [--rejudge "helper-session"]
// Per rule and half: the first --per-half unjudged diagnostics of the seeded order, plus any of the
// rule's first --coverage diagnostics (both halves: eval-precision's coverage sample) not judged.
// Diagnostics already in a packet under --out are left out (they are out for judging) unless
// --ignore-pending; new batches are numbered after the existing ones.
// --rejudge JUDGE: every diagnostic still produced whose verdict came from JUDGE (the judge's name
// without its batch, e.g. "helper-session" for round 1) is judged again, whatever that verdict was,
// with the rule's docs page and message of today (for a rule reworked since); import the answers
// with judge-import --replace.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCacheDir, openDiskCache } from '@newslens/analysis-host';
import { makeRng } from '../test/helpers/fuzz-inputs.ts';
import { collectCurrent, devDataRuns } from './judged-corpus.ts';
import { DEFAULT_SEED, JUDGED_RULES, docsPageOf, hash16, identity, matchVerdicts, readJudged, seededOrder, type Half, type Judgeable } from './judged-lib.ts';
import { packetItems, readPackets, renderPacket, writePacket, type Packet } from './judge-packets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/judging' },
    'per-half': { type: 'string', default: '60' },
    coverage: { type: 'string', default: '100' },
    'per-packet': { type: 'string', default: '25' },
    seed: { type: 'string', default: DEFAULT_SEED },
    rules: { type: 'string' },
    runs: { type: 'string' },
    'dev-data': { type: 'string', default: process.env.NEWSLENS_DEV_DATA ?? join(ROOT, '../shared/dev-data') },
    'no-cache': { type: 'boolean', default: false },
    'ignore-pending': { type: 'boolean', default: false },
    rejudge: { type: 'string' },
  },
});
const devData = resolve(values['dev-data']);
const perHalf = Number(values['per-half']), coverage = Number(values.coverage), perPacket = Number(values['per-packet']);
const rules = values.rules ? values.rules.split(',') : [...JUDGED_RULES];
for (const r of rules) if (!JUDGED_RULES.includes(r)) throw new Error(`unknown rule ${r} (judged: ${JUDGED_RULES.join(', ')})`);
if (!existsSync(devData)) throw new Error(`no dev data at ${devData} (--dev-data or NEWSLENS_DEV_DATA)`);

const t0 = performance.now();
const cache = values['no-cache'] ? null : openDiskCache(defaultCacheDir());
const runs = devDataRuns(devData).filter((r) => !values.runs || r.name.includes(values.runs));
const { items, texts } = await collectCurrent(runs, {
  cache, workers: 'auto', onRun: (run, n) => process.stderr.write(`  ${run.name}: ${run.files.length} reports, ${n} diagnostics\n`),
});
process.stderr.write(`analysed in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);

const verdicts = matchVerdicts(items, readJudged(ROOT));
const judgeOf = (name: string) => name.replace(/ batch-\d+$/, '');
// the diagnostics judged again are, for sampling, not judged
const judged = new Map([...verdicts].filter(([, e]) => values.rejudge === undefined || judgeOf(e.judge) !== values.rejudge));
const rejudged = new Set([...verdicts.keys()].filter((c) => !judged.has(c)));
const keyId = (it: { file: string; key: Judgeable['key'] }) => identity({ file: it.file, key: it.key } as Parameters<typeof identity>[0]);

const rows: string[] = ['rule                | half | current | judged | pending | sampled', '--------------------|------|---------|--------|---------|--------'];
const written: string[] = [];
for (const rule of rules) {
  const dir = join(values.out, rule);
  const existing = readPackets(dir);
  const pending = new Set(values['ignore-pending'] ? [] : existing.flatMap((p) => p.items.map(keyId)));
  const all = seededOrder(items.filter((c) => c.code === rule), `${values.seed}|${rule}`);
  const open = (c: Judgeable) => !judged.has(c) && !pending.has(keyId(c));
  const chosen = new Set([...all.slice(0, coverage).filter(open), ...all.filter((c) => rejudged.has(c) && open(c))]);
  for (const half of ['A', 'B'] as Half[]) {
    const mine = all.filter((c) => c.half === half);
    for (const c of mine.filter(open).slice(0, perHalf)) chosen.add(c);
    const sampled = mine.filter((c) => chosen.has(c)).length;
    rows.push(`${rule.padEnd(20)}| ${half}    | ${String(mine.length).padStart(7)} | ${String(mine.filter((c) => judged.has(c)).length).padStart(6)} | ${String(mine.filter((c) => !judged.has(c) && pending.has(keyId(c))).length).padStart(7)} | ${String(sampled).padStart(7)}`);
  }
  // halves mixed in every packet (judges do not see which half an item is from), in a seeded order
  const rng = makeRng(parseInt(hash16(`${values.seed}|${rule}|shuffle`).slice(0, 8), 16));
  const picked = all.filter((c) => chosen.has(c));
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [picked[i], picked[j]] = [picked[j], picked[i]];
  }
  // without its measured precision: a judge reads what the rule promises, not how it scored
  const docsPage = readFileSync(join(ROOT, docsPageOf(rule)), 'utf8').replace(/^## Measured precision\n[\s\S]*?(?=^## )/m, '');
  let batch = existing.reduce((m, p) => Math.max(m, p.batch), 0);
  const packets = Math.ceil(picked.length / perPacket);
  for (let b = 0; b < packets; b++) {
    // even packet sizes: 61 items make 31 + 30, not 25 + 25 + 11
    const from = Math.round((b * picked.length) / packets), to = Math.round(((b + 1) * picked.length) / packets);
    const group = picked.slice(from, to);
    const p: Packet = { rule, batch: ++batch, seed: values.seed, items: packetItems(rule, batch, group, texts) };
    writePacket(dir, p, renderPacket(p, group, texts, docsPage, devData, join(dir, `batch-${batch}.verdicts.json`)));
    written.push(`${join(dir, `batch-${batch}`)}.{md,json}: ${group.length} items`);
  }
}
console.log(rows.join('\n'));
console.log(`\n${written.length} packet(s) written:`);
for (const w of written) console.log(`  ${w}`);
