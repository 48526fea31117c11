import { firstAtOrAfter } from '../text/spans.js';
import type { CheckWorthiness, Claim, ReportAnalysis, Span } from '../types.js';
import { SOURCING_VERBS } from './sentence-source.js';
import { tollValues } from './toll-totals.js';
import { HARM, HARM_EVENTS, SOURCE_DOCUMENTS } from './worth-words.js';

// Whether a check-worthy claim has its source near it, as a reader sees it: in the sentence before,
// in its paragraph's attribution frame, in a sourced sentence close by that speaks of the same
// thing, or where the report credits the same count elsewhere. And whether it is background: the
// harm of an earlier, dated event that the report treats as known.

/** What set each value: the readers' reasons on the judged corpus's tuning half (test/judged). */
export const NEARBY = {
  /** A paragraph of at most this many sentences is one unit whose attribution frame covers what follows it ("X said ... . ... ."). */
  frameSentences: 6,
  /** Sentences either side in its paragraph in which a source that speaks of the same thing covers a claim (readers: "credited in the two sentences before"). */
  reach: 2,
  /** Sentences away in which the same count, credited, covers a claim ("opening death tolls credited to police a few sentences further down"). */
  creditedWithin: 6,
  /** Words of its own a sourced sentence must share with a claim that is not a count of harm to speak of the same thing ("coal" alone does not). */
  sharedWords: 2,
  /** A dated event at least this many months before the report's date is background ("the toll of an earlier quake"). */
  backgroundMonths: 2,
  /**
   * Sentences either side, across paragraph breaks, in which a poll named covers a share: the wire's
   * one-sentence paragraphs tell an exit poll's shares between "Early results of an entrance poll ...
   * showed" and "The survey was conducted ..." (judged corpus half A, issue 12: three sentences back,
   * two on). A line with no word (a "___" rule, a time stamp) ends the passage.
   */
  pollReach: 3,
  /** The headline and lede: the first sentences, where a poll story says it is one. */
  ledeSentences: 3,
  /** A full date within this many characters of the top is the report's dateline (ECB+ and MEANTIME put it under the headline). */
  datelineWithin: 300,
  /** Share of a sentence a quotation must fill for the sentence to be a voice in the report ("“..., shot and killed another man,” police said" split by a line break before the speaker). */
  voicedShare: 0.5,
} as const;

/** The cues that source what they frame: reporting verbs, "according to", "per" (not stance: "pledged", "urged", "condemned"). */
const REPORTING = new Set([...SOURCING_VERBS, 'according', 'per', 'by', 'citing', 'quoted']);
const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'been', 'their', 'they', 'there', 'which', 'about', 'more', 'than', 'into', 'after', 'also', 'some', 'when', 'where', 'will', 'would', 'other', 'over', 'under', 'what', 'while']);
/**
 * A reporting verb in the active voice, or "according to": read from the words where the attribution
 * extractor found no source. Lower case only: "the United States" is no verb.
 */
