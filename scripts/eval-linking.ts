// Cross-report entity links on ECB+ dev: precision / recall / F1 of links between named mentions.
// Gold: entity mentions whose text starts with a capital letter, in sentences marked coref_annotated;
// two such mentions in different reports of one event (one tNN_ecb / tNN_ecbplus folder) are linked
// when they share a chain. Each gold mention is mapped to the entity mention it overlaps; two gold
// mentions are linked by us when their entities are one cross-report entity.
// Rules are tuned on the even-numbered topics; the odd ones are held out (printed apart).
// NEWSLENS_EVAL_VERBOSE=1 sorts the missed gold links of the tuning topics by cause and names the
// costliest mentions (NEWSLENS_EVAL_VERBOSE=all: of every topic, which spoils the held-out figure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityKind, ReportAnalysis, ReportInput } from '@newslens/language-service';
import { identifyEntities } from '../packages/language-service/src/compare/identify-entities.ts';
import { loadCrossdoc, pct, type DevReport } from './eval-grouping.ts';

interface GoldMention { doc_id: string; start: number; end: number; text: string; kind: string; chain_id: string; in_annotated_sentence?: boolean; coarse_type?: string }

const KIND: Record<string, EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'place', GPE: 'place', FAC: 'place' };

/**
 * Identity alone, apart from the extractor: each report's named gold mentions become its entities
 * (one per distinct text, kind from the gold type), so only the cross-report decisions are measured.
 */
function goldEntities(analysis: ReportAnalysis, mentions: GoldMention[]): ReportAnalysis {
  const byText = new Map<string, GoldMention[]>();
  for (const m of mentions) byText.set(m.text, [...(byText.get(m.text) ?? []), m]);
  const entities: Entity[] = [...byText].map(([text, ms], k) => ({
    id: `gold:${k}`,
    kind: KIND[ms[0].coarse_type ?? ''] ?? 'organization',
    name: text,
    descriptors: [],
    mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text, form: 'full' as const })),
  }));
  return { ...analysis, entities };
}

export async function run(devData: string): Promise<void> {
  const reports = (await loadCrossdoc(devData)).filter((r) => r.folder.startsWith('ecbplus/'));
  measure(devData, reports, false);
  console.log('with the gold named mentions as entities (identity alone, no extractor):');
  measure(devData, reports, true);
}

/** Why a gold link was missed: an end not on any entity mention, an end on a mention of another span, or two ids. */
type Cause = 'not extracted' | 'other span' | 'not linked';

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  named: number;
  mapped: number;
  variants: number;
}

interface Item { doc: string; chain: string; pred: string | null; exact: boolean; text: string; found: string }

/** A span's text without what the gold and the extractor draw differently: "the", a possessive, case. */
const bare = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s?$/, '').toLowerCase();
const topicOf = (folder: string) => Number(/\/t(\d+)_/.exec(folder)?.[1] ?? 0);
const newTally = (): Tally => ({ tp: 0, predicted: 0, gold: 0, named: 0, mapped: 0, variants: 0 });
const bump = (m: Map<string, number>, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);

