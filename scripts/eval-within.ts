// Entity identity within one report, fast (no grouping: a report's own entities do not depend on it):
// pairs of gold named mentions of one report in one gold chain, against two mentions of one entity of
// the report's own analysis; all pairs, and the pairs whose texts differ (scripts/linking-lib.ts counts).
// - ECB+: the within-report figures of `pnpm eval identity` (even topics in two parts, odd held out);
// - MEANTIME (120 Wikinews articles; its chains are within-document here: a chain id is qualified by its
//   article): split by corpus, airbus + apple (half 1, tuned on) and gm + stock (half 2, held out).
//   A MEANTIME mention spans a whole noun phrase ("Boeing's European rival Airbus", "Apple CEO Steve
//   Jobs"): one that holds another mention is left to the one inside; the others count as named when
//   their head (last word) is capitalised and no bare title or role ("Apple CEO"), each scored on its
//   name: the run of capitalised words that ends it, after any title or "the" ("The Air Force": "Air Force").
// NEWSLENS_EVAL_VERBOSE=1 names the worst split and merged pairs of the tuned parts (ECB+ even, MEANTIME half 1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCrossdoc, type DevReport } from './eval-grouping.ts';
import { bump, goldMentions, itemsOf, line, pronounHeaded, show, topicOf, type GoldMention, type Item, type Reach } from './eval-linking.ts';
import { countPairs, type PairTally } from './linking-lib.ts';

/** MEANTIME half 1 (tuned on); the other corpora are half 2 (held out). */
export const MEANTIME_TUNED = new Set(['corpus_airbus', 'corpus_apple']);

/** Heads that are a title or role, not a name ("Apple CEO", "Senate Majority Leader"). */
const ROLE_HEAD = /^(?:CEO|CFO|COO|CTO|Chairman|Chairwoman|Chair|President|Chief|Executive|Officer|Vice|Director|Minister|Secretary|Senator|Governor|Leader|Spokesman|Spokeswoman)$/;
/** Lowercase words a name may hold ("Bank of America", "Defence and Space Company"). */
const JOINER = /^(?:of|and|&|de|du|la|le|von|van|der|for)$/;

/**
 * The name that ends a MEANTIME mention, as a gold mention of its span, or null when its head is no
 * name. A trailing unclosed parenthesis is dropped ("Singapore Airlines (SIA").
 */
