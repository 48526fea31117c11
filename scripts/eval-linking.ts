// Entity identity on ECB+ dev, scored on gold named mentions: entity mentions whose text starts with a
// capital letter, in sentences marked coref_annotated. Each gold mention is mapped to the entity mention
// (or tied pronoun) it overlaps, else to a label of its head (itemsOf); two gold mentions in different reports are linked by us when their entities are one
// cross-report entity, in gold when they share a chain. Here each gold event (one tNN_ecb / tNN_ecbplus
// folder) is identified as one event, then again with the gold mentions as the entities (identity
// alone); scripts/eval-identity.ts measures it as the user gets it (one workspace, events found by the
// grouping) and within reports, with the code below.
// Rules are tuned on the even-numbered topics; the odd ones are held out (printed apart).
// NEWSLENS_EVAL_VERBOSE=1 sorts the missed gold links of the tuning topics by cause and names the
// costliest mentions (NEWSLENS_EVAL_VERBOSE=all: of every topic, which spoils the held-out figure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityKind, ReportAnalysis, ReportInput } from '@newslens/language-service';
import { identifyEntities, type EntityIdentity } from '../packages/language-service/src/compare/identify-entities.ts';
import { loadCrossdoc, pct, type DevReport } from './eval-grouping.ts';
import { addTally, countPairs, prf, type PairItem, type PairTally } from './linking-lib.ts';

export interface GoldMention { doc_id: string; start: number; end: number; text: string; kind: string; chain_id: string; in_annotated_sentence?: boolean; coarse_type?: string; type?: string }

const KIND: Record<string, EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'place', GPE: 'place', FAC: 'place' };

/** A gold mention the score counts: an entity's, capitalised, in a sentence the annotators covered. */
const named = (m: GoldMention) => m.kind === 'entity' && m.in_annotated_sentence !== false && /^\p{Lu}/u.test(m.text);

/**
 * A gold "named" mention that is a pronoun or headed by one ("He", "She", "His body", "I'm"): capitalised
 * at a sentence start, so `named` counts it, but no name; eval-identity also scores without them.
 */
export const pronounHeaded = (text: string) => /^(?:he|she|it|they|we|i|you|his|her|its|their|our|my|your|him|them|us|me)\b/i.test(text);

