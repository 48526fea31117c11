import { memoize } from '../../text/memo.js';
import type { Span } from '../../types.js';
import { sentenceAt } from '../../text/spans.js';

/** A word of a passage: its span in the report text and a normalised form for comparing. */
export interface Word extends Span {
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  /** A crude stem for matching across inflections ("killed" ~ "kill", "Palestinians" ~ "palestinian"). */
  stem: string;
  /** Not a function word. */
  content: boolean;
}

// Generic English function words (not taken from any data set).
const STOP = new Set((
  'a an the and or but nor so yet of to in on at by for with from into onto upon about as than then that this these those ' +
  'is are was were be been being am do does did has have had having will would shall should can could may might must ' +
  'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose ' +
  'which what when where why how there here not no all any both each few more most other some such own same only very ' +
  'just also too over under again further once s \'s said says say told according while after before during since until'
).split(' '));

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Contractions compare as their long forms ("I'm" = "I am", "don't" = "do not").
const CONTRACTED: Record<string, string[]> = { "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'] };
const SUFFIXES: Array<[string, string]> = [["n't", 'not'], ["'m", 'am'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will']];

function expand(norm: string): string[] {
  if (!norm.includes('\'')) return [norm];
  if (Object.hasOwn(CONTRACTED, norm)) return CONTRACTED[norm];
  for (const [suffix, long] of SUFFIXES) if (norm.endsWith(suffix) && norm.length > suffix.length) return [norm.slice(0, -suffix.length), long];
  return [norm];
}

/**
 * Words of text[start, end), skipping editorial insertions in square brackets and asides in
 * parentheses (unless `asides` is false); contractions become their long forms (two words on the
 * same span).
 */
export function wordsOf(text: string, span: Span = { start: 0, end: text.length }, asides = true): Word[] {
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  let depth = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    if (asides) {
      for (let i = last; i < m.index; i++) {
        if (slice[i] === '[' || slice[i] === '(') depth++;
        else if ((slice[i] === ']' || slice[i] === ')') && depth > 0) depth--;
      }
      last = m.index;
      if (depth > 0) continue;
    }
    const start = span.start + m.index;
    for (const norm of expand(m[0].toLowerCase().replace(/’/g, "'"))) {
      out.push({ start, end: start + m[0].length, norm, stem: stem(norm), content: !STOP.has(norm) });
    }
  }
  return out;
}

// Every word of a report, tokenised once for all the aligners of its event; compareEvent forgets
// them after (a report is in one event; kept for the analysis' lifetime they cost ~30 KB a report).
const TOKENS = new WeakMap<object, Word[]>();

/** Drops the cached tokens of a report (they are rebuilt on demand). */
export function forgetTokens(analysis: object): void {
  TOKENS.delete(analysis);
}

export function tokensOf(analysis: { text: string }): Word[] {
  let words = TOKENS.get(analysis);
  if (!words) {
    words = wordsOf(analysis.text, { start: 0, end: analysis.text.length }, false);
    TOKENS.set(analysis, words);
  }
  return words;
}

/** The words of a report inside span, from its token list (binary search). */
export function wordsIn(analysis: { text: string }, span: Span): Word[] {
  const words = tokensOf(analysis);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < span.start) lo = mid + 1; else hi = mid;
  }
  let end = lo;
  while (end < words.length && words[end].end <= span.end) end++;
  return words.slice(lo, end);
}

/** Crude suffix stripping: good enough to match inflections, never used for display. */
export const stem: (norm: string) => string = memoize(stemOnce, 200_000);

