// The headline eval: planted changes in pairs of DIFFERENT reports of one event (an ECB+ tNN_* folder;
// near-copies, more than 30% shared 5-word runs, left out), compared as the product compares them:
// compareReports (the public API) on the two reports. A change is planted in A only where B states
// the fact the same way (scripts/pairs-lib.ts); caught = the expected diagnostic on the changed place
// in A. Even topics are tuned on, odd topics reported. Also: mismatch diagnostics on the unchanged
// pairs, and on pairs of MEANTIME reports of different topics (which must not be compared).
//   NEWSLENS_PAIRS=N  planted changes per type and half (default 150); NEWSLENS_EVAL_VERBOSE=1 prints misses;
//   NEWSLENS_PAIRS_TYPES=date,name  only those types of change; NEWSLENS_EVAL_NOTES=N  misses printed per kind (default 20).
//   NEWSLENS_PAIRS_HALF=even  only that half of the topics (tune on even without seeing odd);
//   NEWSLENS_PAIRS_UNCHANGED_NOTES=N  prints up to N mismatch diagnostics of the unchanged pairs (with the quoted text of both places);
//   NEWSLENS_PAIRS_UNCHANGED_CODES=date-mismatch,...  only those rules' in those notes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReport, compareReports, type Problem, type ReportAnalysis } from '@newslens/language-service';
import { loadCrossdoc, type DevReport } from './eval-grouping.ts';
import { hashSeed, MUTATION_TYPES, type MutationType } from './mutations-lib.ts';
import { applyPlant, changedPlaces, mapOffset, pairPlants, sharedRunShare, wordRuns, NEAR_COPY, type PersonMention, type Plant } from './pairs-lib.ts';

export const EXPECTED: Record<MutationType, string> = { figure: 'figure-mismatch', date: 'date-mismatch', quote: 'quote-mismatch', name: 'name-variant' };
const MISMATCH = new Set(Object.values(EXPECTED));
const SEED = 20261206;
const NOTES_PER_KIND = Number(process.env.NEWSLENS_EVAL_NOTES ?? 20);
const UNCHANGED_NOTES = Number(process.env.NEWSLENS_PAIRS_UNCHANGED_NOTES ?? 0);
const UNCHANGED_CODES = process.env.NEWSLENS_PAIRS_UNCHANGED_CODES ? new Set(process.env.NEWSLENS_PAIRS_UNCHANGED_CODES.split(',')) : null;
type Half = 'even' | 'odd';
const HALVES: readonly Half[] = process.env.NEWSLENS_PAIRS_HALF === 'even' || process.env.NEWSLENS_PAIRS_HALF === 'odd' ? [process.env.NEWSLENS_PAIRS_HALF] : ['even', 'odd'];

const halfOf = (folder: string): Half => (Number(/t(\d+)_/.exec(folder)![1]) % 2 === 0 ? 'even' : 'odd');
const mismatches = (ps: readonly Problem[] | undefined) => (ps ?? []).filter((p) => MISMATCH.has(p.code));
const overlaps = (p: { start: number; end: number }, [s, e]: [number, number]) => p.start < e && s < p.end;

/** A gold mention of a report (any kind: entity, event, time): its span, chain and ECB+ coarse type. */
interface ChainMention { start: number; end: number; text: string; chain: string; kind: string; coarse?: string }

/** The gold mentions of the reports of some ECB+ folders, by report file. */
function goldChains(devData: string, folders: readonly string[]): Map<string, ChainMention[]> {
  const out = new Map<string, ChainMention[]>();
  for (const folder of folders) {
    const path = join(devData, 'crossdoc', folder, 'gold.json');
    if (!existsSync(path)) continue;
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { documents: Array<{ doc_id: string; file: string }>; mentions: Array<{ doc_id: string; kind: string; coarse_type?: string; start: number; end: number; text: string; chain_id: string }> };
    const fileOf = new Map(gold.documents.map((d) => [d.doc_id, `${folder}/${d.file}`]));
    for (const m of gold.mentions) {
      const file = fileOf.get(m.doc_id)!;
      let list = out.get(file);
      if (!list) out.set(file, (list = []));
      list.push({ start: m.start, end: m.end, text: m.text, chain: m.chain_id, kind: m.kind, coarse: m.coarse_type });
    }
  }
  return out;
}

