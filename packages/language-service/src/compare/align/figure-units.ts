import type { Figure } from '../../types.js';
import { isMoneyCount, MEASURE_WORDS } from '../../figures/figure-counts.js';
import { stem } from './words.js';

// What a figure counts, as the figure aligner reads it (align-figures.ts): units too common to be
// one fact without words in common, sports statistics, units of time, and happenings whose length is a fact.

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
