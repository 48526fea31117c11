import type { Quote, Span } from '../../types.js';
import type { EntityTokens } from './align-claims.js';
import type { ReportInput } from '../types.js';
import { candidatePairs } from './candidates.js';
import { quoteMismatch } from '../../rules/quote-mismatch.js';
import { diffWindow, excerpt } from '../../text/excerpt.js';
import { addFinding, addLinkPair, loc, type AlignOutput } from './output.js';
import { quoteChange } from './quote-change.js';
import { withClockTimes } from './quote-times.js';
import { alignLocal, longestRun } from './word-diff.js';
import { elidedWords } from './quote-elisions.js';
import { compareKey, wordsOf, type Word } from './words.js';
import { QUOTE_ALIGN_OPTIONS, type QuoteAlignOptions } from './quote-options.js';

interface QuoteItem {
  report: number;
  words: Word[];
  norms: string[];
  /** The event-wide id of the person a name beside the quote says it is by ('..., Mayor John Hale said'), else null. */
  speaker: string | null;
  /** The quote asks a question (its words end with "?"). */
  question: boolean;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their)$/i;

/**
 * The person a quote is by, event-wide, when its speaker is written as a name within
 * `maxSpeakerDistance` of the quote (not a pronoun resolved to someone: one outlet's "he said" may
 * be resolved to another person than another outlet's name).
 */
function namedSpeaker(r: ReportInput, ri: number, q: Quote, entities: EntityTokens | undefined, options: QuoteAlignOptions): string | null {
  const sp = q.speaker;
  if (options.maxSpeakerDistance < 0 || !sp || !entities || PRONOUN.test(sp.text.trim())) return null;
  if (Math.max(q.start - sp.end, sp.start - q.end) > options.maxSpeakerDistance) return null;
  const overlaps = (m: Span) => m.start < sp.end && sp.start < m.end;
  // a person named in one report only is nobody the other report names
  const person = r.analysis.entities.find((e) => e.kind === 'person' && e.mentions.some(overlaps));
  if (!person) return null;
  const cross = (entities.get(r.id) ?? []).find((m) => overlaps(m) && person.mentions.some((x) => x.start === m.start));
  return cross?.token ?? `~${ri}:${person.id}`;
}

/** How two quotes of two reports line up: the aligned passages and the words only one of them has. */
export interface QuoteMatch {
  /** Passage of the first quote (a) and of the second (b) that line up. */
  a: Span;
  b: Span;
  /** No word differs inside the aligned passages: the shorter quote is contained in the longer. */
  same: boolean;
  score: number;
  /** Words only the first has / only the second has, in order. */
  onlyA: string[];
  onlyB: string[];
}

/** What decides that two quotes of two reports are the same quote, and when their wording is compared. */
export { QUOTE_ALIGN_OPTIONS, type QuoteAlignOptions } from './quote-options.js';

const NEGATION = new Set(['not', 'no', 'never', 'nor', 'without']);

const significant = (w: Word) => w.content || NEGATION.has(w.norm);

/**
 * Aligns the words of two quotes (the shorter inside the longer). Null when they are not the
 * same quote: too few words in common, no run of three words in a row.
 */