/** The gold person mentions (ECB+ `coarse_type: PER` entities) of each report. */
function goldPersons(chains: ReadonlyMap<string, ChainMention[]>): Map<string, PersonMention[]> {
  return new Map([...chains].map(([file, ms]) => [file, ms.filter((m) => m.kind === 'entity' && m.coarse === 'PER').map((m) => ({ start: m.start, end: m.end, text: m.text, chain: m.chain }))]));
}

/**
 * What the gold says of a figure's plant: 'same' when a mention over A's figure and one over a place where B writes it
 * share a chain (one fact), 'different' when both sides have mentions there and none shares a chain (B's like words
 * state another fact: "five years" with a department and "five years" of appeals), else 'silent' (ECB+ annotates a few
 * sentences of each report, and not every figure).
 */
type GoldSays = 'same' | 'different' | 'silent';
function goldTwin(p: Plant, a: readonly ChainMention[], b: readonly ChainMention[]): GoldSays {
  if (!p.at || !p.twins) return 'silent';
  const over = (ms: readonly ChainMention[], s: { start: number; end: number }) => ms.filter((m) => m.start < s.end && s.start < m.end).map((m) => m.chain);
  const here = new Set(over(a, p.at));
  if (here.size === 0) return 'silent';
  const there = p.twins.map((t) => over(b, t));
  if (there.some((cs) => cs.some((c) => here.has(c)))) return 'same';
  return there.every((cs) => cs.length > 0) ? 'different' : 'silent';
}

interface Tally {
  planted: number; caught: number; twin: number; apart: number; apartBefore: number; otherCode: number; extra: number;
  /** Planted and caught by what the gold says of the plant's twin (figures). */
  gold: Record<GoldSays, { planted: number; caught: number }>;
}
const tally = (): Tally => ({
  planted: 0, caught: 0, twin: 0, apart: 0, apartBefore: 0, otherCode: 0, extra: 0,
  gold: { same: { planted: 0, caught: 0 }, different: { planted: 0, caught: 0 }, silent: { planted: 0, caught: 0 } },
});

/** Runs one planted change on the pair and adds what the comparison made of it to `t`. */
function judgePlant(a: ReportAnalysis, b: ReportAnalysis, p: Plant, t: Tally, notes: string[], where: string, gold: GoldSays): void {
  const base = compareReports([{ id: 'A', analysis: a }, { id: 'B', analysis: b }]);
  const changed = analyzeReport(applyPlant(a.text, p));
  const c = compareReports([{ id: 'A', analysis: changed }, { id: 'B', analysis: b }]);
  const places = changedPlaces(p);
  t.planted++;
  t.gold[gold].planted++;
  if (c.events.length !== 1) {
    t.apart++;
    if (base.events.length !== 1) t.apartBefore++;
    if (notes.filter((n) => n.includes(` ${p.type} "`)).length < NOTES_PER_KIND) notes.push(`apart${base.events.length !== 1 ? ' (apart unchanged too)' : ''} ${where} ${p.type} "${p.edits[0].before}" -> "${p.edits[0].after}" (${p.fact})`);
    return;
  }
  const atPlace = mismatches(c.problems.A).filter((x) => places.some((pl) => overlaps(x, pl)));
  const caught = atPlace.some((x) => x.code === EXPECTED[p.type]);
  if (caught) { t.caught++; t.gold[gold].caught++; }
  else if (atPlace.length > 0) t.otherCode++;
  const twin = mismatches(c.problems.B).filter((x) => x.code === EXPECTED[p.type] && x.related.some((r) => r.report === 'A' && places.some((pl) => overlaps(r, pl))));
  if (caught && twin.length > 0) t.twin++;
  // new diagnostics elsewhere: not at the changed place, not the twin, not there before the change
  const key = (x: Problem) => `${x.code}@${x.start}-${x.end}`;
  const beforeA = new Set(mismatches(base.problems.A).map((x) => key({ ...x, start: mapOffset(p, x.start), end: mapOffset(p, x.end) })));
  const beforeB = new Set(mismatches(base.problems.B).map(key));
  const extra = [...mismatches(c.problems.A).filter((x) => !atPlace.includes(x) && !beforeA.has(key(x))), ...mismatches(c.problems.B).filter((x) => !twin.includes(x) && !beforeB.has(key(x)))];
  if (extra.length > 0) t.extra++;
  // at most NOTES_PER_KIND notes per kind of change, so every kind shows its misses
  if ((!caught || extra.length > 0) && notes.filter((n) => n.includes(` ${p.type} "`)).length < NOTES_PER_KIND) {
    notes.push(`${caught ? 'extra' : 'missed'} ${where} ${p.type} "${p.edits[0].before}" -> "${p.edits[0].after}" (${p.fact}): ${[...atPlace, ...extra].map((x) => `${x.code}: ${x.message}`).join(' | ') || 'nothing'}`);
  }
}

