import { MEASURE_WORDS } from '../figures/figure-counts.js';
import type { Token } from '../nlp/parse.js';
import type { Figure, Span } from '../types.js';
import type { Clause } from './clauses.js';
import { HARM, PEOPLE_NOUNS, PER_TIME, RECORD_PERCENT } from './worth-words.js';

// Statistics offered as evidence (claims/check-worthiness.ts): a share of a population or of
// things, a ratio, a rate.

/** How far a rate's words may stand apart; what set the value is said with it. */
export const STATISTICS = {
  /** Tokens "each day" may stand after the people it makes a rate of: "20 veterans commit suicide each day" (three between). */
  rateReach: 6,
} as const;

/** The token range [a, b) of a span (tokens wholly inside it). */
export function tokenRange(tokens: readonly Token[], s: Span, cl: Clause): [number, number] {
  let a = cl.first;
  while (a < cl.last && tokens[a].start < s.start) a++;
  let b = a;
  while (b < cl.last && tokens[b].end <= s.end) b++;
  return [a, b];
}

/**
 * A statistic offered as evidence: a share of a population or of things ("52 percent of registered
 * voters", "up to 70% of communications"), not a market move, a stake, a vote share, a rate set by
 * law or a target, nor a share of what a named party owns ("12% of its executive officers": the
 * party's own record); or a rate of people with a harm word ("20 veterans commit suicide each day",
 * "every 72 minutes").
 */
export function isStatistic(tokens: readonly Token[], f: Figure, cl: Clause): boolean {
  const words: string[] = [];
  for (let k = cl.first; k < cl.last; k++) words.push(tokens[k].normal);
  const [a, b] = tokenRange(tokens, f, cl);
  if (a >= b) return false;
  if (f.counts.startsWith('percent')) {
    const of = tokens.findIndex((t, k) => k >= a && k < b && t.normal === 'of');
    if (of < 0 || of + 1 >= b || tokens.slice(of + 1, b).some((t) => OWNED.test(t.text) && !t.tags.has('Place') && /^(its|their|Its|Their|\p{Lu})/u.test(t.text))) return false;
    return !words.some((w, k) => RECORD_PERCENT.has(w) || RULES.has(w) || (w === 'own' && !POSSESSIVE.test(words[k - 1] ?? '')));
  }
  const before = a > cl.first ? tokens[a - 1].normal : '';
  const unit = f.counts === '' ? tokens[b]?.normal ?? '' : tokens[b - 1].normal;
  // a rate counts harm ("20 veterans commit suicide each day", "every 72 minutes"); "Tens of millions
  // of people are cleared each year to come to America" is an estimate of people, no harm (issue 12)
  const harmful = words.some((w) => HARM.has(w) || w === 'suicide');
  if (before === 'every' && MEASURE_WORDS.has(unit)) return harmful;
  const counted = f.countsSpan ? tokens.slice(a, b).filter((t) => t.start >= f.countsSpan!.start) : [];
  if (!harmful || !counted.some((t) => PEOPLE_NOUNS.has(t.normal) || t.tags.has('Demonym'))) return false;
  for (let k = b; k < Math.min(cl.last - 1, b + STATISTICS.rateReach); k++) {
    if (tokens[k].tags.has('Value')) return false; // "3,000 people ... 24 hours a day": the rate is the other number's
    if (['a', 'each', 'per', 'every'].includes(tokens[k].normal) && PER_TIME.has(tokens[k + 1].normal)) return true;
    if (tokens[k].normal === 'annually' || tokens[k].normal === 'daily') return true;
  }
  return false;
}

/**
 * A ratio of a population, "about 4 in 10 Republican voters", "two out of three voters": where it
 * starts (the first number), when `f` is the population it is of; else null. Not a rule ("a quorum
 * of one in three members is required").
 */
export function ratioStart(tokens: readonly Token[], f: Figure, cl: Clause): number | null {
  const [a, b] = tokenRange(tokens, f, cl);
  if (a >= b || a - 2 < cl.first) return null;
  const out = tokens[a - 1].normal === 'of' && tokens[a - 2].normal === 'out';
  const link = out ? a - 2 : a - 1;
  if (!out && tokens[link].normal !== 'in') return null;
  const numerator = link - 1;
  if (numerator < cl.first || !tokens[numerator].tags.has('Value')) return null;
  const counted = f.countsSpan ? tokens.slice(a, b).filter((t) => t.start >= f.countsSpan!.start) : [];
  if (!counted.some((t) => PEOPLE_NOUNS.has(t.normal) || t.tags.has('Demonym') || t.tags.has('Actor'))) return null;
  const words = tokens.slice(cl.first, cl.last).map((t) => t.normal);
  if (words.some((w) => RECORD_PERCENT.has(w) || RULES.has(w))) return null;
  let first = numerator;
  while (first - 1 >= cl.first && APPROX_BEFORE.has(tokens[first - 1].normal)) first--;
  return tokens[first].start;
}

/** "about 4 in 10", "nearly two out of three": the words that bound a ratio's first number. */
const APPROX_BEFORE = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over', 'more', 'than', 'fewer', 'less', 'only', 'just']);

/** "their own", "Ford's own": "own" as an adjective, not the verb of a stake ("shareholders will own 44 percent"). */
const POSSESSIVE = /^(its|their|his|her|our|my|your)$|['’]s$/i;
/** "of its", "of Ford's": what a named party owns (not a place's people: "of the city's residents"). */
const OWNED = /^(its|their|his|her|our|my|your)$|['’]s$/i;
/** A share that is a rule or a target, not a finding: "the alliance's recommended 2 percent", "40 percent of members are required", a treaty's threshold ("when countries representing 55 percent of emissions ratify"). */
const RULES = new Set(['recommended', 'required', 'target', 'targeted', 'goal', 'limit', 'cap', 'minimum', 'maximum', 'threshold', 'quota', 'mandated', 'ratify', 'ratified', 'ratification']);

