// Entity eval: exact-span precision / recall / F1 of PER, LOC and ORG mentions on the CoNLL-2003
// English dev split (MISC is not scored). The docs are split by index: even docs are the half the
// extractor was tuned on, odd docs the held-out half. Only figures are printed, never dev text
// (set NEWSLENS_EVAL_ERRORS=N to list the N most frequent misses of the tuning half, for local tuning).
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
  const seconds = analyzeEach(dir, docs, ({ doc, text, analysis, index }) => {
    const predicted = new Set<string>();
    for (const e of analysis.entities) {
      // a description ("Mafia boss") stands for a name but is none
      for (const m of e.mentions) if ((m.form as string) !== 'description') predicted.add(`${m.start}:${m.end}:${KIND_TYPE[e.kind]}`);
    }
    const gold = new Set(doc.entities.filter((g) => g.type !== 'MISC').map((g) => `${g.start}:${g.end}:${g.type}`));
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