/** Mismatch diagnostics of compareReports on a pair, by rule; and whether it grouped them as one event. */
function pairMismatches(a: DevReport, b: DevReport, perRule: Map<string, number>, notes?: string[]): boolean {
  const c = compareReports([{ id: a.file, analysis: a.analysis }, { id: b.file, analysis: b.analysis }]);
  for (const ps of Object.values(c.problems)) for (const p of mismatches(ps)) perRule.set(p.code, (perRule.get(p.code) ?? 0) + 1);
  if (notes) {
    const texts = new Map([[a.file, a.analysis.text], [b.file, b.analysis.text]]);
    const line = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1).slice(0, 300);
    for (const [file, ps] of Object.entries(c.problems)) {
      for (const p of mismatches(ps).filter((x) => !UNCHANGED_CODES || UNCHANGED_CODES.has(x.code))) {
        if (notes.length >= UNCHANGED_NOTES) return c.events.length === 1;
        const rel = p.related[0];
        notes.push(`${file}: ${p.code}: ${p.message}\n      here:  ${line(texts.get(file)!, p.start)}${rel ? `\n      there: ${line(texts.get(rel.report)!, rel.start)}` : ''}`);
      }
    }
  }
  return c.events.length === 1;
}

const perPair = (m: Map<string, number>, pairs: number) => {
  const all = [...m.values()].reduce((x, y) => x + y, 0);
  const rules = [...MISMATCH].sort().map((c) => `${c} ${((m.get(c) ?? 0) / Math.max(1, pairs)).toFixed(3)}`).join(', ');
  return `${(all / Math.max(1, pairs)).toFixed(3)} per pair (${rules})`;
};

