// Labels attached to the right entity, on ECB+ dev: the description mentions of the gold entity
// chains (a mention whose head word is lower case: "the actress", "host", "the 29-year-old";
// pronouns and "there"/"where" left out) in a sentence the annotators covered, whose chain has a
// named mention in the same report (its head word capitalised, no pronoun): the entity a label can be attached to.
// - recall: such a gold description found by a label (holding its head word) on the entity that holds the
//   chain's named mentions (the entity's chain: the chain most of its named mentions are in);
// - precision: of the labels that hold a gold description mention's head word (of any chain,
//   singletons included), those on the entity of that mention's chain (a label over several gold mentions is
//   judged by the first: "the political leader of the Islamic terrorist organization" by "leader").
// Labels that overlap no gold mention are not judged (ECB+ annotates only the event's entities).
// The same figures for the entities' descriptors and description mentions (what the analysis
// had before labels), as the baseline. The same on MEANTIME's within-report chains (120 Wikinews
// articles), split by corpus. Tuned on the even ECB+ topics (two parts: topic mod 4 = 0 and 2) and
// MEANTIME half 1 (airbus, apple); the odd topics are held out and MEANTIME half 2 (gm, stock) is the check.
// NEWSLENS_EVAL_VERBOSE=1 lists the misses (by cause, label-causes.ts) and the wrong labels of the tuned parts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, ReportAnalysis, Span } from '@newslens/language-service';
import { loadCrossdoc, pct } from './eval-grouping.ts';
import { bump, topicOf, type GoldMention } from './eval-linking.ts';
import { causeLine, labelPhrases, missCause } from './label-causes.ts';

/** Not descriptions: pronouns, relative words, place adverbs. */
const NOT_DESCRIPTION = new Set(
  ('he him his she her hers it its they them their theirs who whom whose which that this these those i me my we us our ' +
    "you your himself herself itself themselves ourselves myself one there where here she's he's it's").split(' '),
);

/** The part of a gold mention before a preposition, a relative word or a comma: its head word is the last. */
const headPart = (text: string) => text.split(/\s+(?:of|in|at|from|for|on|with|who|which|that|to)\s+|,/)[0].trim();

/** The head word of a gold mention. */
function headWord(text: string): string {
  return headPart(text).split(/\s+/).pop() ?? '';
}

export function isDescription(m: GoldMention): boolean {
  if (m.kind !== 'entity' || m.in_annotated_sentence === false) return false;
  const head = headWord(m.text);
  return /^\p{Ll}/u.test(head) && !NOT_DESCRIPTION.has(m.text.toLowerCase()) && !NOT_DESCRIPTION.has(head.toLowerCase());
}

/**
 * A gold mention that is a name: its head word capitalised, and no pronoun ("He may have been driven
 * ..." and "A Mafia boss" open with a capital but name no one; counting them made a chain named in a
 * report with no name in it).
 */
export function isName(m: GoldMention): boolean {
  if (m.kind !== 'entity' || m.in_annotated_sentence === false || NOT_DESCRIPTION.has(m.text.toLowerCase())) return false;
  return /^\p{Lu}/u.test(headWord(m.text));
}

interface Tally { tp: number; gold: number; right: number; judged: number; unjudged: number; kinds: Map<string, number>; causes: Map<string, number> }
const newTally = (): Tally => ({ tp: 0, gold: 0, right: 0, judged: 0, unjudged: 0, kinds: new Map(), causes: new Map() });

/** What a method calls an entity's labels. */
type LabelsOf = (e: Entity) => Array<Span & { kind?: string; lead?: boolean }>;
const labelsNow: LabelsOf = (e) => e.labels ?? [];
const baseline: LabelsOf = (e) => [...e.descriptors, ...e.mentions.filter((m) => m.form === 'description')];

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The label holds the gold mention's head word ("the Sicilian capital of Palermo" does not hold "prison"). */
function holdsHead(l: Span, d: GoldMention): boolean {
  const head = headWord(d.text);
  const start = d.start + Math.max(0, d.text.indexOf(headPart(d.text)) + headPart(d.text).lastIndexOf(head));
  return overlaps(l, { start, end: start + head.length });
}