export function matchQuoteWords(
  wa: readonly Word[], wb: readonly Word[], textA = '', textB = '', options: QuoteAlignOptions = QUOTE_ALIGN_OPTIONS,
): QuoteMatch | null {
  if (wa.length < options.minLinkWords || wb.length < options.minLinkWords) return null;
  const swap = wb.length < wa.length;
  const [s, l] = swap ? [wb, wa] : [wa, wb];
  const [ts, tl] = swap ? [textB, textA] : [textA, textB];
  // a sentence ends between two words: what lies beyond is another sentence of the statement, not a rewording
  const ends = (t: string, ws: readonly Word[], i: number) => i > 0 && i < ws.length && /[.!?]/.test(t.slice(ws[i - 1].end, ws[i].start));
  const al = alignLocal(s.map((w) => compareKey(w.norm)), l.map((w) => compareKey(w.norm)));
  if (al.matched < options.minLinkWords || longestRun(al.ops) < options.minRunWords) return null;
  let matchedContent = 0;
  const onlyS: Word[] = [];
  const onlyL: Word[] = [];
  const elided = elidedWords(al.ops, s, l, ts, tl);
  for (const o of al.ops) {
    if (o.op === 'eq') { if (s[o.a].content) matchedContent++; continue; }
    if (o.a >= 0 && !elided.has(`a${o.a}`)) onlyS.push(s[o.a]);
    if (o.b >= 0 && !elided.has(`b${o.b}`)) onlyL.push(l[o.b]);
  }
  // Two content words in common, or a short quote nearly all there ("I was stopped by an officer").
  const nearlyAll = al.matched >= options.nearlyAllWords && al.matched / s.length >= options.nearlyAllShare;
  if (matchedContent < options.minSharedContent && !nearlyAll) return null;
  // Words of the shorter quote outside the aligned passage differ only where the longer one goes on;
  // the longer one's passage then takes in as many of its own words there, when they say something.
  let s0 = al.a0;
  let s1 = al.a1;
  let l0 = al.b0;
  let l1 = al.b1;
  const lead = al.b0 > 0 && !ends(ts, s, al.a0) && !ends(tl, l, al.b0) ? s.slice(0, al.a0) : [];
  const tail = al.b1 < l.length - 1 && !ends(ts, s, al.a1 + 1) && !ends(tl, l, al.b1 + 1) ? s.slice(al.a1 + 1) : [];
  const firstSig = lead.findIndex(significant);
  if (firstSig >= 0) {
    s0 = firstSig;
    onlyS.unshift(...lead.slice(firstSig));
    let before = l.slice(Math.max(0, al.b0 - (lead.length - firstSig)), al.b0);
    if (firstSig === 0 && al.b0 <= before.length + options.endSlackWords) before = l.slice(0, al.b0);
    if (before.some(significant)) { l0 = al.b0 - before.length; onlyL.unshift(...before); }
  }
  let lastSig = -1;
  for (let i = tail.length - 1; i >= 0; i--) if (significant(tail[i])) { lastSig = i; break; }
  if (lastSig >= 0) {
    s1 = al.a1 + 1 + lastSig;
    onlyS.push(...tail.slice(0, lastSig + 1));
    let after = l.slice(al.b1 + 1, al.b1 + 2 + lastSig);
    // both quotes end here: the longer one's last few words are its side of the change ("twice" / "three times")
    if (s1 === s.length - 1 && l.length - 1 - al.b1 <= after.length + options.endSlackWords) after = l.slice(al.b1 + 1);
    if (after.some(significant)) { l1 = al.b1 + after.length; onlyL.push(...after); }
  }
  const differs = onlyS.filter(significant).length + onlyL.filter(significant).length;
  const sContent = s.filter((w) => w.content).length;
  if (differs > 0) {
    // A reworded quote, not two quotes sharing a phrase: most of the shorter one is there, little differs.
    if (s.length < options.minCompareWords || differs > Math.max(options.maxDifferingWords, matchedContent)) return null;
    if (matchedContent / Math.max(1, sContent) < options.rewordedContentShare && al.matched / s.length < options.rewordedShare) return null;
    // two short sayings sharing a phrase ("There's a lot of anger" / "there's a lot of crime") are two quotes
    if (matchedContent < options.fewContentWords && al.matched / s.length < options.fewContentShare) return null;
  }
  const sSpan = { start: s[s0].start, end: s[s1].end };
  const lSpan = { start: l[l0].start, end: l[l1].end };
  const score = al.matched / (al.matched + onlyS.length + onlyL.length);
  const same = differs === 0;
  // the words that say something; a side with none shows its function words ("within" / "in")
  const shown = (ws: Word[]) => (ws.some(significant) ? ws.filter(significant) : ws).map((w) => w.norm);
  return swap
    ? { a: lSpan, b: sSpan, same, score, onlyA: shown(onlyL), onlyB: shown(onlyS) }
    : { a: sSpan, b: lSpan, same, score, onlyA: shown(onlyS), onlyB: shown(onlyL) };
}

const SPEECH = /\b(?:said|says|added|adds|told|testified|asked|explained|continued|wrote|recalled|insisted)\b/i;

/**
 * The words of a quote, without an attribution the quote runs across ('... shoulders," Quinn
 * said. "You can't ...': "Quinn said" is no word of the quote) and without the minutes of a time
 * on the hour ("6:00" = "6"); a time of day compares in 24-hour form ("6:41pm" = "18:41", `withClockTimes`).
 */
export function quoteWords(text: string, content: Span, options: QuoteAlignOptions = QUOTE_ALIGN_OPTIONS): Word[] {
  const inner = text.slice(content.start, content.end);
  const skip: Span[] = [];
  const marks = [...inner.matchAll(/["“”]/g)].map((m) => content.start + m.index!);
  if (marks.length > 0) {
    const bounds = [content.start, ...marks, content.end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const part = text.slice(bounds[i], bounds[i + 1]);
      const short = part.split(/\s+/).filter(Boolean).length <= options.maxAttributionWords;
      if (SPEECH.test(part) && short) skip.push({ start: bounds[i], end: bounds[i + 1] });
    }
  }
  return withClockTimes(wordsOf(text, content), text).filter((w) => !(w.norm === '00' && text[w.start - 1] === ':') && !skip.some((s) => w.start >= s.start && w.end <= s.end));
}

/** Word bigrams with at least one content word: the keys quotes are paired on. */
function shingles(words: readonly Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i].content || words[i + 1].content) out.push(`${compareKey(words[i].norm)} ${compareKey(words[i + 1].norm)}`);
  }
  return out;
}

interface Found { x: number; y: number; m: QuoteMatch }

