// The long fuzz of issue 6 (`pnpm fuzz`): seeded hostile inputs through the analysis (analyzeReport,
// doValidation, compareReports, hover and definition), a share of them through the CLI bin and
// through the server over stdio. Prints inputs tried, crashes and time; exit 1 on any crash.
//   pnpm fuzz                                 10,000 inputs (CLI 500, server 200 of them)
//   pnpm fuzz --n 2000 --seed 7 --cli 0 --server 50
// A crash is a throw, an internal extractor error, a span outside its text or splitting a
// surrogate pair, or two different outputs for one input. Crashing inputs are saved to
// $TMPDIR/newslens-fuzz-crashes/ to replay.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeReport, compareReports, createLanguageService, doHover, findDefinition, internalErrorLine, type FeatureContext, type ReportAnalysis } from '@newslens/language-service';
import { cli, ensureBuilt } from '../packages/cli/test/helpers/cli.ts';
import { startClient } from '../packages/server/test/helpers/client.ts';
import { positionAt } from '../packages/server/test/helpers/positions.ts';
import { badSpans, baseReports, devDataReports, generateInput, makeRng } from '../test/helpers/fuzz-inputs.ts';
import { asCliReads, badCliSpans } from '../test/reliability/helpers/cli-output.ts';
import { badRange } from '../test/reliability/helpers/lsp-ranges.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { n: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20240319' }, cli: { type: 'string', default: '500' }, server: { type: 'string', default: '200' } },
});
const N = Number(values.n);
const SEED = Number(values.seed);
const CLI_N = Math.min(N, Number(values.cli));
const SERVER_N = Math.min(N, Number(values.server));
const crashDir = join(tmpdir(), 'newslens-fuzz-crashes');

interface Crash { index: number; kind: string; where: string; error: string }
const crashes: Crash[] = [];
const crash = (index: number, kind: string, text: string, where: string, error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  crashes.push({ index, kind, where, error: message.split('\n').slice(0, 4).join(' | ') });
  mkdirSync(crashDir, { recursive: true });
  writeFileSync(join(crashDir, `seed${SEED}-input${index}-${kind}.txt`), text);
};

const rng = makeRng(SEED);
const bases = [...baseReports(), ...devDataReports(60)];
const inputs = (function* () {
  for (let i = 0; i < N; i++) yield { index: i, ...generateInput(rng, bases, i) };
})();
const service = createLanguageService();
const started = performance.now();
const kinds = new Map<string, number>();
let slowest = { ms: 0, index: -1, kind: '', length: 0 };
const forCli: Array<{ index: number; kind: string; text: string }> = [];
const forServer: Array<{ index: number; kind: string; text: string }> = [];
let batch: Array<{ id: string; index: number; kind: string; text: string; analysis: ReportAnalysis }> = [];

function compareBatch(): void {
  try {
    const internal: string[] = [];
    const comparison = compareReports(batch, { onInternalError: (e, where) => internal.push(internalErrorLine(e, where)) });
    if (internal.length) throw new Error(`comparison: ${internal[0]}`);
    const bad = badSpans(batch, comparison);
    if (bad.length) throw new Error(`comparison: ${bad[0]}`);
    const byId = new Map(batch.map((r) => [r.id, r.analysis]));
    for (const r of batch) {
      const ctx: FeatureContext = { reportId: r.id, comparison, getReport: (id) => byId.get(id) };
      const d = service.doValidation(r.analysis, undefined, comparison.problems[r.id] ?? []);
      const spans: unknown[] = [d];
      for (let at = 0; at <= r.text.length; at += Math.max(1, Math.floor(r.text.length / 5))) {
        const h = doHover(r.analysis, at, ctx);
        spans.push(h ? [h.span] : [], findDefinition(r.analysis, at, ctx).map((l) => [l.origin, l.target]));
      }
      const badVerb = badSpans(batch, { problems: { [r.id]: spans } });
      if (badVerb.length) crash(r.index, r.kind, r.text, 'features', badVerb[0]);
    }
  } catch (e) {
    crash(batch[0].index, batch[0].kind, batch.map((b) => b.text).join('\n\n=====\n\n'), 'compareReports', e);
  }
  batch = [];
}

