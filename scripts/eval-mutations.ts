// Planted changes (mutation tests) on ../shared/dev-data/crossdoc/ecbplus: a seeded generator changes
// one figure, date, quoted word or name spelling in a COPY of a real report (raw text only, see
// mutations-lib.ts); compareReports(original, changed copy) must then give exactly one new mismatch
// diagnostic per affected report, at the changed place, against compareReports(original, identical
// copy). False positives: mismatch diagnostics on pairs of different real reports of the same event
// (an ECB+ folder). Analyses are cached in .cache/eval/ under a hash of the language service's sources.
//   NEWSLENS_MUTATIONS=N   planted changes per type (default 150); NEWSLENS_EVAL_VERBOSE=1 prints misses;
//   NEWSLENS_MUTATION_TYPES=name,date   only those types of change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReport, compareReports, type Problem, type ReportAnalysis } from '@newslens/language-service';
import { compareEvent } from '../packages/language-service/src/compare/compare-reports.ts';
import { analyserFingerprint } from './dev-data.ts';
import { apply, hashSeed, MUTATION_TYPES, plant, type Mutation, type MutationType } from './mutations-lib.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXPECTED: Record<MutationType, string> = { figure: 'figure-mismatch', date: 'date-mismatch', quote: 'quote-mismatch', name: 'name-variant' };
const MISMATCH = new Set(Object.values(EXPECTED));
const SEED = 20240319;

interface Doc { folder: string; file: string; text: string }

/** Analyses cached by a hash of the one-report analysis' sources and of the text. */
function analyser(): { analyse(text: string): ReportAnalysis; save(): void; fresh: () => number } {
  const file = join(root, '.cache/eval', `mutations-${analyserFingerprint()}.json`);
  const cache: Record<string, ReportAnalysis> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ReportAnalysis>) : {};
  let fresh = 0;
  return {
    analyse(text) {
      const key = createHash('sha1').update(text).digest('hex');
      if (!cache[key]) { cache[key] = analyzeReport(text); fresh++; }
      return cache[key];
    },
    save() {
      if (fresh === 0) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(cache));
    },
    fresh: () => fresh,
  };
}

function loadDocs(devData: string): Doc[] {
  const base = join(devData, 'crossdoc/ecbplus');
  if (!existsSync(base)) return [];
  const out: Doc[] = [];
  for (const folder of readdirSync(base).filter((d) => !d.includes('.')).sort()) {
    for (const f of readdirSync(join(base, folder)).filter((x) => x.endsWith('.txt')).sort()) {
      out.push({ folder, file: `${folder}/${f}`, text: readFileSync(join(base, folder, f), 'utf8') });
    }
  }
  return out;
}

const mismatches = (ps: readonly Problem[] | undefined) => (ps ?? []).filter((p) => MISMATCH.has(p.code));
const key = (p: Problem) => `${p.code}@${p.start}-${p.end}`;

type Outcome = 'flagged' | 'missed' | 'elsewhere' | 'extra';

interface Judged { outcome: Outcome; rightCode: boolean; note: string }

/** Runs one planted change and says what the comparison made of it. */
function judge(a: ReportAnalysis, b: ReportAnalysis, m: Mutation, baseline: { orig: Problem[]; copy: Problem[] }): Judged {
  const c = compareReports([{ id: 'orig', analysis: a }, { id: 'copy', analysis: b }]);
  const delta = m.after.length - m.before.length;
  const shifted = new Set(baseline.copy.map((p) => key({ ...p, start: p.start >= m.end ? p.start + delta : p.start, end: p.end >= m.end ? p.end + delta : p.end })));
  const before = new Set(baseline.orig.map(key));
  const newCopy = mismatches(c.problems.copy).filter((p) => !shifted.has(key(p)));
  const newOrig = mismatches(c.problems.orig).filter((p) => !before.has(key(p)));
  // Any mismatch diagnostic at the changed place counts (a figure changed inside a quote may be a quote-mismatch).
  const hits = (p: Problem, s: number, e: number) => p.start < e && s < p.end;
  const atCopy = newCopy.filter((p) => hits(p, m.start, m.start + m.after.length));
  const note = `${m.type} "${m.before}" -> "${m.after}": copy [${newCopy.map((p) => p.message).join(' | ')}] orig ${newOrig.length}`;
  const rightCode = atCopy.some((p) => p.code === EXPECTED[m.type]);
  if (newCopy.length === 0) return { outcome: 'missed', rightCode, note };
  if (atCopy.length === 0) return { outcome: 'elsewhere', rightCode, note };
  // the original may carry the twin, anywhere (a name-variant sits at the first mention of its spelling)
  if (newCopy.length > 1 || newOrig.length > 1) return { outcome: 'extra', rightCode, note };
  return { outcome: 'flagged', rightCode, note };
}

