// Entity eval: exact-span precision / recall / F1 of PER, LOC and ORG mentions on the CoNLL-2003
// English dev split (MISC is not scored). The docs are split by index: even docs are the half the
// extractor was tuned on, odd docs the held-out half. Only figures are printed, never dev text
// (set NEWSLENS_EVAL_ERRORS=N to list the N most frequent misses of the tuning half, for local tuning;
// NEWSLENS_EVAL_VERBOSE=N adds, for the tuning half only, the type confusions of spans found exactly, how
// each missed gold name was missed, and the N most frequent false-positive organisation spans with what
// the gold says of them).
import type { EntityKind } from '@newslens/language-service';
import { analyzeEach, loadGoldJsonl } from './dev-data.ts';

type Type = 'PER' | 'LOC' | 'ORG';
const TYPES: Type[] = ['PER', 'LOC', 'ORG'];
const KIND_TYPE: Record<EntityKind, Type> = { person: 'PER', place: 'LOC', organization: 'ORG' };

interface GoldDoc {
  doc_id: string;
  file: string;
  entities: Array<{ start: number; end: number; type: string; text: string }>;
}

interface Counts { tp: number; fp: number; fn: number }

export async function run(devData: string): Promise<void> {
  const gold = loadGoldJsonl<GoldDoc>(devData, 'ner/conll2003_testa', 'entities');
  if (!gold) return;
  const { dir, docs } = gold;
  const halves = [newCounts(), newCounts()];
  const errors = new Map<string, number>();
  const verbose = newVerbose();
  const seconds = analyzeEach(dir, docs, ({ doc, text, analysis, index }) => {
    const predicted = new Set<string>();
    for (const e of analysis.entities) {
      // a description ("Mafia boss") stands for a name but is none
      for (const m of e.mentions) if ((m.form as string) !== 'description') predicted.add(`${m.start}:${m.end}:${KIND_TYPE[e.kind]}`);
    }
    const gold = new Set(doc.entities.filter((g) => g.type !== 'MISC').map((g) => `${g.start}:${g.end}:${g.type}`));
    if (index % 2 === 0 && verbose) collectVerbose(verbose, doc.entities, predicted, text);
    const counts = halves[index % 2];
    for (const key of predicted) {
      const type = key.slice(key.lastIndexOf(':') + 1) as Type;
      if (gold.has(key)) counts[type].tp++;
      else { counts[type].fp++; if (index % 2 === 0) note(errors, 'FP', key, text); }
    }
    for (const key of gold) {
      if (predicted.has(key)) continue;
      counts[key.slice(key.lastIndexOf(':') + 1) as Type].fn++;
      if (index % 2 === 0) note(errors, 'FN', key, text);
    }
  });
  console.log(`CoNLL-2003 testa, ${docs.length} docs, exact span + type, PER/LOC/ORG (MISC not scored), ${seconds.toFixed(1)} s`);
  console.log(pad('half', 22) + TYPES.map((t) => pad(`${t} P/R/F1`, 20)).join('') + 'ALL P/R/F1');
  const total = newCounts();
  for (const t of TYPES) for (const h of halves) add(total[t], h[t]);
  const rows: Array<[string, Record<Type, Counts>]> = [
    ['even docs (tuned on)', halves[0]], ['odd docs (held out)', halves[1]], ['all docs', total],
  ];
  for (const [name, c] of rows) {
    const all = { tp: 0, fp: 0, fn: 0 };
    for (const t of TYPES) add(all, c[t]);
    console.log(pad(name, 22) + TYPES.map((t) => pad(prf(c[t]), 20)).join('') + prf(all));
  }
  const show = Number(process.env.NEWSLENS_EVAL_ERRORS ?? 0);
  if (show > 0) {
    const top = [...errors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, show);
    for (const [k, n] of top) console.log(`${String(n).padStart(4)}  ${k}`);
  }
  if (verbose) printVerbose(verbose);
}

/** Tuning-half diagnostics: type confusions, how gold names were missed, false-positive ORG spans. */
interface Verbose {
  show: number;
  /** gold type (or 'none') -> predicted type -> count, over exact spans. */
  confusion: Map<string, Map<string, number>>;
  /** gold type -> reason -> count. */
  missed: Map<string, Map<string, number>>;
  /** "text  (gold: ...)" -> count, for predicted ORG spans that are not gold ORG. */
  fpOrg: Map<string, number>;
  /** "GOLD -> PRED text" -> count, for exact spans typed otherwise than the gold. */
  typed: Map<string, number>;
}

