import type { ParagraphContext } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Approx, Figure, Span } from '../types.js';
import { readCounted, type CountedPhrase } from './figure-counts.js';
import { intervalOf, type NearCue } from './figure-intervals.js';
import { joined, mayStartNumber, readNumber, type ReadNumber } from './number-words.js';

/** Words before a number that bound it: longest first; with how near the bound is ("nearly": just below). */
const APPROX_CUES: ReadonlyArray<[string[], Approx, NearCue?]> = [
  [['in', 'excess', 'of'], 'more-than'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['as', 'many', 'as'], 'up-to'], [['as', 'much', 'as'], 'up-to'], [['no', 'more', 'than'], 'up-to'], [['a', 'minimum', 'of'], 'at-least'],
  [['a', 'maximum', 'of'], 'up-to'], [['just', 'over'], 'more-than', 'just-over'], [['just', 'under'], 'less-than', 'just-under'],
  [['more', 'than'], 'more-than'], [['greater', 'than'], 'more-than'], [['upwards', 'of'], 'more-than'],
  [['fewer', 'than'], 'less-than'], [['less', 'than'], 'less-than'], [['at', 'least'], 'at-least'],
  [['up', 'to'], 'up-to'], [['at', 'most'], 'up-to'], [['close', 'to'], 'about'], [['an', 'estimated'], 'about'],
  [['over'], 'more-than'], [['above'], 'more-than'], [['under'], 'less-than'], [['below'], 'less-than'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'],
  [['nearly'], 'about', 'almost'], [['almost'], 'about', 'almost'], [['some'], 'about'], [['estimated'], 'about'], [['circa'], 'about'],
];
/** A number after one of these words is a label, not a count: "Section 230", "No. 5". */
const LABELS = new Set([
  'section', 'article', 'chapter', 'no', 'nos', 'number', 'resolution', 'page', 'pages', 'flight', 'route',
  'room', 'item', 'rule', 'amendment', 'title', 'paragraph', 'part', 'vol', 'volume', 'level', 'phase',
  'episode', 'season', 'verse', 'figure', 'table', 'line', 'gate', 'exit', 'highway', 'interstate', 'channel',
  'district', 'ward', 'precinct', 'division', 'unit', 'building', 'floor', 'apartment', 'suite', 'box', 'lot',
  'platform', 'pier', 'bus', 'train', 'model', 'version', 'grade', 'class', 'category', 'stage', 'act', 'bill',
  'copyright', 'date', 'dated', 'vs', 'v', 'and/or', 'top', 'covid', 'g',
]);
/**
 * "the two sides", "its three members": a small number after these refers back to a count, it does
 * not state one: kept as a figure marked `referring` (compared across reports, never a claim).
 */
const REFERRING = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all', 'every', 'each', 'no']);
/** Phone numbers, clock times, numeric dates and ranges: never figures. */
const NOT_FIGURES = /\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b\d{1,2}:\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d+[-\u2013/]\d+\b/g;
const SKIP_TAGS = ['Date', 'Time', 'Year', 'Ordinal', 'PhoneNumber', 'Month'];

function hasSkipTag(t: Token): boolean {
  for (const s of SKIP_TAGS) if (t.tags.has(s)) return true;
  return false;
}

/** Numbers that count something: "more than 31,000 Palestinians killed", "hundreds of prisoners". */
export function extractFigures(ctx: ParagraphContext): Figure[] {
  const { tokens, sentenceTokens } = ctx.parsed;
  const masked = maskedRanges(ctx.text);
  const out: Figure[] = [];
  let i = 0;
  let last: { figure: Figure; next: number; near: NearCue } | null = null;
  while (i < tokens.length) {
    const [sFirst, sEnd] = sentenceTokens[tokens[i].sentence] ?? [0, tokens.length];
    const fig = figureAt(ctx.text, tokens, i, sFirst, sEnd, masked);
    if (fig) {
      if (last && boundReaches(tokens, last, fig)) {
        fig.figure.approx = last.figure.approx;
        fig.figure.interval = intervalOf(fig.figure.value, last.figure.approx, last.near);
        fig.near = last.near;
      }
      out.push(fig.figure);
      last = fig;
      i = fig.next;
    } else i++;
  }
  return out;
}

/** How far a bound or estimate reaches along a list of figures. */
export interface FigureListOptions {
  /** Most tokens in a list's joint between two figures ("in Saudi Arabia, 52"): a few words, a comma or "and" last, no verb, no number. */
  jointMaxTokens: number;
}

export const FIGURE_LIST_OPTIONS: Readonly<FigureListOptions> = Object.freeze({
  // not tuned on an eval (fig21, c4e10a1): a place or a short noun phrase and its joint ("in Saudi Arabia," is 4);
  // a longer run is a clause of its own
  jointMaxTokens: 6,
});

/**
 * A bound or an estimate before the first figure of a list reaches a figure after it that counts
 * nothing of its own (the list's thing left out): "as much as 55 percent of voice traffic in Saudi
 * Arabia, 52 percent in Egypt and 82 percent in India" is as much as 52 and as much as 82 percent;
 * "at least 10 people in Bam and 15 in Zarand", at least 15. Not across a verb ("at least 10 people
 * died, and 15 were hurt") nor past a figure that names its own thing ("at least 10 dead and 15 injured people").
 */
function boundReaches(tokens: readonly Token[], prev: { figure: Figure; next: number }, cur: { figure: Figure; start: number }): boolean {
  const p = prev.figure;
  const f = cur.figure;
  if (f.approx !== 'exact' || p.approx === 'exact' || p.approx === 'vague') return false;
  if (tokens[prev.next - 1]?.sentence !== tokens[cur.start].sentence) return false;
  const unit = (counts: string) => (counts.startsWith('percent') ? 'percent' : counts.split(' ')[0]);
  // nothing counted after the number: bare, or only its unit ("52 percent", "$5 million")
  if (f.countsSpan !== null || (f.counts !== '' && unit(f.counts) !== unit(p.counts))) return false;
  const between = tokens.slice(prev.next, cur.start);
  if (between.length === 0 || between.length > FIGURE_LIST_OPTIONS.jointMaxTokens) return false;
  const lastJoint = between[between.length - 1];
  if (!(lastJoint.normal === 'and' || /,\s*$/.test(lastJoint.post))) return false;
  return between.every((t, k) => !t.tags.has('Verb') && !/\d/.test(t.text) && (k === between.length - 1 || !/[.;:!?]/.test(t.post)));
}

function maskedRanges(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NOT_FIGURES)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function figureAt(text: string, tokens: readonly Token[], i: number, sFirst: number, sEnd: number, masked: readonly Span[]):
  { figure: Figure; start: number; next: number; near: NearCue } | null {
  const t = tokens[i];
  if (!mayStartNumber(t)) return null; // readNumber would find none: skip the tests below
  if (hasSkipTag(t) && !/^[$€£¥]/.test(t.text)) return null;
  if (masked.some((r) => t.start < r.end && t.end > r.start)) return null;
  // Words joined only by spaces or a line break belong together even where the parser ended a
  // sentence at a hard-wrapped line ("more than\n31,000"); punctuation still stops every phrase.
  const num = readNumber(tokens, i, tokens.length);
  if (!num || isLabelOrName(tokens, num, sFirst, sEnd)) return null;
  const allowOf = num.vague || num.unit === 'percent' || tokens[num.last - 1].normal === 'dozen';
  const counted = num.hyphenUnit ? readUnitCounted(tokens, num.last, num.hyphenUnit) : readCounted(tokens, num.last, tokens.length, allowOf);
  if ((num.vague || num.hyphenUnit) && !counted) return null;
  if (counted?.name && !num.words && !num.unit) return null; // an address or a name: "131 West 55th Street"
  const usable = counted;
  if (num.words && num.value === 1 && !(usable && /\b(killed|dead|injured|missing|detained|arrested|abducted)\b/.test(usable.counts))) return null;
  if (isYear(t, num, usable)) return null;
  const approxAt = findApprox(tokens, i, 0);
  const approx: Approx = num.vague ? 'vague' : approxAt?.approx ?? 'exact';
  // two cues in a row pull apart ("over nearly $100 billion"): the inner one's form, no nearer reading
  const stacked = approxAt !== null && findApprox(tokens, approxAt.first, 0) !== null;
  const near: NearCue = approxAt ? (stacked ? null : approxAt.near) : num.round && !num.vague ? 'round' : null;
  const startTok = approxAt ? approxAt.first : i;
  const endTok = usable ? usable.last : num.last;
  const start = tokens[startTok].start;
  const end = tokens[endTok - 1].end;
  const figure: Figure = {
    start, end, text: text.slice(start, end), value: num.value, approx,
    counts: countsOf(num, usable?.counts ?? (num.unit ? '' : bareCounts(tokens, startTok, sFirst))),
    countsSpan: usable ? { start: tokens[usable.first].start, end: tokens[usable.last - 1].end } : null,
    interval: intervalOf(num.value, approx, near),
  };
  if (isReferring(tokens, num, sFirst)) {
    // only a count of something named ("the three victims"); "the two" alone, "its three" alone refer to anything
    if (!usable) return null;
    figure.referring = true;
  }
  return { figure, start: startTok, next: endTok, near };
}

/** Words that carry a toll to its number: "the death toll rose to 42", "put the toll at 30", "a toll of 12", "the toll reached 9". */
const TOLL_LINKS = new Set(['to', 'at', 'of', 'reached', 'hit', 'topped', 'passed', 'exceeded', 'surpassed', 'was', 'is', 'stands', 'stood']);
/** How many words back from the number the toll may stand ("the death toll from Sunday's floods in the north rose to"). */
const TOLL_REACH = 9;

/**
 * A bare number that a toll reaches counts the dead ("The death toll from the floods rose to 42"; "officials had put the
 * toll at 30"), as a reader takes it; not an injury toll or a toll road ("the injury toll", "a $5 toll").
 */
function tollReaches(tokens: readonly Token[], startTok: number, sFirst: number): boolean {
  const before = startTok - 1;
  if (before < sFirst || !TOLL_LINKS.has(tokens[before].normal)) return false;
  for (let k = before - 1; k >= Math.max(sFirst, before - TOLL_REACH); k--) {
    const t = tokens[k];
    if (/\d/.test(t.text) || /[.;:!?]/.test(t.post)) return false;
    if (t.normal === 'toll') {
      const mod = k > sFirst ? tokens[k - 1] : null;
      return !mod || mod.normal === 'death' || !mod.tags.has('Noun') || mod.tags.has('Possessive');
    }
  }
  return false;
}

/** A verb of harm right before a bare number, and what the number then counts ("killing 10", "injuring 120", "wounded 30"). */
const HARM_BEFORE: Readonly<Record<string, string>> = {
  killing: 'killed', killed: 'killed', injuring: 'injured', injured: 'injured', wounding: 'injured', wounded: 'injured', hurting: 'injured',
};

/** What a bare number counts from the words before it: the dead a toll reaches, the people a verb of harm harms; else ''. */
function bareCounts(tokens: readonly Token[], startTok: number, sFirst: number): string {
  if (tollReaches(tokens, startTok, sFirst)) return 'people dead';
  const prev = startTok > sFirst ? tokens[startTok - 1] : null;
  return prev && joined(prev, tokens[startTok]) && Object.hasOwn(HARM_BEFORE, prev.normal) ? HARM_BEFORE[prev.normal] : '';
}

function countsOf(num: ReadNumber, phrase: string): string {
  if (num.unit === 'percent') return phrase ? `percent of ${phrase}` : 'percent';
  if (num.unit === 'money') return phrase ? `${num.currency} ${phrase}` : num.currency ?? 'money';
  return phrase;
}

function findApprox(tokens: readonly Token[], i: number, floor: number): { first: number; approx: Approx; near: NearCue } | null {
  for (const [words, approx, near = null] of APPROX_CUES) {
    const first = i - words.length;
    if (first < floor) continue;
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) ok = tokens[first + w].normal === words[w] && joined(tokens[first + w], tokens[first + w + 1]);
    if (ok) return { first, approx, near };
  }
  return null;
}

