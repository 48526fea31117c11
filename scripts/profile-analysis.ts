// Where the whole analysis spends its CPU, step by step: profiles analyzeReport over the texts of
// `pnpm bench analysis` (after one warm-up pass) with V8's sampling profiler and gives each sample
// to the step of the pipeline it ran in: the function analyzeReport or the paragraphs' analysis
// called (parseTexts is the tagging), and one level below it. compromise's bare parse runs in turn
// as the baseline; the collector's samples go to the one that ran last. Not a test, nor a bench (the
// sampling costs time): a tool to find what to make cheaper.
//   pnpm build && node --import tsx scripts/profile-analysis.ts [rounds] [--self]
// runs the built code (tsc's output: line numbers; tsx's adds a __name call per closure made);
// --self adds the functions with the most self time.
import { Session, type Profiler } from 'node:inspector';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyzeReport } from '@newslens/language-service';
import { newsTexts } from './bench-lib.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const ctx = { root, devData: resolve(process.env.NEWSLENS_DEV_DATA ?? join(here, '../../shared/dev-data')), quick: false };
const texts = newsTexts(ctx, 250_000);
const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
/** The pipeline's own functions: a sample's step is the frame one of these called (parseTexts is the tagging). */
const PIPELINE = new Set(['analyzeReport', 'paragraphResults', 'safeParse', 'safeAnalyze', 'analyzeParagraph', 'analyzeParsedParagraph']);

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) => new Promise<T>((ok, fail) => {
  session.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res as T)));
});

// named, so that the profile tells the two apart; in turn, as the bench runs them
function bareParse(): void { for (const t of texts) nlp(t); }
function wholeAnalysis(): void { for (const t of texts) analyzeReport(t); }
bareParse();
wholeAnalysis();
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 1000 });
await post('Profiler.start');
for (let r = 0; r < rounds; r++) for (const f of r % 2 ? [wholeAnalysis, bareParse] : [bareParse, wholeAnalysis]) f();
const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
session.disconnect();

const label = (n: Profiler.ProfileNode) => {
  const f = n.callFrame;
  const where = f.url.startsWith('file://') ? relative(root, fileURLToPath(f.url)).replace(/^packages\/language-service\/(src|dist)\//, '').replace(/^node_modules\/.*compromise\//, 'compromise/') : f.url;
  return `${f.functionName || '(anonymous)'}${where ? ` ${where}:${f.lineNumber + 1}` : ''}`;
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const steps = new Map<string, number>();
const subSteps = new Map<string, Map<string, number>>();
const self = new Map<string, number>();
let total = 0;
let inAnalysis = 0;
let inBare = 0;
let inWhole = 0;
let phase: 'bare' | 'whole' = 'bare';
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
profile.samples!.forEach((id, i) => {
  const dt = profile.timeDeltas![i] / 1000;
  total += dt;
  const chain: Profiler.ProfileNode[] = [];
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) chain.push(byId.get(n)!);
  // a sample with neither function on its stack (the collector, the profiler) goes to the one that ran last
  if (chain.some((n) => n.callFrame.functionName === 'bareParse')) phase = 'bare';
  else if (chain.some((n) => n.callFrame.functionName === 'wholeAnalysis')) phase = 'whole';
  if (phase === 'bare') { inBare += dt; return; }
  inWhole += dt;
  add(self, label(chain[0]), dt);
  // the innermost pipeline frame, and the two frames it called
  const k = chain.findIndex((n) => PIPELINE.has(n.callFrame.functionName) || (n.callFrame.functionName === '' && /analysis\/(report|paragraphs)\.[jt]s$/.test(n.callFrame.url)));
  if (k < 0) { add(steps, `(outside the analysis) ${chain[0].callFrame.functionName}`, dt); return; }
  inAnalysis += dt;
  const step = k === 0 ? '(the pipeline itself)' : label(chain[k - 1]);
  add(steps, step, dt);
  const sub = k <= 1 ? '(self)' : label(chain[k - 2]);
  if (!subSteps.has(step)) subSteps.set(step, new Map());
  add(subSteps.get(step)!, sub, dt);
});

const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)}%`;
console.log(`${texts.length} texts, ${rounds} rounds: ${total.toFixed(0)} ms sampled; bare parse ${inBare.toFixed(0)} ms, the analysis ${inAnalysis.toFixed(0)} ms (${(inAnalysis / inBare).toFixed(2)}x; with the collector and the rest of its rounds ${inWhole.toFixed(0)} ms, ${(inWhole / inBare).toFixed(2)}x)`);
const tagging = [...steps].filter(([s]) => /^parseTexts? /.test(s)).reduce((n, [, ms]) => n + ms, 0);
console.log(`tagging (parseTexts) ${(tagging / inBare).toFixed(2)}x the bare parse; the rest of the analysis ${((inAnalysis - tagging) / inBare).toFixed(2)}x`);
console.log('\n| step | ms | share of the analysis |\n| --- | --- | --- |');
for (const [s, ms] of [...steps].sort((a, b) => b[1] - a[1])) {
  if (ms / total < 0.002) continue;
  console.log(`| ${s} | ${ms.toFixed(0)} | ${pct(ms, inAnalysis)} |`);
  for (const [sub, m] of [...subSteps.get(s) ?? []].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
    if (m / ms >= 0.05 && sub !== '(self)') console.log(`|   ${sub} | ${m.toFixed(0)} | ${pct(m, inAnalysis)} |`);
  }
}
if (process.argv.includes('--self')) {
  console.log('\n| self time | ms | share |\n| --- | --- | --- |');
  for (const [f, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(`| ${f} | ${ms.toFixed(0)} | ${pct(ms, total)} |`);
}