function score(analysis: ReportAnalysis, offset: number, gold: GoldMention[], labelsOf: LabelsOf, t: Tally, misses: string[] | null): void {
  const named = gold.filter(isName);
  const descriptions = gold.filter(isDescription);
  const withName = new Set(named.map((m) => m.chain_id));
  const chainOf = new Map<Entity, string | null>();
  for (const e of analysis.entities) {
    const votes = new Map<string, number>();
    for (const x of e.mentions) {
      if (x.form === 'description') continue;
      for (const g of named) if (overlaps({ start: x.start + offset, end: x.end + offset }, g)) votes.set(g.chain_id, (votes.get(g.chain_id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    chainOf.set(e, best ? best[0] : null);
  }
  const placed = analysis.entities.flatMap((e) => labelsOf(e).map((l) => ({ e, start: l.start + offset, end: l.end + offset, kind: l.kind })));
  for (const l of placed) {
    // the gold description that fits the label best: the most shared characters over the union, then the first
    const fit = (d: GoldMention) => (Math.min(l.end, d.end) - Math.max(l.start, d.start)) / (Math.max(l.end, d.end) - Math.min(l.start, d.start));
    const over = descriptions.filter((d) => holdsHead(l, d)).sort((a, b) => fit(b) - fit(a) || a.start - b.start);
    if (over.length === 0) { t.unjudged++; continue; }
    t.judged++;
    const ok = chainOf.get(l.e) === over[0].chain_id;
    const lead = l.kind === 'reference' && /^an?\s/i.test(analysis.text.slice(l.start - offset, l.end - offset)) ? ' (lead)' : '';
    if (l.kind) bump(t.kinds, `${l.kind}${lead} ${ok ? 'right' : 'wrong'}`);
    if (ok) t.right++;
    else misses?.push(`wrong: ${l.kind} "${analysis.text.slice(l.start - offset, l.end - offset)}" on ${l.e.name}, gold "${over[0].text}" = ${named.find((g) => g.chain_id === over[0].chain_id)?.text ?? '(no name)'}`);
  }
  for (const d of descriptions) {
    if (!withName.has(d.chain_id)) continue;
    t.gold++;
    if (placed.some((l) => holdsHead(l, d) && chainOf.get(l.e) === d.chain_id)) t.tp++;
    else if (misses) {
      const cause = missCause({
        entity: [...chainOf.values()].includes(d.chain_id),
        wrong: placed.some((l) => holdsHead(l, d)),
        overlapping: placed.some((l) => overlaps(l, d) && chainOf.get(l.e) === d.chain_id),
        extracted: labelPhrases(analysis).some((l) => holdsHead({ start: l.start + offset, end: l.end + offset }, d)),
      });
      bump(t.causes, cause);
      const s = analysis.text.slice(Math.max(0, d.start - offset - 50), d.end - offset + 20).replace(/\s+/g, ' ');
      misses.push(`missed (${cause}): "${d.text}" in ...${s}...`);
    }
  }
}

const line = (t: Tally) =>
  `recall ${pct(t.tp / Math.max(1, t.gold))} (${t.tp}/${t.gold})  precision ${pct(t.right / Math.max(1, t.judged))} (${t.right}/${t.judged}; ${t.unjudged} labels over no gold description)`;

/** The parts the eval reports: the tuned ones list their misses with NEWSLENS_EVAL_VERBOSE=1, the others only their figures. */
const PARTS = [
  { id: 'ecb0', name: 'ECB+ even topics, part 1 (topic mod 4 = 0; tuned on)', tuned: true },
  { id: 'ecb2', name: 'ECB+ even topics, part 2 (topic mod 4 = 2; tuned on)', tuned: true },
  { id: 'ecbOdd', name: 'ECB+ odd topics (held out)', tuned: false },
  { id: 'mt1', name: 'MEANTIME half 1 (airbus, apple; tuned on)', tuned: true },
  { id: 'mt2', name: 'MEANTIME half 2 (gm, stock; the check)', tuned: false },
] as const;
type PartId = (typeof PARTS)[number]['id'];

/** The part of a report: ECB+ by topic, MEANTIME by corpus. */
function partOf(folder: string): PartId {
  if (folder.startsWith('meantime_en/')) return /corpus_(?:airbus|apple)$/.test(folder) ? 'mt1' : 'mt2';
  const topic = topicOf(folder);
  return topic % 2 === 1 ? 'ecbOdd' : topic % 4 === 0 ? 'ecb0' : 'ecb2';
}

const sum = (a: Tally, b: Tally): Tally => ({
  tp: a.tp + b.tp, gold: a.gold + b.gold, right: a.right + b.right, judged: a.judged + b.judged, unjudged: a.unjudged + b.unjudged, kinds: new Map(), causes: new Map(),
});

export async function run(devData: string): Promise<void> {
  const reports = await loadCrossdoc(devData);
  const goldOf = new Map<string, GoldMention[]>();
  const methods: Array<[string, LabelsOf]> = [['labels', labelsNow], ['baseline (descriptors and description mentions)', baseline]];
  const verbose = process.env.NEWSLENS_EVAL_VERBOSE;
  for (const [name, labelsOf] of methods) {
    const tallies = new Map<PartId, Tally>(PARTS.map((p) => [p.id, newTally()]));
    const misses = new Map<PartId, string[]>(PARTS.map((p) => [p.id, []]));
    for (const r of reports) {
      if (!goldOf.has(r.folder)) {
        const g = JSON.parse(readFileSync(join(devData, 'crossdoc', r.folder, 'gold.json'), 'utf8')) as { mentions: GoldMention[] };
        goldOf.set(r.folder, g.mentions);
      }
      const part = partOf(r.folder);
      const gold = goldOf.get(r.folder)!.filter((m) => m.doc_id === r.docId);
      const show = verbose && name === 'labels' && PARTS.find((p) => p.id === part)!.tuned ? misses.get(part)! : null;
      score(r.analysis, r.analysis.hadBom ? 1 : 0, gold, labelsOf, tallies.get(part)!, show);
    }
    console.log(`${name}:`);
    console.log(`  ECB+ even topics (tuned on): ${line(sum(tallies.get('ecb0')!, tallies.get('ecb2')!))}`);
    for (const p of PARTS) {
      const target = p.id === 'ecbOdd' ? '  target recall >= 60%, precision >= 85%' : '';
      console.log(`  ${p.name}: ${line(tallies.get(p.id)!)}${target}`);
    }
    if (!verbose || name !== 'labels') continue;
    for (const p of PARTS.filter((x) => x.tuned)) {
      const t = tallies.get(p.id)!;
      console.log(`  ${p.name}:\n    misses by cause: ${causeLine(t.causes)}`);
      console.log(`    judged labels by kind: ${[...t.kinds].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
      console.log(misses.get(p.id)!.sort().map((m) => `    ${m}`).join('\n'));
    }
  }
}