function measure(devData: string, reports: DevReport[], oracle: boolean): void {
  const folders = [...new Set(reports.map((r) => r.folder))].sort();
  const halves = { even: newTally(), odd: newTally() };
  let ms = 0;
  const causes = new Map<Cause, number>();
  const costly = new Map<Cause, Map<string, number>>();
  const wrongPairs = new Map<string, number>();
  for (const folder of folders) {
    const tally = topicOf(folder) % 2 === 0 ? halves.even : halves.odd;
    const shown = tally === halves.even || process.env.NEWSLENS_EVAL_VERBOSE === 'all';
    const members = reports.filter((r) => r.folder === folder);
    const gold = JSON.parse(readFileSync(join(devData, 'crossdoc', folder, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
    const named = (m: GoldMention) => m.kind === 'entity' && m.in_annotated_sentence !== false && /^\p{Lu}/u.test(m.text);
    const analysisOf = (r: DevReport) => (oracle ? goldEntities(r.analysis, gold.mentions.filter((m) => m.doc_id === r.docId && named(m))) : r.analysis);
    const inputs: ReportInput[] = members.map((r) => ({ id: r.docId, analysis: analysisOf(r) }));
    const t0 = performance.now();
    const identity = identifyEntities(inputs);
    ms += performance.now() - t0;
    for (const list of Object.values(identity.problems)) tally.variants += list.length;
    // (report, local entity id) -> cross entity
    const crossOf = new Map<string, string>();
    for (const e of identity.entities) for (const o of e.occurrences) crossOf.set(`${o.report}\u0000${o.entityId}`, e.id);
    const items: Item[] = [];
    for (const m of gold.mentions) {
      if (!named(m)) continue;
      const r = members.find((x) => x.docId === m.doc_id);
      if (!r) continue;
      tally.named++;
      const text = inputs[members.indexOf(r)].analysis.text;
      // a mention the identity moved or found first, else the entity mention it overlaps
      let span = identity.recovered?.[r.docId]?.find((x) => x.start < m.end && m.start < x.end);
      let pred: string | null = span?.entity ?? null;
      // ... else the entity mention that overlaps it most ("Mafia boss" over "Mafia")
      let most = 0;
      for (const e of pred ? [] : inputs[members.indexOf(r)].analysis.entities) {
        for (const x of e.mentions) {
          const overlap = Math.min(x.end, m.end) - Math.max(x.start, m.start);
          if (overlap <= most) continue;
          most = overlap;
          span = { ...x, entity: '' };
          pred = crossOf.get(`${r.docId}\u0000${e.id}`) ?? null;
        }
      }
      if (pred) tally.mapped++;
      const exact = span !== undefined && bare(text.slice(span.start, span.end)) === bare(m.text);
      items.push({ doc: m.doc_id, chain: m.chain_id, pred, exact, text: m.text, found: span ? text.slice(span.start, span.end) : '' });
    }
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        if (a.doc === b.doc) continue;
        const g = a.chain === b.chain;
        const p = a.pred !== null && a.pred === b.pred;
        if (g) tally.gold++;
        if (p) tally.predicted++;
        if (g && p) tally.tp++;
        if (!shown) continue;
        if (!g && p) bump(wrongPairs, [a.text, b.text].sort().join(' ~ '));
        if (g && !p) missed(a, b, causes, costly);
      }
    }
  }
  const all = newTally();
  for (const t of [halves.even, halves.odd]) for (const k of Object.keys(all) as Array<keyof Tally>) all[k] += t[k];
  const prf = (t: Tally) => {
    const p = t.predicted ? t.tp / t.predicted : 1;
    const r = t.gold ? t.tp / t.gold : 1;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const line = (t: Tally) => {
    const { p, r, f1 } = prf(t);
    return `precision ${pct(p)}  recall ${pct(r)}  F1 ${pct(f1)}  (tp ${t.tp}, predicted ${t.predicted}, gold ${t.gold})`;
  };
  console.log(`${folders.length} ECB+ events, ${all.named} named gold mentions, ${pct(all.mapped / Math.max(1, all.named))} of them on an entity mention (extracted, or found by another report's name)`);
  console.log(`cross-report links: ${line(all)}  target F1 >= 85%`);
  console.log(`  even topics (tuned on): ${line(halves.even)}`);
  console.log(`  odd topics (held out):  ${line(halves.odd)}`);
  console.log(`identifyEntities: ${ms.toFixed(0)} ms in all; ${all.variants} name-variant problems`);
  if (!process.env.NEWSLENS_EVAL_VERBOSE) return;
  const missedAll = [...causes.values()].reduce((s, x) => s + x, 0);
  console.log(`  missed gold links by cause, ${process.env.NEWSLENS_EVAL_VERBOSE === 'all' ? 'all' : 'even (tuning)'} topics (${missedAll}): ${[...causes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  const show = (m: Map<string, number>, n: number) => [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n).map(([t, c]) => `${t} x${c}`).join('; ');
  for (const [cause, texts] of costly) console.log(`  ${cause}, costliest (links lost): ${show(texts, 40)}`);
  console.log(`  links we make that gold has not: ${show(wrongPairs, 40)}`);
}

/** Files a missed gold link under its cause, charging the mentions responsible with it. */
function missed(a: Item, b: Item, causes: Map<Cause, number>, costly: Map<Cause, Map<string, number>>): void {
  const charge = (cause: Cause, keys: string[]) => {
    bump(causes, cause);
    let m = costly.get(cause);
    if (!m) costly.set(cause, (m = new Map()));
    for (const k of keys) bump(m, k, 1 / keys.length);
  };
  const unmapped = [a, b].filter((x) => x.pred === null);
  if (unmapped.length > 0) return charge('not extracted', unmapped.map((x) => x.text));
  const off = [a, b].filter((x) => !x.exact);
  if (off.length > 0) return charge('other span', off.map((x) => `${x.text} [${x.found}]`));
  charge('not linked', [[a.text, b.text].sort().join(' ~ ')]);
}