export function meantimeName(m: GoldMention): GoldMention | null {
  if (m.kind !== 'entity' || pronounHeaded(m.text)) return null;
  const text = m.text.replace(/\s*\([^)]*$/, '').replace(/[\s,;:“”"]+$/, '');
  const words = [...text.matchAll(/\S+/g)];
  if (words.length === 0) return null;
  const head = words[words.length - 1][0].replace(/[’']s$/, '');
  if (!/\p{Lu}/u.test(head) || ROLE_HEAD.test(head)) return null;
  let k = words.length - 1;
  while (k > 0) {
    const w = words[k - 1][0];
    if (/[,;:]$/.test(w) || /[’']s?$/.test(w)) break; // "Boeing's European rival Airbus": the name after the possessive
    if ((!/\p{Lu}|\d/u.test(w) && !JOINER.test(w)) || ROLE_HEAD.test(w)) break; // "Apple CEO Steve Jobs": the name after the title
    k--;
  }
  while (k < words.length - 1 && (JOINER.test(words[k][0]) || /^the$/i.test(words[k][0]))) k++;
  const start = m.start + (words[k].index ?? 0);
  const end = m.start + (words[words.length - 1].index ?? 0) + words[words.length - 1][0].length;
  return { ...m, start, end, text: m.text.slice(start - m.start, end - m.start) };
}

/**
 * The named gold mentions of a MEANTIME corpus folder, each cut to its name, chains qualified by article
 * (`acrossArticles`: by the corpus only, for the cross-report score of scripts/eval-meantime-cross.ts).
 */
export function meantimeMentions(devData: string, folder: string, acrossArticles = false): GoldMention[] {
  const gold = JSON.parse(readFileSync(join(devData, 'crossdoc', folder, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
  const entities = gold.mentions.filter((m) => m.kind === 'entity');
  // a mention that holds another is scored through the one inside ("Airbus parent EADS": "Airbus", "EADS")
  const holds = (m: GoldMention) => entities.some((x) => x !== m && x.doc_id === m.doc_id && m.start <= x.start && x.end <= m.end && x.end - x.start < m.end - m.start);
  return entities.flatMap((m) => {
    const n = holds(m) ? null : meantimeName(m);
    // the chain id carries the type, for the figures without products
    return n ? [{ ...n, chain_id: `${acrossArticles ? '' : m.doc_id}\u0000${m.type ?? ''}\u0000${m.chain_id}` }] : [];
  });
}

/** Items of every report of `reports` with its own entities (no cross-report identity). */
function itemsOfReports(reports: readonly DevReport[], mentionsOf: (folder: string) => GoldMention[], reach: Reach): Item[] {
  const byFolder = new Map<string, GoldMention[]>();
  return reports.flatMap((r) => {
    if (!byFolder.has(r.folder)) byFolder.set(r.folder, mentionsOf(r.folder));
    // doc-qualified so two reports' ids never meet
    return itemsOf(r.analysis, r.docId, byFolder.get(r.folder)!.filter((m) => m.doc_id === r.docId), null, reach)
      .map((x) => ({ ...x, doc: `${r.folder}/${x.doc}`, pred: x.local === null ? null : `${r.folder}/${x.doc}\u0000${x.local}` }));
  });
}

const within = (items: Item[]): PairTally => countPairs(items, 'same-report');
const differ = (items: Item[]): PairTally => countPairs(items, 'same-report, texts differ');

/**
 * The within-report parts: ECB+ even in two parts, ECB+ odd (summary only), MEANTIME's two halves; a gold
 * mention lands on what Find References gives (`references`: names, pronouns and labels) or, as scored
 * before session 25, on names and pronouns only (`names`).
 */
export async function withinParts(devData: string, reports?: DevReport[], reach: Reach = 'references'): Promise<Record<string, Item[]>> {
  const all = reports ?? (await loadCrossdoc(devData));
  const ecb = itemsOfReports(all.filter((r) => r.folder.startsWith('ecbplus/')), (f) => goldMentions(devData, f), reach);
  const mt = all.filter((r) => r.folder.startsWith('meantime_en/'));
  const mtItems = itemsOfReports(mt, (f) => meantimeMentions(devData, f), reach);
  const corpus = (x: Item) => x.doc.split('/')[1];
  const topic = (x: Item) => topicOf(`/${x.doc.split('/')[1]}`);
  return {
    'ECB+ even, topics 4, 8, .. (tuned)': ecb.filter((x) => topic(x) % 4 === 0),
    'ECB+ even, topics 2, 6, .. (tuned)': ecb.filter((x) => topic(x) % 4 === 2),
    'ECB+ odd (held out)': ecb.filter((x) => topic(x) % 2 === 1),
    'MEANTIME half 1, airbus + apple (tuned)': mtItems.filter((x) => MEANTIME_TUNED.has(corpus(x))),
    'MEANTIME half 2, gm + stock (held out)': mtItems.filter((x) => !MEANTIME_TUNED.has(corpus(x))),
  };
}

/** Prints the MEANTIME halves (and, with `ecb`, the ECB+ parts) of the within-report score. */
export function printWithin(parts: Record<string, Item[]>, ecb: boolean): void {
  const shown = Object.entries(parts).filter(([name]) => ecb || name.startsWith('MEANTIME'));
  for (const [title, score] of [['all pairs', within], ['pairs whose texts differ', differ]] as const) {
    console.log(`within-report pairs, ${title}:`);
    for (const [name, items] of shown) console.log(`  ${name.padEnd(42)} ${line(score(items))}`);
  }
}

export async function run(devData: string): Promise<void> {
  const parts = await withinParts(devData);
  const mt = Object.entries(parts).filter(([n]) => n.startsWith('MEANTIME')).flatMap(([, xs]) => xs);
  console.log(`${mt.length} MEANTIME named gold mentions (${mt.filter((x) => x.local === null).length} on no entity mention)`);
  printWithin(parts, true);
  // the score before session 25: a gold mention on a label (a description, "Oscars host") counted on no entity
  console.log('within-report pairs, all, a gold mention on names and pronouns only (no labels; the score before session 25):');
  for (const [name, items] of Object.entries(await withinParts(devData, undefined, 'names'))) console.log(`  ${name.padEnd(42)} ${line(within(items))}`);
  // MEANTIME's products ("iPhone", "A380") and financial names have no entity kind here: the figures without them
  console.log('within-report pairs, all, MEANTIME without its PRODUCT and FINANCIAL mentions (no entity kind for them):');
  for (const [name, items] of Object.entries(parts).filter(([n]) => n.startsWith('MEANTIME'))) {
    console.log(`  ${name.padEnd(42)} ${line(within(items.filter((x) => !/\u0000(?:PRODUCT|FINANCIAL)\u0000/.test(x.gold))))}`);
  }
  if (!process.env.NEWSLENS_EVAL_VERBOSE) return;
  for (const [name, items] of Object.entries(parts)) {
    if (!name.includes('(tuned)')) continue;
    const missed = new Map<string, number>();
    const wrong = new Map<string, number>();
    explainWithin(items, missed, wrong);
    console.log(`${name}: pairs gold has and we have not (one entity split), worst: ${show(missed, 40)}`);
    console.log(`${name}: pairs we have and gold has not (two entities merged), worst: ${show(wrong, 40)}`);
  }
}

/** Pairs of one report's mentions that gold and the report's entities decide apart, by text pair (with the report). */
export function explainWithin(items: readonly Item[], missed: Map<string, number>, wrong: Map<string, number>): void {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      if (a.doc !== b.doc) continue;
      const g = a.gold === b.gold;
      const p = a.local !== null && a.local === b.local;
      const key = `${[a.raw, b.raw].sort().join(' ~ ')} (${a.doc.split('/').pop()})`;
      if (g && !p) bump(missed, a.local !== null && b.local !== null ? key : `${key} [on no entity: ${[a, b].filter((x) => x.local === null).map((x) => x.raw).join(', ')}]`);
      if (!g && p) bump(wrong, `${key} [${a.local}]`);
    }
  }
}