for (const { index, kind, text } of inputs) {
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const t0 = performance.now();
  try {
    const errors: unknown[] = [];
    const a = analyzeReport(text, { onInternalError: (e) => errors.push(e) });
    if (errors.length) crash(index, kind, text, 'extractor', errors[0]);
    const d = service.doValidation(a);
    const bad = badSpans([{ id: 'r', analysis: a }], { problems: { r: d } });
    if (bad.length) crash(index, kind, text, 'spans', bad[0]);
    if (index % 10 === 5 && JSON.stringify(analyzeReport(text)) !== JSON.stringify(a)) crash(index, kind, text, 'determinism', 'same input, different output');
    if (kind !== 'long-line') batch.push({ id: `r${index}`, index, kind, text, analysis: a });
    if (batch.length === 25) compareBatch();
  } catch (e) {
    crash(index, kind, text, 'analyzeReport', e);
  }
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { ms, index, kind, length: text.length };
  if (index < CLI_N) forCli.push({ index, kind, text });
  if (index < SERVER_N) forServer.push({ index, kind, text });
  if ((index + 1) % 500 === 0) process.stderr.write(`  ${index + 1}/${N} inputs, ${crashes.length} crashes, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
if (batch.length) compareBatch();
const analysisSeconds = (performance.now() - started) / 1000;

// The CLI: batches of 250 files, analysed by the real bin.
const cliStarted = performance.now();
if (forCli.length) {
  ensureBuilt();
  for (let from = 0; from < forCli.length; from += 250) {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-fuzz-'));
    const part = forCli.slice(from, from + 250);
    const texts = new Map<string, string>();
    for (const x of part) {
      const name = `i${x.index}.txt`;
      writeFileSync(join(dir, name), x.text);
      texts.set(name, asCliReads(x.text));
    }
    const r = cli(['analyze', '.'], { cwd: dir });
    try {
      if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr.slice(0, 500)}`);
      const bad = badCliSpans(JSON.parse(r.stdout), texts);
      if (bad.length) throw new Error(bad[0]);
    } catch (e) {
      crash(part[0].index, 'cli-batch', part.map((x) => x.text).join('\n\n=====\n\n'), 'cli', e);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
const cliSeconds = (performance.now() - cliStarted) / 1000;

// The server: documents opened 20 at a time; diagnostics and hovers checked, then closed.
const serverStarted = performance.now();
if (forServer.length) {
  const { client: c } = await startClient({ files: {} });
  try {
    for (let from = 0; from < forServer.length; from += 20) {
      const part = forServer.slice(from, from + 20);
      for (const x of part) c.open(`i${x.index}.txt`, x.text, 1);
      for (const x of part) {
        const uri = c.uri(`i${x.index}.txt`);
        try {
          const p = await c.until(() => c.last(uri)?.version === 1 && c.last(uri), 60_000, `diagnostics of input ${x.index}`);
          for (const d of p.diagnostics) {
            const bad = badRange(x.text, d.range);
            if (bad) throw new Error(`${d.code}: ${bad}`);
          }
          for (let at = 0; at <= x.text.length; at += Math.max(1, Math.floor(x.text.length / 4))) {
            const h = await c.request<{ range?: Parameters<typeof badRange>[1] } | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(x.text, at) });
            const bad = h?.range ? badRange(x.text, h.range) : null;
            if (bad) throw new Error(`hover: ${bad}`);
          }
        } catch (e) {
          crash(x.index, x.kind, x.text, 'server', e);
        }
      }
      for (const x of part) c.notify('textDocument/didClose', { textDocument: { uri: c.uri(`i${x.index}.txt`) } });
      if (c.child.exitCode !== null) {
        crash(part[0].index, 'server', '', 'server', `the server exited with ${c.child.exitCode}`);
        break;
      }
    }
  } finally {
    await c.close();
  }
}
const serverSeconds = (performance.now() - serverStarted) / 1000;

const total = (performance.now() - started) / 1000;
console.log(`newslens fuzz, seed ${SEED}`);
console.log(`  inputs tried: ${N} through the analysis (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ${forCli.length} through the CLI, ${forServer.length} through the server`);
console.log(`  real reports mutated from: ${bases.length} (${bases.length - baseReports().length} from the dev data)`);
console.log(`  time: ${total.toFixed(0)} s (analysis ${analysisSeconds.toFixed(0)} s, CLI ${cliSeconds.toFixed(0)} s, server ${serverSeconds.toFixed(0)} s); slowest input ${slowest.index} (${slowest.kind}, ${slowest.length} chars) ${slowest.ms.toFixed(0)} ms`);
console.log(`  crashes: ${crashes.length}${crashes.length ? ` (inputs saved in ${crashDir})` : ''}`);
for (const c of crashes.slice(0, 20)) console.log(`    input ${c.index} (${c.kind}) in ${c.where}: ${c.error}`);
process.exitCode = crashes.length ? 1 : 0;
