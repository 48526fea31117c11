// Who "he" and "she" are (entities/pronouns.ts), on ECB+ dev: each pronoun the analysis ties to a
// person against the gold chains of the report. ECB+ links only the mentions of the events it
// annotates (the others are SINGLETON_ chains, which say nothing here). A tied pronoun in a linked
// chain is right when the chain holds a gold mention of the person's own mentions, wrong when the
// person's mentions are in other linked chains only, and unjudged when the annotators linked none
// of them. Recall: of the linked gold "he" / "she" / "his" / "her" ... mentions whose chain is
// named in the report (capitalised), how many are tied to the right person.
// Tuned on the even topics (printed again in two parts, topics 4, 8, .. and 2, 6, ..); the odd ones
// are held out. NEWSLENS_EVAL_VERBOSE=1 lists the wrong and the missed pronouns of the even topics.
import type { ReportAnalysis } from '@newslens/language-service';
import { loadCrossdoc, pct, type DevReport } from './eval-grouping.ts';
import { topicOf, type GoldMention } from './eval-linking.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PRONOUN = /^(?:he|him|his|himself|she|her|hers|herself)$/i;
/** The first person singular (a gold mention may hold its contraction: "I'm"), tied to a quotation's speaker (entities/quoted-pronouns.ts). */
const FIRST = /^(?:i|me|my|mine|myself)(?:['’][a-z]+)?$/i;

interface Tally { right: number; wrong: number; unjudged: number; gold: number; found: number }

const newTally = (): Tally => ({ right: 0, wrong: 0, unjudged: 0, gold: 0, found: 0 });

export async function run(devData: string): Promise<void> {
  measure(devData, (await loadCrossdoc(devData)).filter((r) => r.folder.startsWith('ecbplus/')));
}

/** The figures of the ECB+ reports' analyses, by half. */
export function measure(devData: string, reports: readonly DevReport[]): void {
  const tallies = { even: newTally(), odd: newTally(), part0: newTally(), part2: newTally() };
  const first = { even: newTally(), odd: newTally() };
  const gold = new Map<string, GoldMention[]>();
  const shown: string[] = [];
  for (const r of reports) {
    if (!gold.has(r.folder)) {
      const g = JSON.parse(readFileSync(join(devData, 'crossdoc', r.folder, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
      gold.set(r.folder, g.mentions.filter((m) => m.kind === 'entity'));
    }
    const topic = topicOf(r.folder);
    const even = topic % 2 === 0;
    const lines = even && process.env.NEWSLENS_EVAL_VERBOSE ? shown : null;
    const mine = gold.get(r.folder)!.filter((m) => m.doc_id === r.docId);
    const t = score(r.analysis, mine, lines, r.docId, PRONOUN);
    for (const into of even ? [tallies.even, topic % 4 === 0 ? tallies.part0 : tallies.part2] : [tallies.odd]) add(into, t);
    add(even ? first.even : first.odd, score(r.analysis, mine, lines, r.docId, FIRST));
  }
  console.log('pronouns tied to a person (precision: of those ECB+ annotates in a chain the person is in or not; recall: of the gold he/she/his/her... whose chain the report names):');
  console.log(`  even topics (tuned on): ${line(tallies.even)}`);
  console.log(`    topics 4, 8, ..:       ${line(tallies.part0)}`);
  console.log(`    topics 2, 6, ..:       ${line(tallies.part2)}`);
  console.log(`  odd topics (held out):  ${line(tallies.odd)}`);
  console.log('"I", "me", "my" ... in a quotation tied to its speaker (same measures):');
  console.log(`  even topics (tuned on): ${line(first.even)}`);
  console.log(`  odd topics (held out):  ${line(first.odd)}`);
  for (const l of shown) console.log(l);
}

function score(a: ReportAnalysis, gold: readonly GoldMention[], shown: string[] | null, doc: string, kind: RegExp): Tally {
  const t = newTally();
  // a mention the annotators linked to no other (a SINGLETON_ chain: not in the annotated events) says nothing
  const linked = gold.filter((g) => !g.chain_id.startsWith('SINGLETON'));
  const chainsOf = (s: { start: number; end: number }) => new Set(linked.filter((g) => !PRONOUN.test(g.text) && g.start < s.end && s.start < g.end).map((g) => g.chain_id));
  const tied = new Map<string, { name: string; chains: Set<string> }>();
  for (const e of a.entities) {
    const chains = new Set(e.mentions.flatMap((m) => [...chainsOf(m)]));
    for (const p of e.pronouns ?? []) tied.set(`${p.start}`, { name: e.name, chains });
  }
  const named = new Set(linked.filter((g) => !PRONOUN.test(g.text) && /^\p{Lu}/u.test(g.text)).map((g) => g.chain_id));
  const context = (s: number, e: number) => a.text.slice(Math.max(0, s - 80), e + 30).replace(/\s+/g, ' ');
  for (const g of linked) {
    if (!kind.test(g.text)) continue;
    const ours = tied.get(`${g.start}`);
    if (named.has(g.chain_id)) t.gold++;
    if (!ours) {
      if (named.has(g.chain_id) && shown) shown.push(`  missed ${doc} ${JSON.stringify(g.text)}: ...${context(g.start, g.end)}`);
      continue;
    }
    if (ours.chains.has(g.chain_id)) { t.right++; if (named.has(g.chain_id)) t.found++; }
    else if (ours.chains.size > 0) { t.wrong++; shown?.push(`  WRONG ${doc} ${JSON.stringify(g.text)} -> ${ours.name}: ...${context(g.start, g.end)}`); }
    else t.unjudged++;
  }
  return t;
}

function add(into: Tally, t: Tally): void {
  into.right += t.right;
  into.wrong += t.wrong;
  into.unjudged += t.unjudged;
  into.gold += t.gold;
  into.found += t.found;
}

function line(t: Tally): string {
  const judged = t.right + t.wrong;
  return `precision ${judged ? pct(t.right / judged) : '-'} (${t.right}/${judged}; ${t.unjudged} unjudged)  recall ${t.gold ? pct(t.found / t.gold) : '-'} (${t.found}/${t.gold})`;
}