export async function run(devData: string): Promise<void> {
  const reports = await loadCrossdoc(devData, false);
  const ecb = reports.filter((r) => r.folder.startsWith('ecbplus/'));
  if (ecb.length === 0) { console.log('pairs skipped: no crossdoc/ecbplus in the dev data'); return; }
  const perType = Number(process.env.NEWSLENS_PAIRS ?? 150);
  const t0 = performance.now();
  const chains = goldChains(devData, [...new Set(ecb.map((r) => r.folder))]);
  const persons = goldPersons(chains);
  const runs = new Map(ecb.map((r) => [r.file, wordRuns(r.analysis.text)]));

  // pairs of different reports of one event (both orders: A is the one changed)
  const byFolder = new Map<string, DevReport[]>();
  for (const r of ecb) byFolder.set(r.folder, [...(byFolder.get(r.folder) ?? []), r]);
  const pairs: Array<[DevReport, DevReport]> = [];
  const nearCopies = { even: 0, odd: 0 };
  const unchanged = { even: { pairs: 0, one: 0, rules: new Map<string, number>() }, odd: { pairs: 0, one: 0, rules: new Map<string, number>() } };
  const unchangedNotes: string[] = [];
  for (const group of byFolder.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const half = halfOf(group[i].folder);
        if (!HALVES.includes(half)) continue;
        if (sharedRunShare(runs.get(group[i].file)!, runs.get(group[j].file)!) > NEAR_COPY) { nearCopies[half]++; continue; }
        pairs.push([group[i], group[j]], [group[j], group[i]]);
        const u = unchanged[half];
        u.pairs++;
        if (pairMismatches(group[i], group[j], u.rules, UNCHANGED_NOTES > 0 ? unchangedNotes : undefined)) u.one++;
      }
    }
  }

  // planted changes: ordered pairs in a seeded order; each report is changed at most once per type
  const order = pairs.map((p) => ({ p, k: hashSeed(`${SEED}:${p[0].file}:${p[1].file}`) })).sort((x, y) => x.k - y.k || (x.p[0].file + x.p[1].file < y.p[0].file + y.p[1].file ? -1 : 1));
  const results = new Map<string, Tally>();
  const notes: string[] = [];
  const only = process.env.NEWSLENS_PAIRS_TYPES?.split(',');
  for (const type of MUTATION_TYPES.filter((x) => !only || only.includes(x))) {
    for (const half of HALVES) {
      const t = tally();
      results.set(`${type} ${half}`, t);
      const used = new Set<string>();
      for (const { p: [a, b] } of order) {
        if (t.planted >= perType) break;
        if (halfOf(a.folder) !== half || used.has(a.file)) continue;
        const candidates = pairPlants(a.analysis.text, b.analysis.text, type, { a: persons.get(a.file) ?? [], b: persons.get(b.file) ?? [] });
        if (candidates.length === 0) continue;
        used.add(a.file);
        const plant = candidates[hashSeed(`${SEED}:${type}:${a.file}:${b.file}`) % candidates.length];
        judgePlant(a.analysis, b.analysis, plant, t, notes, `${a.file} vs ${b.file}`, goldTwin(plant, chains.get(a.file) ?? [], chains.get(b.file) ?? []));
      }
    }
  }

  // MEANTIME: reports of different topics, which must not be compared
  const meantime = reports.filter((r) => r.folder.startsWith('meantime_en/'));
  const across = { pairs: 0, one: 0, rules: new Map<string, number>() };
  for (let i = 0; i < meantime.length; i++) {
    for (let j = i + 1; j < meantime.length; j++) {
      if (meantime[i].folder === meantime[j].folder) continue;
      across.pairs++;
      if (pairMismatches(meantime[i], meantime[j], across.rules)) across.one++;
    }
  }

  // MEANTIME as one workspace (the product's grouping with the whole set's word weights): any mismatch is between different events
  const whole = compareReports(meantime.map((r) => ({ id: r.file, analysis: r.analysis })));
  const wholeRules = new Map<string, number>();
  for (const ps of Object.values(whole.problems)) for (const p of mismatches(ps)) wholeRules.set(p.code, (wholeRules.get(p.code) ?? 0) + 1);
  const grouped = whole.events.filter((e) => e.reports.length > 1);

  const pct = (x: number, n: number) => (n === 0 ? '-' : (x / n).toFixed(3));
  console.log(`${ecb.length} ECB+ reports; pairs of different reports of one event: ${unchanged.even.pairs} even + ${unchanged.odd.pairs} odd topics (near-copies left out: ${nearCopies.even} + ${nearCopies.odd}); ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log('planted in A where B states the fact the same way; caught = the expected diagnostic on the changed place in A (compareReports on the pair)');
  console.log('| change | half | planted | caught | rate | twin in B | grouped apart (of them, apart unchanged too) | other code there | new elsewhere |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, t] of results) {
    const [type, half] = name.split(' ');
    console.log(`| ${type} (${EXPECTED[type as MutationType]}) | ${half}${half === 'odd' ? ' (reported)' : ' (tuned on)'} | ${t.planted} | ${t.caught} | ${pct(t.caught, t.planted)} | ${t.twin} | ${t.apart} (${t.apartBefore}) | ${t.otherCode} | ${t.extra} |`);
  }
  // what the gold says of the figures' plants: one fact, two facts in like words, or nothing (not annotated there)
  for (const [name, t] of results) {
    if (!name.startsWith('figure ')) continue;
    const g = (k: GoldSays) => `${t.gold[k].caught}/${t.gold[k].planted} (${pct(t.gold[k].caught, t.gold[k].planted)})`;
    console.log(`${name} plants, caught by what the ECB+ gold says of A's figure and B's like words: one fact ${g('same')}; two facts ${g('different')}; gold silent ${g('silent')}`);
  }
  for (const half of HALVES) {
    const u = unchanged[half];
    console.log(`unchanged pairs, ${half} topics: ${u.pairs} pairs (${u.one} grouped as one event): mismatch diagnostics ${perPair(u.rules, u.pairs)}`);
  }
  console.log(`MEANTIME, reports of different topics: ${across.pairs} pairs (${across.one} grouped as one event): mismatch diagnostics ${perPair(across.rules, across.pairs)}`);
  console.log(`MEANTIME, all ${meantime.length} reports compared at once: ${grouped.length} events of 2+ reports (${grouped.filter((e) => new Set(e.reports.map((f) => f.split('/')[1])).size > 1).length} across topics); mismatch diagnostics in all: ${[...wholeRules.values()].reduce((x, y) => x + y, 0)} (${[...wholeRules].sort().map(([c, n]) => `${c} ${n}`).join(', ') || 'none'})`);
  if (process.env.NEWSLENS_EVAL_VERBOSE) for (const n of notes) console.log(`  ${n}`);
  for (const n of unchangedNotes) console.log(`  unchanged ${n}`);
}