function stemOnce(norm: string): string {
  let w = norm.replace(/'s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

const CARDINALS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const ORDINALS = 'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' ');
const SPELLED = new Map<string, string>([
  ...CARDINALS.map((w, i): [string, string] => [w, String(i)]),
  ...ORDINALS.map((w, i): [string, string] => [w, `${i}${i % 10 === 1 && i !== 11 ? 'st' : i % 10 === 2 && i !== 12 ? 'nd' : i % 10 === 3 && i !== 13 ? 'rd' : 'th'}`]),
  ['okay', 'ok'], ['programme', 'program'], ['programmes', 'programs'],
]);

/**
 * The form two wordings are compared on: a number written out as its digits ("eleventh" =
 * "11th", "six" = "6"), British spelling as American ("neighbourhood" = "neighborhood", "fibre"
 * = "fiber", "realised" = "realized"). Never shown.
 */
export function compareKey(norm: string): string {
  const spelled = SPELLED.get(norm);
  if (spelled !== undefined) return spelled;
  if (norm.length < 5 || /\d/.test(norm)) return norm;
  return americanKey(norm);
}

const americanKey = memoize(britishAsAmerican, 100_000);

function britishAsAmerican(norm: string): string {
  return norm
    .replace(/(?<=[a-z]{2}[bcghlmnprsvi])our(?=s?$|hood|ed$|ing$|ite|able|ful|less)/, 'or')
    .replace(/(?<=[a-z]{2}[^aeiou])re(s?)$/, 'er$1')
    .replace(/(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/(?<=[a-z]{2})ys(e|es|ed|ing)$/, 'yz$1');
}

export function isStopWord(norm: string): boolean {
  return STOP.has(norm);
}


/** The span of the sentence around a passage (the passage itself when no sentence contains it). */
export function sentenceSpan(sentences: readonly Span[], span: Span): Span {
  const i = sentenceAt(sentences, span.start);
  if (i < 0) return { start: span.start, end: span.end };
  return { start: sentences[i].start, end: Math.max(sentences[i].end, span.end) };
}

/** Distinct stems of the content words of a passage, minus those inside `exclude`, numbers dropped. */
export function contextStems(analysis: { text: string }, span: Span, exclude: readonly Span[] = []): Set<string> {
  const out = new Set<string>();
  for (const w of wordsIn(analysis, span)) {
    if (!w.content || /^\d/.test(w.stem)) continue;
    if (exclude.length > 0 && exclude.some((e) => w.start < e.end && w.end > e.start)) continue;
    out.add(w.stem);
  }
  return out;
}

/**
 * Stems of the `k` content words either side of a passage within its sentence (numbers and the
 * `exclude` spans left out): what a figure is about, more than its whole sentence. A pronoun the
 * analysis ties to a person (`referents`, from `referentStems`) counts as that person's surname:
 * "He said three managers had been detained" is about Hossain as much as "Hossain said ..." is.
 */
export function windowStems(
  analysis: { text: string }, sentence: Span, at: Span, exclude: readonly Span[], k: number, referents?: ReadonlyMap<number, string>,
): Set<string> {
  const named = (w: Word): Word => {
    const referent = referents?.get(w.start);
    return referent === undefined ? w : { ...w, stem: referent, content: true };
  };
  const words = wordsIn(analysis, sentence).map(named).filter((w) => w.content && !/^\d/.test(w.stem)
    && !exclude.some((e) => w.start < e.end && w.end > e.start) && !(w.start < at.end && w.end > at.start));
  const before = words.filter((w) => w.end <= at.start).slice(-k);
  const after = words.filter((w) => w.start >= at.end).slice(0, k);
  return new Set([...before, ...after].map((w) => w.stem));
}

/** |a ∩ b| / min(|a|, |b|), and the size of the intersection. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; coefficient: number } {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (big.has(x)) shared++;
  return { shared, coefficient: small.size === 0 ? 0 : shared / small.size };
}

/**
 * Where the analysis ties a pronoun to a person (`entities[].pronouns`): the pronoun's start ->
 * the stem of the person's last name word ("He" -> "hossain" for Mohammad Hossain).
 */
const REFERENTS = new WeakMap<object, ReadonlyMap<number, string>>();

export function referentStems(analysis: { entities?: ReadonlyArray<{ name: string; pronouns?: readonly Span[] }> }): ReadonlyMap<number, string> {
  let out = REFERENTS.get(analysis) as Map<number, string> | undefined;
  if (out) return out;
  out = new Map<number, string>();
  for (const e of analysis.entities ?? []) {
    if (!e.pronouns?.length) continue;
    const last = wordsOf(e.name).at(-1);
    if (last) for (const p of e.pronouns) out.set(p.start, last.stem);
  }
  REFERENTS.set(analysis, out);
  return out;
}