/** Links the same quote across reports; flags `quote-mismatch` where its wording differs, on both reports. */
export function alignQuotes(
  reports: readonly ReportInput[], out: AlignOutput, entities?: EntityTokens, options: QuoteAlignOptions = QUOTE_ALIGN_OPTIONS,
): void {
  const items: QuoteItem[] = [];
  reports.forEach((r, ri) => {
    for (const q of r.analysis.quotes) {
      const words = quoteWords(r.analysis.text, q.content, options);
      if (words.length < options.minLinkWords) continue;
      const question = /\?\s*$/.test(q.content.text);
      items.push({ report: ri, words, norms: words.map((w) => w.norm), speaker: namedSpeaker(r, ri, q, entities, options), question });
    }
  });
  // two people's words, or a question and its answer: not one quote reworded (a quote in the same words stays one)
  const twoQuotes = (a: QuoteItem, b: QuoteItem) => a.question !== b.question || (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker);
  const pairs = candidatePairs(items.map((q) => shingles(q.words)), items.map((q) => q.report), 1, options.maxPostings);
  // Per quote and other report: what lines up with it.
  const found = new Map<string, Found[]>();
  const push = (x: number, y: number, m: QuoteMatch) => {
    const key = `${x}:${items[y].report}`;
    const list = found.get(key);
    if (list) list.push({ x, y, m }); else found.set(key, [{ x, y, m }]);
  };
  for (const [i, j] of pairs) {
    const [ra, rb] = [reports[items[i].report], reports[items[j].report]];
    const m = matchQuoteWords(items[i].words, items[j].words, ra.analysis.text, rb.analysis.text, options);
    if (!m || (!m.same && twoQuotes(items[i], items[j]))) continue;
    push(i, j, m);
    push(j, i, { a: m.b, b: m.a, same: m.same, score: m.score, onlyA: m.onlyB, onlyB: m.onlyA });
  }
  const linked = new Set<string>();
  for (const key of [...found.keys()].sort(byNumbers)) {
    for (const f of found.get(key)!) {
      const la = loc(reports[items[f.x].report].id, f.m.a);
      const lb = loc(reports[items[f.y].report].id, f.m.b);
      const id = [la, lb].map((l) => `${l.report}\u0000${l.start}\u0000${l.end}`).sort().join('\u0001');
      if (!linked.has(id)) { linked.add(id); addLinkPair(out, 'quote', la, lb, f.m.same ? 1 : f.m.score); }
    }
  }
  for (const f of differences(found, items)) {
    for (const [x, y, a, b, onlyA, onlyB] of [[f.x, f.y, f.m.a, f.m.b, f.m.onlyA, f.m.onlyB], [f.y, f.x, f.m.b, f.m.a, f.m.onlyB, f.m.onlyA]] as const) {
      const here = reports[items[x].report];
      const there = reports[items[y].report];
      const [wa, wb] = diffWindow(excerpt(here.analysis.text, a, 1000), excerpt(there.analysis.text, b, 1000));
      addFinding(out, quoteMismatch, { ...loc(here.id, a), other: loc(there.id, b), here: wa, there: wb, onlyHere: [...onlyA], onlyThere: [...onlyB], change: quoteChange(onlyA, onlyB, here.analysis.text.slice(a.start, a.end), there.analysis.text.slice(b.start, b.end)) });
    }
  }
}

/**
 * The wording differences to flag, each once for both reports (a mismatch always has its twin):
 * per pair of reports, the best-aligned differing passages first, one per passage of either report
 * (two quotes of one report that line up with one passage of the other make one difference, not
 * two), and none where a passage also appears word for word in the other report.
 */
function differences(found: ReadonlyMap<string, Found[]>, items: readonly QuoteItem[]): Found[] {
  const exact = new Map<string, Span[]>(); // "<report>:<other report>": passages with an exact match there
  const byPair = new Map<string, Found[]>();
  for (const list of found.values()) {
    for (const f of list) {
      const [rx, ry] = [items[f.x].report, items[f.y].report];
      const k = `${rx}:${ry}`;
      if (f.m.same) (exact.get(k) ?? exact.set(k, []).get(k)!).push(f.m.a);
      else if (rx < ry) (byPair.get(k) ?? byPair.set(k, []).get(k)!).push(f);
    }
  }
  const chosen: Found[] = [];
  for (const key of [...byPair.keys()].sort(byNumbers)) {
    const [rx, ry] = key.split(':');
    const takenX = [...(exact.get(`${rx}:${ry}`) ?? [])], takenY = [...(exact.get(`${ry}:${rx}`) ?? [])];
    const list = byPair.get(key)!.sort((p, q) => q.m.score - p.m.score || p.m.a.start - q.m.a.start || p.m.b.start - q.m.b.start || p.m.a.end - q.m.a.end || p.m.b.end - q.m.b.end);
    for (const f of list) {
      if (takenX.some((t) => overlaps(t, f.m.a)) || takenY.some((t) => overlaps(t, f.m.b))) continue;
      takenX.push(f.m.a);
      takenY.push(f.m.b);
      chosen.push(f);
    }
  }
  return chosen;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function byNumbers(a: string, b: string): number {
  const [a0, a1] = a.split(':').map(Number);
  const [b0, b1] = b.split(':').map(Number);
  return a0 - b0 || a1 - b1;
}