const LEXICAL_CUE = new RegExp(`\\b(?:[Aa]ccording to|[Cc]iting|[Pp]er (?:the|a|an|its|their)\\b|(?<!\\b(?:is|was|were|are|be|been|being|not|never)\\s+|n['’]t\\s+)(?:${[...SOURCING_VERBS].join('|')}))\\b`);
/** A credit in brackets closing the sentence: "... in the Iowa caucus. [WashPost.]", "(Reuters)". */
const BRACKET_CREDIT = /[[(]\s*\p{Lu}[\p{L}./&' -]{1,40}[\])]\s*\.?\s*$/u;
/** The documents whose shares a passage tells: a poll, a survey, a study, a census (not "statistics" or "a report": too often no document). */
const SURVEYS = new Set(['poll', 'polls', 'polling', 'pollster', 'survey', 'surveys', 'study', 'studies', 'census']);
const lexicalSource = (s: string): boolean => LEXICAL_CUE.test(s) || BRACKET_CREDIT.test(s) || words(s).some((w) => SOURCE_DOCUMENTS.has(w));

/** A sentence's words with its quotations blanked out (a quote's words are its speaker's, not sourcing). */
function unquoted(analysis: NearbyContext['analysis'], s: Span): string {
  let out = analysis.text.slice(s.start, s.end);
  for (const q of analysis.quotes) {
    if (q.end <= s.start || q.start >= s.end) continue;
    const a = Math.max(q.start, s.start) - s.start;
    const b = Math.min(q.end, s.end) - s.start;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];

export interface NearbyContext {
  analysis: Pick<ReportAnalysis, 'text' | 'sentences' | 'paragraphs' | 'attributions' | 'figures' | 'quotes' | 'claims' | 'dates' | 'publishedAt'>;
  /** Per sentence: a source with a reporting cue starts in it, or it names a document (a poll, a survey) or credits one in brackets. */
  sourced: boolean[];
  /** Per sentence: it names a poll, a survey, a study or a census: the shares told around it are its. */
  documented: boolean[];
  /** Per sentence: a quotation fills most of it (someone speaks: a witness, an official), its speaker found or not. */
  voiced: boolean[];
  /** Per paragraph: its sentences' index range [first, last). */
  paragraphSentences: Array<[number, number]>;
  /** Per sentence, once asked: the values it gives (figures and totals of coordinated counts). */
  values: Map<number, Set<number>>;
  /** The report's headline or lede names a document (a poll, a survey, a study): its statistics are that document's. */
  framed: boolean;
  /** Months since year 0 of the report's date (its publication date, else a full date near its top: a dateline), or null. */
  reference: number | null;
}

function indexOf(spans: readonly Span[], at: number): number {
  return Math.max(0, firstAtOrAfter(spans.length, (k) => spans[k].start, at + 1) - 1);
}

function monthIndex(value: string | null): number | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?/.exec(value) : null;
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 11) : null;
}

export function nearbyContext(analysis: NearbyContext['analysis']): NearbyContext {
  const sourced = analysis.sentences.map(() => false);
  for (const a of analysis.attributions) {
    const cue = words(a.cue.text)[0] ?? '';
    if (a.sourceKind !== 'none' && REPORTING.has(cue)) sourced[indexOf(analysis.sentences, a.cue.start)] = true;
  }
  const documented = analysis.sentences.map(() => false);
  analysis.sentences.forEach((s, i) => {
    const open = unquoted(analysis, s);
    documented[i] = words(open).some((w) => SURVEYS.has(w));
    if (!sourced[i] && lexicalSource(open)) sourced[i] = true;
  });
  const dateline = analysis.dates.find((d) => d.start < NEARBY.datelineWithin && d.value !== null && d.value.length === 10 && isDateline(analysis, d));
  const reference = monthIndex(analysis.publishedAt) ?? monthIndex(dateline?.value ?? null);
  const lede = analysis.sentences.slice(0, NEARBY.ledeSentences).map((x) => analysis.text.slice(x.start, x.end)).join(' ');
  const { sentences } = analysis;
  const voiced = sentences.map(() => false);
  for (const q of analysis.quotes) {
    const j = indexOf(sentences, q.start);
    const s = sentences[j];
    if (s && Math.min(q.end, s.end) - Math.max(q.start, s.start) >= NEARBY.voicedShare * (s.end - s.start)) voiced[j] = true;
  }
  const paragraphSentences = analysis.paragraphs.map((para): [number, number] => {
    const first = firstAtOrAfter(sentences.length, (k) => sentences[k].start, para.start);
    return [first, firstAtOrAfter(sentences.length, (k) => sentences[k].start, para.end)];
  });
  return { analysis, sourced, documented, voiced, paragraphSentences, values: new Map(), reference, framed: words(lede).some((w) => SOURCE_DOCUMENTS.has(w)) };
}

/** The values sentence j gives (its figures, and the totals of its coordinated counts of people). */
function valuesIn(ctx: NearbyContext, j: number): Set<number> {
  let out = ctx.values.get(j);
  if (!out) ctx.values.set(j, (out = tollValues(ctx.analysis.text, ctx.analysis.figures, ctx.analysis.sentences[j])));
  return out;
}

/**
 * The sentences a reader takes as the claim's surroundings: the reach either side within its
 * paragraph, the rest of its paragraph when that is short, the paragraph before when short (the
 * frame a passage continues: "An analysis released last month reveals ... ." then the figures),
 * and the next sentence across a paragraph break (a paragraph further on is another passage).
 */
function around(ctx: NearbyContext, i: number, p: number, inParagraph: readonly number[]): number[] {
  const { sentences } = ctx.analysis;
  const out = new Set<number>();
  for (let j = Math.max(0, i - NEARBY.reach); j <= Math.min(sentences.length - 1, i + NEARBY.reach); j++) {
    if (inParagraph.includes(j) || Math.abs(j - i) === 1) out.add(j);
  }
  if (inParagraph.length <= NEARBY.frameSentences) for (const j of inParagraph) out.add(j);
  const before = p > 0 ? sentencesOf(ctx, p - 1) : [];
  if (inParagraph.length <= NEARBY.frameSentences && before.length <= NEARBY.frameSentences) for (const j of before) out.add(j);
  out.delete(i);
  return [...out];
}

function sentencesOf(ctx: NearbyContext, p: number): number[] {
  const [first, last] = ctx.paragraphSentences[p] ?? [0, 0];
  const out: number[] = [];
  for (let j = first; j < last; j++) out.push(j);
  return out;
}

/**
 * Whether a sentence speaks of what the claim says: the same number (or the same total: "two women
 * and one man" for "three people"), harm told in both (a toll, a rate of suicides; next to the
 * claim, the harmful event too: "The shooting happened ..., the Daily News reports" after its
 * toll), or, for a claim of another kind, words of the claim's own clause.
 */
function sameThing(ctx: NearbyContext, j: number, claim: Claim, worth: CheckWorthiness, values: ReadonlySet<number>): boolean {
  const { text, sentences } = ctx.analysis;
  const s = sentences[j];
  for (const v of valuesIn(ctx, j)) if (values.has(v)) return true;
  const ws = words(text.slice(s.start, s.end)).map(stem);
  const own = words(text.slice(claim.start, claim.end)).map(stem);
  const harm = (list: readonly string[]) => list.some((w) => HARM_STEMS.has(w));
  const mine = new Set(own.filter((w) => w.length >= 4 && !STOP.has(w)));
  const shared = new Set(ws.filter((w) => mine.has(w)));
  // harm told in both, of the same people or place (a word of the claim besides the harm itself):
  // 'Police said 14 people died' does not source 'more than 1 million Palestinians have fled'
  if (harm(ws) && (worth.kind === 'casualty' || harm(own)) && [...shared].some((w) => !HARM_STEMS.has(w))) return true;
  // the sentence next to a toll tells its event at the place or party the toll names ("at a Kraft
  // factory, killing two workers" and "The shooting ... at Kraft ..., the Daily News reports")
  if (worth.kind === 'casualty' && Math.abs(j - indexOf(sentences, claim.start)) === 1 && ws.some((w) => EVENT_STEMS.has(w))) {
    const names = (text.slice(claim.start, claim.end).match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).map((w) => stem(w.toLowerCase()));
    if (names.some((w) => shared.has(w))) return true;
  }
  return shared.size >= NEARBY.sharedWords;
}

/** A crude stem, enough to meet "veterans" with "veteran". */
const stem = (w: string): string => w.replace(/(?:'s|’s|ies|es|s)$/, '');
const HARM_STEMS = new Set([...HARM].map(stem));
const EVENT_STEMS = new Set([...HARM_EVENTS].map(stem));

/**
 * Whether the claim's source is near it: in its sentence (a poll it names, a credit in brackets,
 * a reporting verb the claim extractor did not tie to it), in the sentence before (same paragraph), earlier in its
 * paragraph when the paragraph is short (its attribution frame), in a sourced sentence within
 * reach or in its short paragraph that speaks of the same thing ("..., police said" after it), or where the same count is
 * credited a few sentences away (a wire lede whose toll is credited to the police further down).
 */
export function sourcedNearby(ctx: NearbyContext, claim: Claim, worth: CheckWorthiness): boolean {
  const { sentences, paragraphs, figures } = ctx.analysis;
  if (worth.kind === 'statistic' && ctx.framed) return true;
  const i = indexOf(sentences, worth.start);
  const p = indexOf(paragraphs, worth.start);
  const inParagraph = sentencesOf(ctx, p);
  if (ctx.sourced[i]) return true;
  if (i > 0 && ctx.sourced[i - 1] && inParagraph.includes(i - 1)) return true;
  if (inParagraph.length <= NEARBY.frameSentences && inParagraph.some((j) => j < i && ctx.sourced[j])) return true;
  const values = tollValues(ctx.analysis.text, figures, { start: worth.start, end: Math.max(worth.end, Math.min(claim.end, worth.end + TOTAL_REACH)) });
  const near = around(ctx, i, p, inParagraph);
  if (worth.kind === 'statistic' && (near.some((j) => ctx.documented[j]) || pollPassage(ctx, i))) return true; // "The survey was conducted for AP ..." after its shares
  if (near.some((j) => (ctx.sourced[j] || ctx.voiced[j]) && sameThing(ctx, j, claim, worth, values))) return true;
  return creditedElsewhere(ctx, claim, worth, values);
}

/** A poll named within NEARBY.pollReach sentences either side, no wordless line (a rule, a time stamp) between. */
function pollPassage(ctx: NearbyContext, i: number): boolean {
  const { text, sentences } = ctx.analysis;
  const wordless = (j: number) => !/\p{L}{3}/u.test(text.slice(sentences[j].start, sentences[j].end));
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; j >= 0 && j < sentences.length && n < NEARBY.pollReach; j += step, n++) {
      if (wordless(j)) break;
      if (ctx.documented[j]) return true;
    }
  }
  return false;
}

/** Characters past a count in which "and a man" completes its total ("two women and a man who were caught"). */
const TOTAL_REACH = 24;

function creditedElsewhere(ctx: NearbyContext, claim: Claim, worth: CheckWorthiness, values: ReadonlySet<number>): boolean {
  if (values.size === 0) return false;
  const { figures, sentences, quotes, claims } = ctx.analysis;
  const i = indexOf(sentences, claim.start);
  for (let j = Math.max(0, i - NEARBY.creditedWithin); j <= Math.min(sentences.length - 1, i + NEARBY.creditedWithin); j++) {
    // a total the sourced sentence gives: "Police said two women and one man ... choked on smoke"
    if (j !== i && ctx.sourced[j] && [...valuesIn(ctx, j)].some((v) => values.has(v)) && sameThing(ctx, j, claim, worth, values)) return true;
  }
  return figures.some((f) => {
    if (!values.has(f.value) || (f.start >= claim.start && f.end <= claim.end)) return false;
    const j = indexOf(sentences, f.start);
    if (Math.abs(j - i) > NEARBY.creditedWithin) return false;
    const credited = ctx.sourced[j] || quotes.some((q) => f.start >= q.start && f.end <= q.end)
      || claims.some((c) => c.status !== 'unattributed' && f.start >= c.start && f.end <= c.end);
    return credited && sameThing(ctx, j, claim, worth, values);
  });
}

/**
 * Background: the harm of an earlier event the clause dates ("In February, a quake ... killing 612
 * people", "in December 2003, in which more than 31,000 people were killed"; "It killed 612
 * people" after a sentence that dates it, the clause giving no date of its own), or a statistic or
 * an accusation about one. A date is
 * earlier when it lies months before the report's date, or, where that is not known, when it names
 * a month or a year without a day, or gives the year: news tells its own event by the day ("on
 * Sunday", "May 5") and writes the year only for another year's.
 * Not "since January" (a running toll), and a record's own date ("the worst since 2008") does not
 * make it background. A toll the news is placed after ("It comes a day after three bank workers
 * died") is the earlier event, told as known.
 */
export function background(ctx: NearbyContext, claim: Claim, worth: CheckWorthiness): boolean {
  if (worth.kind !== 'casualty' && worth.kind !== 'statistic' && worth.kind !== 'accusation') return false;
  if (earlier(ctx, claim)) return true;
  const { sentences, dates, text } = ctx.analysis;
  const i = indexOf(sentences, claim.start);
  const s = sentences[i];
  if (worth.kind === 'casualty' && AFTER_EVENT.test(text.slice(Math.max(s.start, worth.start - 40), worth.start))) return true;
  const dated = dates.some((d) => d.start >= s.start && d.end <= s.end);
  return i > 0 && !dated && earlier(ctx, sentences[i - 1], true);
}

/**
 * A toll in a clause that places the report's news after it ("It comes a day after three bank
 * workers died", "The vote came after 10 people were killed"): the earlier event, told as known.
 */
const AFTER_EVENT = /\b(?:comes?|came|coming|day|days|week|weeks|hours|night|weekend)\s+(?:after|following)\s+$/i;

const MONTH_OR_YEAR = /^(?:(?:in|of|during|early|late|mid|last)\s+)*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?$|^(?:in\s+)?\d{4}$/i;

/** "almost two years after", "decades ago", "last year", "last month": an event placed months or years away. */
const YEARS_AWAY = /\b(?:years?|months?|decades?)\s+(?:ago|earlier|before|after)\b|\blast (?:year|month)\b/i;
/** A date written with its year: news gives the year only for an event of another year ("the Sept. 11, 2012 attack"). */
const WITH_YEAR = /\b(?:1[89]|20)\d\d\b/;

/** A dateline: a date that is most of its sentence ("Wed May 5, 2010 7: 12pm BST") dates the report, not an event. */
const DATELINE_SHARE = 0.5;

function isDateline(analysis: NearbyContext['analysis'], d: Span): boolean {
  const s = analysis.sentences[indexOf(analysis.sentences, d.start)];
  return !!s && d.end - d.start >= DATELINE_SHARE * analysis.text.slice(s.start, s.end).trim().length;
}

function earlier(ctx: NearbyContext, s: Span, skipDatelines = false): boolean {
  const { text, dates } = ctx.analysis;
  if (YEARS_AWAY.test(text.slice(s.start, s.end))) return true;
  return dates.some((d) => {
    if (d.start < s.start || d.end > s.end || /\b(since|through|until|so far)\s*$/i.test(text.slice(Math.max(0, d.start - 12), d.start))) return false;
    if (skipDatelines && isDateline(ctx.analysis, d)) return false;
    const m = monthIndex(d.value);
    if (m !== null && ctx.reference !== null) return m <= ctx.reference - NEARBY.backgroundMonths;
    return d.weekday === null && !d.relative && (MONTH_OR_YEAR.test(d.text.trim()) || WITH_YEAR.test(d.text));
  });
}
