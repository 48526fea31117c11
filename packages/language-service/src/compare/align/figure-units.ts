import type { Figure, Span } from '../../types.js';
import { isMoneyCount, MEASURE_WORDS } from '../../figures/figure-counts.js';
import { stem } from './words.js';

// What a figure counts, as the figure aligner reads it (align-figures.ts): units too common to be
// one fact without words in common, sports statistics, units of time, and happenings whose length is a fact;
// and numbers that are no figure of the story (a phone number, one end of a range) or an amount converted.

/**
 * Counted things too common to be one fact without words in common: measures (money, percent,
 * miles, years, times), street blocks, a quake's magnitude ("a 6.1 quake"), the units of lines of
 * sports statistics (each player's points, yards, runs: where most judged figure false alarms were
 * before), and people, persons or others counted bare ("five people"; "five people killed" says
 * what happened to them).
 */
export function genericCount(f: Figure): boolean {
  const words = f.counts.toLowerCase().split(' ');
  if (words[0] === 'percent' || isMoneyCount(f.counts) || (words.length === 1 && BARE.has(words[0]))) return true;
  if (!Number.isInteger(f.value) && words.some((w) => MAGNITUDES.has(w))) return true;
  return words.some((w) => MEASURE_WORDS.has(w) || STATISTICS.has(w));
}
const MAGNITUDES = new Set(['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'aftershock', 'magnitude']);
/** Units of sports statistics, each counted per player, team, game or season (also as the stems `nextWord` gives). */
export const STATISTICS = new Set([
  'point', 'points', 'rebound', 'rebounds', 'assist', 'assists', 'yard', 'yards', 'goal', 'goals', 'run', 'runs',
  'rbi', 'rbis', 'homer', 'homers', 'hit', 'hits', 'game', 'games', 'touchdown', 'touchdowns', 'pass', 'passes',
  'carry', 'carries', 'reception', 'receptions', 'catch', 'catches', 'tackle', 'tackles', 'sack', 'sacks',
  'strikeout', 'strikeouts', 'inning', 'innings', 'win', 'wins', 'loss', 'losses', 'victory', 'victories',
  'knockout', 'knockouts', 'fight', 'fights', 'title', 'titles', 'season', 'seasons', 'match', 'matches',
  'shot', 'shots', 'save', 'saves', 'lap', 'laps', 'start', 'starts', 'appearance', 'appearances', 'steal', 'steals',
  'block', 'blocks', 'turnover', 'turnovers', 'interception', 'interceptions', 'medal', 'medals',
]);
export const STATISTICS_STEMS = new Set([...STATISTICS].map((w) => stem(w)));
/** Units of time, as the stems `nextWord` gives. */
export const TIME_STEMS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'].map((w) => stem(w)));
/** The happenings whose length is a fact of the story: a prison term ("sentenced to 12 years"); any other time in a clause of a happening (he died 30 years after ...) is not its length. */
export const TERMS: ReadonlySet<string> = new Set(['sentenced']);
const BARE = new Set(['people', 'persons', 'others', 'individuals', 'ones']);

/** Where the number of a figure starts ("about 500 feet": at "500"). */
function numberAt(text: string, f: Span): number {
  const i = text.slice(f.start, f.end).search(/\d/);
  return i < 0 ? f.start : f.start + i;
}

/**
 * A number that is no figure of the story: a group of digits of a phone number or a code ("0845
 * 125 2222", "0800"), a street block of an address ("the 12000 block of East 223rd Street"), or
 * one end of a range ("$140-$150 million", "between 140 and 150"): the range is the figure.
 */
export function notCounted(text: string, f: Span): boolean {
  const at = numberAt(text, f);
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(f.end, f.end + 6);
  // an address: "the 12000 block of East 223rd Street" is where, not how many
  if (/^[\d,]+\s+block\s+of\s+(?:\p{Lu}|\d)/u.test(text.slice(at, f.end + 20))) return true;
  if (/^0\d/.test(text.slice(at, f.end)) || /\d[ \t-]?$/.test(before) || /^[ \t-]?\d/.test(after)) return true;
  // a decimal broken by a space ("£1. 7 million"): neither part is the amount
  if (/\d\.[ \t]$/.test(before) || /^\.[ \t]\d/.test(after)) return true;
  return /^[ \t]?[-–][ \t]?[$£€]?\d/.test(after) || /\d[ \t]?[-–][ \t]?[$£€]?$|\bbetween\s+[$£€]?$|\bbetween\s+[$£€]?[\d.,]+(?:\s+(?:million|billion|thousand))?\s+and\s+[$£€]?$/i.test(before);
}

/**
 * An amount converted in parentheses after the amount itself ("$US1 million ($1.52 million)",
 * "110 billion euro (93.6 billion pound)"): compared only with another such.
 */
export function converted(text: string, f: Figure): boolean {
  const at = numberAt(text, f);
  const before = text.slice(Math.max(0, at - 40), at);
  const open = /\(\s*(?:[A-Z]{0,3}[$£€¥]|[$£€¥][A-Z]{0,3})?\s*$/.exec(before);
  if (!open || !/\d/.test(before.slice(Math.max(0, open.index - 25), open.index))) return false;
  return /[$£€¥]/.test(before.slice(open.index)) || /\b(?:dollars?|pounds?|euros?|yen|yuan|rupees?|francs?|sterling)\b/i.test(f.counts ?? '');
}

/**
 * A count of two things joined by "and" ("some 420 passengers and crew": passengers and crew together), compared only
 * with another such: "its 246 passengers" alone are fewer. Not a second figure ("12 magazines and 300 rounds"), a
 * happening ("killed 10 people and injured 50") or a quantifier ("246 passengers and most of its crew").
 */
export function coordinated(text: string, f: Figure): boolean {
  const m = COORDINATED.exec(text.slice(f.end, f.end + 60));
  return m !== null && !/(?:ed|ing)$/.test(m[1]) && !NOT_THINGS.has(m[1]);
}
const COORDINATED = /^\s+and\s+(\p{Ll}{3,})(?=\s*(?:[,.;:)]|$)|\s+(?:after|before|were|was|are|have|had|who|that|which|aboard)\b)/u;
/** Words after "and" that are no second thing counted. */
const NOT_THINGS = new Set(['the', 'all', 'most', 'many', 'some', 'several', 'more', 'others', 'other', 'another', 'then', 'now', 'also', 'still', 'its', 'his', 'her', 'their', 'our']);