export async function run(devData: string): Promise<void> {
  const docs = loadDocs(devData);
  if (docs.length === 0) { console.log('mutations skipped: no crossdoc/ecbplus in the dev data'); return; }
  const perType = Number(process.env.NEWSLENS_MUTATIONS ?? 150);
  const verbose = Boolean(process.env.NEWSLENS_EVAL_VERBOSE);
  const cache = analyser();
  const t0 = performance.now();
  const analysis = new Map<string, ReportAnalysis>();
  for (const d of docs) analysis.set(d.file, cache.analyse(d.text));

  // False mismatch diagnostics on pairs of different real reports of the same event.
  const byFolder = new Map<string, Doc[]>();
  for (const d of docs) byFolder.set(d.folder, [...(byFolder.get(d.folder) ?? []), d]);
  let pairs = 0;
  const falseByCode = new Map<string, number>();
  const examples = new Map<string, string[]>();
  for (const group of byFolder.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        pairs++;
        const out = compareEvent([{ id: group[i].file, analysis: analysis.get(group[i].file)! }, { id: group[j].file, analysis: analysis.get(group[j].file)! }]);
        for (const [id, ps] of Object.entries(out.problems)) {
          for (const p of mismatches(ps)) {
            falseByCode.set(p.code, (falseByCode.get(p.code) ?? 0) + 1);
            const list = examples.get(p.code) ?? [];
            if (list.length < Number(process.env.NEWSLENS_EVAL_EXAMPLES ?? 6)) examples.set(p.code, [...list, `${id}: ${p.message}`]);
          }
        }
      }
    }
  }

  // Planted changes: reports in a seeded order, one change of each type per report until perType.
  const order = [...docs].sort((x, y) => hashSeed(`${SEED}${x.file}`) - hashSeed(`${SEED}${y.file}`) || (x.file < y.file ? -1 : 1));
  const tally = new Map<MutationType, Record<Outcome | 'rightCode', number>>();
  const notes: string[] = [];
  const only = process.env.NEWSLENS_MUTATION_TYPES?.split(',');
  for (const type of MUTATION_TYPES.filter((t) => !only || only.includes(t))) {
    const t: Record<Outcome | 'rightCode', number> = { flagged: 0, missed: 0, elsewhere: 0, extra: 0, rightCode: 0 };
    tally.set(type, t);
    let planted = 0;
    for (const d of order) {
      if (planted >= perType) break;
      const m = plant(d.text, type, hashSeed(`${SEED}:${type}:${d.file}`));
      if (!m) continue;
      planted++;
      const a = analysis.get(d.file)!;
      const base = compareReports([{ id: 'orig', analysis: a }, { id: 'copy', analysis: a }]);
      const baseline = { orig: mismatches(base.problems.orig), copy: mismatches(base.problems.copy) };
      const r = judge(a, cache.analyse(apply(d.text, m)), m, baseline);
      t[r.outcome]++;
      if (r.outcome === 'flagged' && r.rightCode) t.rightCode++;
      if (r.outcome !== 'flagged' && notes.length < 60) notes.push(`${r.outcome} ${d.file}: ${r.note}`);
    }
  }
  cache.save();

  const pct = (x: number, n: number) => (n === 0 ? '-' : `${((100 * x) / n).toFixed(1)}%`);
  console.log(`${docs.length} ECB+ reports in ${byFolder.size} events (${cache.fresh()} analysed now, ${((performance.now() - t0) / 1000).toFixed(1)} s in all)`);
  console.log('planted changes: flagged = exactly one new mismatch diagnostic in the changed copy, at the changed place (and at most its twin in the original)');
  console.log('| type | planted | flagged | recall | with its own code | missed | elsewhere | extra |');
  console.log('|---|---|---|---|---|---|---|---|');
  let all = 0;
  let hit = 0;
  for (const [type, t] of tally) {
    const n = t.flagged + t.missed + t.elsewhere + t.extra;
    all += n; hit += t.flagged;
    console.log(`| ${type} (${EXPECTED[type]}) | ${n} | ${t.flagged} | ${pct(t.flagged, n)} | ${t.rightCode} | ${t.missed} | ${t.elsewhere} | ${t.extra} |`);
  }
  const mine = [...tally].filter(([type]) => type !== 'name');
  const mineAll = mine.reduce((n, [, t]) => n + t.flagged + t.missed + t.elsewhere + t.extra, 0);
  const mineHit = mine.reduce((n, [, t]) => n + t.flagged, 0);
  console.log(`| figure+date+quote | ${mineAll} | ${mineHit} | ${pct(mineHit, mineAll)} | | | | |`);
  console.log(`| all | ${all} | ${hit} | ${pct(hit, all)} | | | | |   target >= 90%`);
  const own = [...falseByCode].filter(([c]) => c !== 'name-variant').reduce((n, [, v]) => n + v, 0);
  console.log(`unchanged pairs of different reports of one event: ${pairs}`);
  console.log(`false mismatch diagnostics per pair (quote/figure/date): ${(own / Math.max(1, pairs)).toFixed(3)}   target <= 0.2`);
  const every = [...falseByCode.values()].reduce((n, v) => n + v, 0);
  console.log(`false mismatch diagnostics per pair, name-variant included: ${(every / Math.max(1, pairs)).toFixed(3)}`);
  for (const [c, v] of [...falseByCode].sort()) console.log(`  ${c}: ${v} (${(v / Math.max(1, pairs)).toFixed(3)} per pair)`);
  if (verbose) {
    for (const [, list] of [...examples].sort()) for (const e of list) console.log(`  FP ${e}`);
    for (const n of notes) console.log(`  ${n}`);
  }
}