/**
 * What a number joined to its unit by a hyphen describes: the unit and the noun phrase after it
 * ("48-page indictment": "page indictment"; "10-day trip": "day trip"), or null when no noun
 * follows ("an eight-year, $200 million offer"). The word right after the compound is its noun
 * even where the tagger read a verb ("a 10-year contract").
 */
function readUnitCounted(tokens: readonly Token[], unitAt: number, unit: string): CountedPhrase | null {
  const k = unitAt + 1;
  if (k >= tokens.length || !joined(tokens[unitAt], tokens[k])) return null;
  let rest = readCounted(tokens, k, tokens.length, false);
  const t = tokens[k];
  if (!rest && /^\p{Ll}+$/u.test(t.text) && !FUNCTION_TAGS.some((tag) => t.tags.has(tag))) rest = { first: k, last: k + 1, counts: t.normal, plural: false, name: false };
  return rest ? { first: unitAt, last: rest.last, counts: `${unit} ${rest.counts}`, plural: rest.plural, name: false } : null;
}

/** Tags of words that are no noun after a hyphenated unit ("a 10-day in ..."). */
const FUNCTION_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Copula', 'Auxiliary', 'Value', 'Date'];

/** "Section 230", "Apollo 11", "Netanyahu, 74,", "one of", "the two sides", "7 October". */
function isLabelOrName(tokens: readonly Token[], num: ReadNumber, sFirst: number, sEnd: number): boolean {
  const t = tokens[num.first];
  const prev = num.first > sFirst ? tokens[num.first - 1] : null;
  const next = num.last < sEnd ? tokens[num.last] : null;
  if (next && (next.tags.has('Month') || /^(a\.?m\.?|p\.?m\.?|o['’]clock)$/i.test(next.text))) return true;
  if (num.words && num.value === 1 && next?.normal === 'of') return true;
  if (!prev) return false;
  if (prev.tags.has('Month') || LABELS.has(prev.normal.replace(/\.$/, ''))) return true;
  if (/[-/]$/.test(prev.post) || /^[-/]/.test(t.pre)) return true; // "COVID-19", "F-16", "24/7"
  const cue = APPROX_CUES.some(([w]) => w[w.length - 1] === prev.normal);
  if (!cue && /^[A-Z]/.test(prev.text) && joined(prev) && prev.tags.has('Noun') && !prev.tags.has('Demonym')) return true;
  // Age after a name: "Netanyahu, 74, said".
  if (!num.words && prev.post.trim() === ',' && /^[A-Z]/.test(prev.text) && /^\s*[,―—–)]/.test(tokens[num.last - 1].post)) return true;
  return false;
}

/** A small number word after "the", "its", "these" or a possessive: "the three victims", "Hiller's two co-workers". */
function isReferring(tokens: readonly Token[], num: ReadNumber, sFirst: number): boolean {
  const prev = num.first > sFirst ? tokens[num.first - 1] : null;
  return !!prev && num.words && num.value < 10 && (REFERRING.has(prev.normal) || /['’]s$/.test(prev.text));
}

/** "2024" alone is a year; "2,000 people" and "1500 troops" are figures. */
function isYear(t: Token, num: ReadNumber, counted: CountedPhrase | null): boolean {
  if (!/^\d{4}$/.test(t.text) || num.unit) return false;
  const v = num.value;
  return (v >= 1800 && v <= 2100) || (v >= 1000 && v < 1800 && !counted?.plural);
}