function newVerbose(): Verbose | null {
  const show = Number(process.env.NEWSLENS_EVAL_VERBOSE ?? 0);
  return show > 0 ? { show, confusion: new Map(), missed: new Map(), fpOrg: new Map(), typed: new Map() } : null;
}

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function bump2(m: Map<string, Map<string, number>>, a: string, b: string): void {
  let inner = m.get(a);
  if (!inner) m.set(a, (inner = new Map()));
  bump(inner, b);
}

function collectVerbose(v: Verbose, entities: GoldDoc['entities'], predicted: ReadonlySet<string>, text: string): void {
  const goldBySpan = new Map(entities.map((g) => [`${g.start}:${g.end}`, g.type]));
  const predBySpan = new Map<string, string>();
  const predSpans: Array<[number, number, string]> = [];
  for (const key of predicted) {
    const [s, e, type] = key.split(':');
    predBySpan.set(`${s}:${e}`, type);
    predSpans.push([Number(s), Number(e), type]);
  }
  const overlaps = (s: number, e: number, spans: Array<[number, number, string]>) => spans.filter(([a, b]) => a < e && s < b);
  const goldSpans: Array<[number, number, string]> = entities.map((g) => [g.start, g.end, g.type]);
  for (const [span, type] of predBySpan) {
    bump2(v.confusion, goldBySpan.get(span) ?? 'none', type);
    if (type !== 'ORG' || goldBySpan.get(span) === 'ORG') continue;
    const [s, e] = span.split(':').map(Number);
    const over = overlaps(s, e, goldSpans).map(([a, b, t]) => `${t} '${text.slice(a, b)}'`).join(', ');
    bump(v.fpOrg, `${text.slice(s, e)}  (gold: ${goldBySpan.get(span) ?? (over || 'none')})`);
  }
  for (const g of entities) {
    if (g.type === 'MISC') continue;
    const p = predBySpan.get(`${g.start}:${g.end}`);
    if (p === g.type) continue;
    if (p) bump(v.typed, `${g.type} -> ${p}  ${g.text}`);
    const reason = p ? `typed ${p}` : overlaps(g.start, g.end, predSpans).length > 0 ? 'span differs' : 'not found';
    bump2(v.missed, g.type, reason);
  }
}

function printVerbose(v: Verbose): void {
  const cols = ['PER', 'LOC', 'ORG'];
  console.log('\neven docs: exact spans, gold type (rows) by predicted type (columns)');
  console.log(pad('gold', 8) + cols.map((c) => pad(c, 8)).join(''));
  for (const row of ['PER', 'LOC', 'ORG', 'MISC', 'none']) {
    const r = v.confusion.get(row);
    console.log(pad(row, 8) + cols.map((c) => pad(String(r?.get(c) ?? 0), 8)).join(''));
  }
  console.log('\neven docs: gold names not found with their type');
  for (const [type, reasons] of [...v.missed].sort()) {
    console.log(`  ${type}: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  console.log(`\neven docs: false-positive ORG spans, ${v.show} most frequent`);
  const top = [...v.fpOrg].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, v.show);
  for (const [k, n] of top) console.log(`${String(n).padStart(4)}  ${k}`);
  console.log(`\neven docs: gold names found with another type, ${v.show} most frequent`);
  const typed = [...v.typed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, v.show);
  for (const [k, n] of typed) console.log(`${String(n).padStart(4)}  ${k}`);
}

function note(errors: Map<string, number>, what: string, key: string, text: string): void {
  if (!process.env.NEWSLENS_EVAL_ERRORS) return;
  const [s, e, type] = key.split(':');
  const k = `${what} ${type} ${text.slice(Number(s), Number(e))}`;
  errors.set(k, (errors.get(k) ?? 0) + 1);
}

function newCounts(): Record<Type, Counts> {
  return { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp; a.fp += b.fp; a.fn += b.fn;
}

function prf(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${p.toFixed(3)}/${r.toFixed(3)}/${f.toFixed(3)}`;
}

function pad(s: string, n: number): string {
  return s.padEnd(n);
}
