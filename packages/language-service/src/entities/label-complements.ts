// The name a label phrase stands beside: set off after it by a comma or "named" ("the fired man,
// Eric Kirkpatrick, ..."), or the complement of its copula ("The man accused of shooting ... is
// Anthony LaCalamita III"). Paragraph offsets, as label-phrases.ts.
import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Span } from '../types.js';

/** Copulas. */
export const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'remains', 'remained']);

/**
 * The name right after a phrase ending at `end`, after a comma ("the recently fired man, Eric Allen
 * Kirkpatrick,": the name then closes with a comma, a full stop or "who", so that "After meeting the
 * ambassador, Haniyeh said" is not one) or "named"/"called"; null when there is none.
 */
export function nameAfter(text: string, end: number, mentions: readonly RawMention[]): Span | null {
  const link = /^(?:,[ \t]*|[ \t]+(?:named|called)[ \t]+)/.exec(text.slice(end, end + 12));
  if (!link) return null;
  const at = end + link[0].length;
  const m = mentions.find((x) => x.start === at && x.strength !== 0 && !x.description);
  if (!m) return null;
  if (link[0].startsWith(',') && !/^\s*(?:[,.;]|who\b|$)/.test(text.slice(m.end, m.end + 5))) return null;
  return { start: m.start, end: m.end };
}

/** Words that may open what follows a subject before its copula: a relative clause, a participle, a preposition. */
const BEFORE_COPULA = new Set('who that which of in at for accused charged suspected named'.split(' '));

/**
 * "The man accused of shooting ... is Anthony LaCalamita III", "the next host of the Academy Awards
 * is ... Ellen DeGeneres": a definite phrase opening its sentence, whose copula's complement is a
 * name (at most two lower-case words before it: "is director Gary Ross"); null when there is none or a verb of saying comes first.
 */
export function nameAfterCopula(tokens: readonly Token[], end: number, mentions: readonly RawMention[]): Span | null {
  let j = tokens.findIndex((x) => x.end >= end) + 1;
  if (j <= 0 || !tokens[j]) return null;
  const sentence = tokens[j].sentence;
  if (!COPULA.has(tokens[j].normal) && !BEFORE_COPULA.has(tokens[j].normal)) return null;
  for (let steps = 0; tokens[j] && tokens[j].sentence === sentence && steps < 30; j++, steps++) {
    const w = tokens[j].normal;
    if (w === 'said' || w === 'says' || w === 'told' || w === 'reported') return null;
    if (w !== 'is' && w !== 'was') continue;
    for (let k = j + 1; k <= j + 3 && tokens[k] && tokens[k].sentence === sentence; k++) {
      const m = mentions.find((x) => x.start === tokens[k].start && x.strength !== 0 && !x.description);
      if (m) return { start: m.start, end: m.end };
      if (/^\p{Lu}/u.test(tokens[k].text)) return null;
    }
    return null;
  }
  return null;
}
