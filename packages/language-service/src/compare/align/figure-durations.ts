import type { Span } from '../../types.js';
import { happeningKind } from './figure-facts.js';
import { isStopWord, stem, wordsIn } from './words.js';

// What a span of time is the length of, or the time since: the key two reports' spans of time are
// compared on (align-figures.ts). "She had worked at the plant for 15 years" and "Hiller has worked
// for Kraft for about 23 years" give two lengths of one thing; "a member of its anti-gang unit for
// the past eight years" and "the appeals process will last five years" give two things.

/** Words between a span of time and what it measures that say nothing of what it is ("for the past", "about", "some"). */
const FILLERS = new Set([
  'past', 'next', 'last', 'first', 'full', 'whole', 'entire', 'nearly', 'almost', 'least', 'roughly', 'approximately',
  'around', 'estimated', 'exactly', 'another', 'additional', 'further', 'total', 'than', 'up', 'less', 'fewer', 'just',
  'well', 'still', 'already', 'now', 'then', 'even', 'ever', 'barely',
]);
/** A unit of time and "of" with the thing it measures after it: "two hours of negotiations" (not "the last two decades of her life"). */
const OF_THING = /^\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+of\s+(?:the\s+)?([\p{Ll}]+)/u;

/** Verbs of a length that say nothing of what lasts: the word before them ("the standoff that lasted"), or the verb after ("take 12 days to repair"). */
const LENGTH_VERBS = new Set(['last', 'lasted', 'lasts', 'lasting', 'take', 'takes', 'took', 'taking', 'spend', 'spends', 'spent', 'spending', 'spanned', 'spans', 'span']);
/** After a span of time: "to" and a verb ("12 days to repair"). */
const TO_VERB = /^\s*\p{L}+\s+to\s+(\p{Ll}+)/u;

/**
 * What a span of time measures, as a stem: the thing after "of" ("three hours of negotiations":
 * negotiation), else the nearest word before it in its clause that is no name, number, function
 * word or filler ("worked for Kraft for about 23 years": work; "hospitalized for the past three
 * weeks": hospitaliz; "married three weeks ago": marri), a happening by its kind ("jailed for 12
 * years", "a sentence of 12 years": sentenced). '' when there is none ("After three hours, the
 * gunman gave himself up").
 */
export function durationAnchor(analysis: { text: string }, clause: Span, f: Span, figures: readonly Span[]): string {
  const of = OF_THING.exec(analysis.text.slice(f.end, f.end + 40));
  if (of && !FILLERS.has(of[1]) && !isStopWord(of[1])) return keyOf(of[1]);
  const words = wordsIn(analysis, { start: clause.start, end: f.start });
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w.content || FILLERS.has(w.norm) || /\d/.test(w.norm) || /^\p{Lu}/u.test(analysis.text.slice(w.start, w.end))) continue;
    if (figures.some((x) => x.start < w.end && w.start < x.end)) continue;
    // "the standoff that lasted two hours": what lasted; "take 12 days to repair": what takes that long
    if (LENGTH_VERBS.has(w.norm)) {
      const to = TO_VERB.exec(analysis.text.slice(f.end, f.end + 40));
      if (to && !isStopWord(to[1])) return keyOf(to[1]);
      continue;
    }
    return keyOf(w.norm);
  }
  return '';
}

const keyOf = (norm: string): string => happeningKind(norm) ?? stem(norm);
