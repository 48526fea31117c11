// Links between reports (Go to Definition / Find References across reports) scored on ECB+ event
// chains (issue 13, item 5). Each ECB+ topic folder is compared as one event, as a user opening those
// reports has it; a link of kind claim, quote, figure or date joins a passage of one report with one
// of another. A claim's passage is its clause; a quote's, figure's or date's is the sentence it lies in
// (the figure "23 pirates" holds no event; its sentence tells what happened to them). A link is
// scorable when both passages hold a gold event mention (in a sentence the annotators covered), and
// right when some mention of one and some mention of the other share a chain: the two passages tell
// the same happening (lenient where a sentence tells several). Precision = right / scorable, per kind and per half (even topics
// are the ones tuned on elsewhere, odd ones held out); coverage = scorable / links. Each link is counted
// once (links are listed in both directions). NEWSLENS_EVAL_VERBOSE=N prints N wrong claim links of the
// even topics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReports, type Link, type LinkKind, type Span } from '@newslens/language-service';
import { loadCrossdoc, type DevReport } from './eval-grouping.ts';

export interface EventMention extends Span { chain: string }

export const SCORED_KINDS: readonly LinkKind[] = ['claim', 'quote', 'figure', 'date'];

export interface LinkTally { links: number; scorable: number; right: number }

/** The gold event mentions lying inside a passage. */
function inside(mentions: readonly EventMention[], s: Span): EventMention[] {
  return mentions.filter((m) => m.start >= s.start && m.end <= s.end);
}

/**
 * Scores links against gold event mentions by report id; each undirected link once (the direction
 * from the smaller report id). Returns per kind: links, scorable (both passages hold a gold event
 * mention) and right (two of them share a chain), and the wrong ones.
 */
export function scoreLinks(links: readonly Link[], mentions: ReadonlyMap<string, readonly EventMention[]>,
  passage: (l: Link, side: Link['from']) => Span = (_l, side) => side): { tally: Map<LinkKind, LinkTally>; wrong: Link[] } {
  const tally = new Map<LinkKind, LinkTally>(SCORED_KINDS.map((k) => [k, { links: 0, scorable: 0, right: 0 }]));
  const wrong: Link[] = [];
  for (const l of links) {
    const t = tally.get(l.kind);
    if (!t || l.from.report >= l.to.report) continue;
    t.links++;
    const a = inside(mentions.get(l.from.report) ?? [], passage(l, l.from));
    const b = inside(mentions.get(l.to.report) ?? [], passage(l, l.to));
    if (a.length === 0 || b.length === 0) continue;
    t.scorable++;
    const chains = new Set(a.map((m) => m.chain));
    if (b.some((m) => chains.has(m.chain))) t.right++;
    else wrong.push(l);
  }
  return { tally, wrong };
}

interface GoldFile { documents: Array<{ doc_id: string }>; mentions: Array<{ doc_id: string; start: number; end: number; kind: string; chain_id: string; in_annotated_sentence?: boolean }> }

const ratio = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));

export async function run(devData: string): Promise<void> {
  const reports = (await loadCrossdoc(devData, false)).filter((r) => r.folder.startsWith('ecbplus/'));
  const byFolder = new Map<string, DevReport[]>();
  for (const r of reports) byFolder.set(r.folder, [...(byFolder.get(r.folder) ?? []), r]);
  const halves = [new Map<LinkKind, LinkTally>(), new Map<LinkKind, LinkTally>()];
  const wrongEven: Array<{ link: Link; text: (l: Link['from']) => string }> = [];
  for (const [folder, group] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    if (group.length < 2) continue;
    const gold = JSON.parse(readFileSync(join(devData, 'crossdoc', folder, 'gold.json'), 'utf8')) as GoldFile;
    const mentions = new Map<string, EventMention[]>();
    for (const r of group) {
      mentions.set(r.file, gold.mentions.filter((m) => m.doc_id === r.docId && m.kind === 'event' && m.in_annotated_sentence !== false)
        .map((m) => ({ start: m.start, end: m.end, chain: m.chain_id })));
    }
    const comparison = compareReports(group.map((r) => ({ id: r.file, analysis: r.analysis })));
    const sentences = new Map(group.map((r) => [r.file, r.analysis.sentences]));
    const sentenceOf = (side: Link['from']): Span => sentences.get(side.report)!.find((x) => x.start <= side.start && side.end <= x.end) ?? side;
    const { tally, wrong } = scoreLinks(comparison.links, mentions, (l, side) => (l.kind === 'claim' ? side : sentenceOf(side)));
    const topic = Number(/\/t(\d+)_/.exec(folder)![1]);
    const half = halves[topic % 2 === 0 ? 0 : 1];
    for (const [kind, t] of tally) {
      const sum = half.get(kind) ?? { links: 0, scorable: 0, right: 0 };
      half.set(kind, { links: sum.links + t.links, scorable: sum.scorable + t.scorable, right: sum.right + t.right });
    }
    if (topic % 2 === 0) {
      const texts = new Map(group.map((r) => [r.file, r.analysis.text]));
      for (const l of wrong) if (l.kind === 'claim') wrongEven.push({ link: l, text: (s) => texts.get(s.report)!.slice(s.start, s.end) });
    }
  }
  console.log('links between reports of one ECB+ topic folder (compared as one event), scored on gold event chains');
  console.log('| kind | half | links | scorable (both passages hold a gold event) | right (a chain in common) | precision |');
  console.log('|---|---|---|---|---|---|');
  for (const kind of SCORED_KINDS) {
    halves.forEach((h, i) => {
      const t = h.get(kind) ?? { links: 0, scorable: 0, right: 0 };
      console.log(`| ${kind} | ${i === 0 ? 'even (tuned on)' : 'odd (held out)'} | ${t.links} | ${t.scorable} (${ratio(t.scorable, t.links)}) | ${t.right} | ${ratio(t.right, t.scorable)} |`);
    });
  }
  const verbose = Number(process.env.NEWSLENS_EVAL_VERBOSE ?? 0);
  for (const { link, text } of wrongEven.slice(0, Number.isFinite(verbose) ? verbose : 0)) {
    console.log(`  wrong claim link ${link.from.report.split('/').pop()} -> ${link.to.report.split('/').pop()}: "${text(link.from).slice(0, 120)}" || "${text(link.to).slice(0, 120)}"`);
  }
}
