// Cross-report entity links on ECB+ dev: precision / recall / F1 of links between named mentions.
// Gold: entity mentions whose text starts with a capital letter, in sentences marked coref_annotated;
// two such mentions in different reports of one event (one tNN_ecb / tNN_ecbplus folder) are linked
// when they share a chain. Each gold mention is mapped to the entity mention it overlaps; two gold
// mentions are linked by us when their entities are one cross-report entity.
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

function measure(devData: string, reports: DevReport[], oracle: boolean): void {
  const folders = [...new Set(reports.map((r) => r.folder))].sort();
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  let mapped = 0;
  let namedCount = 0;
  let variants = 0;
  let ms = 0;
  const misses = new Map<string, number>();
  const missedPairs = new Map<string, number>();
  const wrongPairs = new Map<string, number>();
  for (const folder of folders) {
    const members = reports.filter((r) => r.folder === folder);
    const gold = JSON.parse(readFileSync(join(devData, 'crossdoc', folder, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
    const named = (m: GoldMention) => m.kind === 'entity' && m.in_annotated_sentence !== false && /^\p{Lu}/u.test(m.text);
    const analysisOf = (r: DevReport) => (oracle ? goldEntities(r.analysis, gold.mentions.filter((m) => m.doc_id === r.docId && named(m))) : r.analysis);
    const inputs: ReportInput[] = members.map((r) => ({ id: r.docId, analysis: analysisOf(r) }));
    const t0 = performance.now();
    const identity = identifyEntities(inputs);
    ms += performance.now() - t0;
    for (const list of Object.values(identity.problems)) variants += list.length;
    // (report, local entity id) -> cross entity
    const crossOf = new Map<string, string>();
    for (const e of identity.entities) for (const o of e.occurrences) crossOf.set(`${o.report}\u0000${o.entityId}`, e.id);
    const items: Array<{ doc: string; chain: string; pred: string | null; text: string }> = [];
    for (const m of gold.mentions) {
      if (!named(m)) continue;
      const r = members.find((x) => x.docId === m.doc_id);
      if (!r) continue;
      namedCount++;
      // a mention the identity moved or found first, else the entity mention it overlaps
      let pred: string | null = identity.recovered?.[r.docId]?.find((x) => x.start < m.end && m.start < x.end)?.entity ?? null;
      for (const e of pred ? [] : inputs[members.indexOf(r)].analysis.entities) {
        if (e.mentions.some((x) => x.start < m.end && m.start < x.end)) {
          pred = crossOf.get(`${r.docId}\u0000${e.id}`) ?? null;
          break;
        }
      }
      if (pred) mapped++;
      else misses.set(m.text, (misses.get(m.text) ?? 0) + 1);
      items.push({ doc: m.doc_id, chain: m.chain_id, pred, text: m.text });
    }
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i];
        const b = items[j];
        if (a.doc === b.doc) continue;
        const g = a.chain === b.chain;
        const p = a.pred !== null && a.pred === b.pred;
        if (g) goldPairs++;
        if (p) predPairs++;
        if (g && p) tp++;
        const key = [a.text, b.text].sort().join(' ~ ');
        if (g && !p && a.pred && b.pred) missedPairs.set(key, (missedPairs.get(key) ?? 0) + 1);
        if (!g && p) wrongPairs.set(key, (wrongPairs.get(key) ?? 0) + 1);
      }
    }
  }
  const p = predPairs ? tp / predPairs : 1;
  const r = goldPairs ? tp / goldPairs : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${folders.length} ECB+ events, ${namedCount} named gold mentions, ${pct(mapped / Math.max(1, namedCount))} of them on an entity mention (extracted, or found by another report's name)`);
  console.log(`cross-report links: precision ${pct(p)}  recall ${pct(r)}  F1 ${pct(f1)}  (tp ${tp}, predicted ${predPairs}, gold ${goldPairs})  target F1 >= 85%`);
  console.log(`identifyEntities: ${ms.toFixed(0)} ms in all; ${variants} name-variant problems`);
  if (process.env.NEWSLENS_EVAL_VERBOSE) {
    const top = [...misses].sort((x, y) => y[1] - x[1]).slice(0, 30);
    console.log(`  most missed gold mentions (no entity mention): ${top.map(([t, c]) => `${t} x${c}`).join(', ')}`);
    const show = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).slice(0, 40).map(([t, c]) => `${t} x${c}`).join('; ');
    console.log(`  gold links we miss (both mapped): ${show(missedPairs)}`);
    console.log(`  links we make that gold has not: ${show(wrongPairs)}`);
  }
}