/** The named gold mentions of an ECB+ folder. */
export function goldMentions(devData: string, folder: string): GoldMention[] {
  const gold = JSON.parse(readFileSync(join(devData, 'crossdoc', folder, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
  return gold.mentions.filter(named);
}

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

/** Why a gold link was missed: an end not on any entity mention, two reports in two events, an end on a mention of another span, or two ids. */
export type Cause = 'not extracted' | 'other event' | 'other span' | 'not linked';

/** A gold mention with what the analysis made of it: `pred` the cross-report entity, `local` the report's own entity. */
export interface Item extends PairItem { chain: string; local: string | null; exact: boolean; raw: string; found: string; event: string | null }

/** A span's text without what the gold and the extractor draw differently: "the", a possessive, case. */
export const bare = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s?$/, '').toLowerCase();
export const topicOf = (folder: string) => Number(/\/t(\d+)_/.exec(folder)?.[1] ?? 0);
export const bump = (m: Map<string, number>, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);
export const newTally = (): PairTally => ({ tp: 0, predicted: 0, gold: 0 });

/** (report id, local entity id) -> cross entity id, of one event's identity. */
export function crossIds(identity: EntityIdentity): Map<string, string> {
  const crossOf = new Map<string, string>();
  for (const e of identity.entities) for (const o of e.occurrences) crossOf.set(`${o.report}\u0000${o.entityId}`, e.id);
  return crossOf;
}

/**
 * Where a phrase's head ends: its last word before a preposition, a conjunction or a relative pronoun
 * ("employee" of "a suspended Kraft Foods employee at the company's Philadelphia factory"), a trailing
 * possessive, quote mark or punctuation aside.
 */
function headEnd(x: { start: number; text: string }): number {
  const cut = /\s(?:at|in|of|for|to|from|with|on|by|and|or|who|which|that)\s/iu.exec(x.text);
  return x.start + x.text.slice(0, cut?.index ?? x.text.length).replace(/(?:['’]s?)?[\s.,;:”"]*$/u, '').length;
}

/**
 * What of an entity a gold mention may land on: `names`, its mentions and pronouns (the score before
 * session 25); `references`, also its labels, as Find References and the hover give them.
 */
export type Reach = 'names' | 'references';

/**
 * The items of one report's named gold mentions: a mention the identity moved or found first, else
 * the entity mention that overlaps it most ("Mafia boss" over "Mafia"). `event` names the report's
 * event (null: alone in its event, no identity).
 */
export function itemsOf(
  analysis: ReportAnalysis, reportId: string, mentions: readonly GoldMention[],
  identity: { event: string; crossOf: Map<string, string>; recovered: EntityIdentity['recovered'] } | null,
  reach: Reach = 'references',
): Item[] {
  const items: Item[] = [];
  // every name and tied pronoun of the report, with its entity: read once, not per gold mention
  const names = analysis.entities.flatMap((e) => [...e.mentions, ...(e.pronouns ?? [])].map((x) => ({ x, e })));
  for (const m of mentions) {
    let span = identity?.recovered?.[reportId]?.find((x) => x.start < m.end && m.start < x.end);
    let pred: string | null = span?.entity ?? null;
    let local: string | null = null;
    // the most overlap, then the least beyond the gold span ("Hollywood" the place over "Hollywood actress" the description)
    let most = 0;
    let excess = 0;
    // a pronoun the analysis ties to a person ("He" opening a sentence) is one of its mentions here, and
    // so is a label ("Oscars host", "the actress"): Find References lists all three (features/navigation.ts);
    // a label when it and the gold mention share their head and no name or pronoun holds that head: what a
    // hover on the head gives, the innermost span there ("Star" of "Legendary Aquatic Musical Star", "Mafia
    // boss" on the title rather than on "Mafia"; "Obama team" in "the Obama team's first choice" is no mention
    // of the one chosen)
    const head = headEnd(m);
    const onName = names.some(({ x }) => x.start < head && head <= x.end);
    const labels = reach === 'references' && !onName ? analysis.entities.flatMap((e) => (e.labels ?? []).filter((x) => headEnd(x) === head && x.start < head).map((x) => ({ x, e }))) : [];
    const spans = labels.length > 0 ? labels : names;
    for (const { x, e } of spans) {
      const overlap = Math.min(x.end, m.end) - Math.max(x.start, m.start);
      const beyond = x.end - x.start - overlap;
      if (overlap < most || overlap <= 0 || (overlap === most && beyond >= excess)) continue;
      most = overlap;
      excess = beyond;
      local = e.id;
      if (pred !== null && span?.entity) continue;
      span = { ...x, entity: '' };
    }
    if (pred === null && local !== null) pred = identity?.crossOf.get(`${reportId}\u0000${local}`) ?? null;
    const found = span ? analysis.text.slice(span.start, span.end) : '';
    items.push({
      doc: m.doc_id, gold: m.chain_id, chain: m.chain_id, pred, local, exact: span !== undefined && bare(found) === bare(m.text),
      text: bare(m.text), raw: m.text, found, event: identity?.event ?? null,
    });
  }
  return items;
}

function measure(devData: string, reports: DevReport[], oracle: boolean): void {
  const folders = [...new Set(reports.map((r) => r.folder))].sort();
  const halves = { even: newTally(), odd: newTally() };
  let ms = 0;
  let variants = 0;
  let mapped = 0;
  let all = 0;
  const why = newWhy();
  for (const folder of folders) {
    const even = topicOf(folder) % 2 === 0;
    const members = reports.filter((r) => r.folder === folder);
    const gold = goldMentions(devData, folder);
    const analysisOf = (r: DevReport) => (oracle ? goldEntities(r.analysis, gold.filter((m) => m.doc_id === r.docId)) : r.analysis);
    const inputs: ReportInput[] = members.map((r) => ({ id: r.docId, analysis: analysisOf(r) }));
    const t0 = performance.now();
    const identity = identifyEntities(inputs);
    ms += performance.now() - t0;
    for (const list of Object.values(identity.problems)) variants += list.length;
    const crossOf = crossIds(identity);
    const items = inputs.flatMap((r) => itemsOf(r.analysis, r.id, gold.filter((m) => m.doc_id === r.id), { event: folder, crossOf, recovered: identity.recovered }));
    all += items.length;
    mapped += items.filter((x) => x.pred !== null).length;
    addTally(even ? halves.even : halves.odd, countPairs(items, 'cross-report'));
    if (even || process.env.NEWSLENS_EVAL_VERBOSE === 'all') explainCross(items, why);
  }
  const total = addTally(addTally(newTally(), halves.even), halves.odd);
  console.log(`${folders.length} ECB+ events, ${all} named gold mentions, ${pct(mapped / Math.max(1, all))} of them on an entity mention (extracted, or found by another report's name)`);
  console.log(`cross-report links: ${line(total)}  target F1 >= 85%`);
  console.log(`  even topics (tuned on): ${line(halves.even)}`);
  console.log(`  odd topics (held out):  ${line(halves.odd)}`);
  console.log(`identifyEntities: ${ms.toFixed(0)} ms in all; ${variants} name-variant problems`);
  printWhy(why);
}

export const line = (t: PairTally) => {
  const { p, r, f1 } = prf(t);
  return `precision ${pct(p)}  recall ${pct(r)}  F1 ${pct(f1)}  (tp ${t.tp}, predicted ${t.predicted}, gold ${t.gold})`;
};

/** Missed gold links by cause, the mentions charged with them, and the links gold has not. */
export interface Why { causes: Map<Cause, number>; costly: Map<Cause, Map<string, number>>; wrong: Map<string, number> }
export const newWhy = (): Why => ({ causes: new Map(), costly: new Map(), wrong: new Map() });

/** Every cross-report pair of `items` (the mentions of one topic or event) that gold and we decide apart. */
export function explainCross(items: readonly Item[], why: Why): void {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      if (a.doc === b.doc) continue;
      const g = a.gold === b.gold;
      const p = a.pred !== null && a.pred === b.pred;
      if (!g && p) bump(why.wrong, [a.raw, b.raw].sort().join(' ~ '));
      if (g && !p) missed(a, b, why);
    }
  }
}

export const show = (m: Map<string, number>, n: number) =>
  [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n).map(([t, c]) => `${t} x${+c.toFixed(1)}`).join('; ');

export function printWhy(why: Why): void {
  if (!process.env.NEWSLENS_EVAL_VERBOSE) return;
  const missedAll = [...why.causes.values()].reduce((s, x) => s + x, 0);
  console.log(`  missed gold links by cause, ${process.env.NEWSLENS_EVAL_VERBOSE === 'all' ? 'all' : 'even (tuning)'} topics (${missedAll}): ${[...why.causes].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const [cause, texts] of why.costly) console.log(`  ${cause}, costliest (links lost): ${show(texts, 40)}`);
  console.log(`  links we make that gold has not: ${show(why.wrong, 40)}`);
}

/** Files a missed gold link under its cause, charging the mentions responsible with it. */
function missed(a: Item, b: Item, why: Why): void {
  const charge = (cause: Cause, keys: string[]) => {
    bump(why.causes, cause);
    let m = why.costly.get(cause);
    if (!m) why.costly.set(cause, (m = new Map()));
    for (const k of keys) bump(m, k, 1 / keys.length);
  };
  const unmapped = [a, b].filter((x) => x.local === null && x.pred === null);
  if (unmapped.length > 0) return charge('not extracted', unmapped.map((x) => x.raw));
  if (a.event === null || a.event !== b.event) return charge('other event', [[a.raw, b.raw].sort().join(' ~ ')]);
  const off = [a, b].filter((x) => !x.exact);
  if (off.length > 0) return charge('other span', off.map((x) => `${x.raw} [${x.found}]`));
  charge('not linked', [[a.raw, b.raw].sort().join(' ~ ')]);
}
