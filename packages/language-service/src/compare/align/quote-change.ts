import type { QuoteChange } from '../../types.js';

/** Interjections a transcript keeps and another drops: "Oh, we were scared" / "We were scared". */
const FILLERS = new Set(['oh', 'ah', 'uh', 'um', 'umm', 'er', 'erm', 'eh', 'hmm', 'mm', 'huh']);

/** A word an outlet censored: letters with asterisks or a run of dashes in it ("f***", "f***ing", "s--t", "b------"). */
const MASKED = /\p{L}*(?:\*+|-{2,}|[–—]+)\p{L}*/gu;

/** Whether `masked` can hide `word`: the same first letter, its other letters in place, about as long. */
function hides(masked: string, word: string): boolean {
  if (!/^\p{L}/u.test(masked) || masked[0].toLowerCase() !== word[0]) return false;
  if (masked.length < word.length - 3 || masked.length > word.length + 1) return false;
  const tail = masked.replace(/^.*[*\-–—]/u, '').toLowerCase();
  return word.endsWith(tail);
}

/**
 * The words left to compare once censored words are matched: a masked word of one side's text and
 * the word it hides on the other side are dropped (with the pieces the masked word was split into).
 */
function uncensored(only: string[], otherOnly: string[], text: string): void {
  for (const m of text.match(MASKED) ?? []) {
    const k = otherOnly.findIndex((w) => hides(m, w));
    if (k < 0) continue;
    otherOnly.splice(k, 1);
    for (const piece of m.toLowerCase().split(/[*\-–—]+/).filter(Boolean)) {
      const i = only.indexOf(piece);
      if (i >= 0) only.splice(i, 1);
    }
  }
}

const collapse = (w: string) => w.replace(/(\p{L})\1+/gu, '$1');
const VOWEL = /[aeiouy]/;

/**
 * Two spellings of one word ("Momma" / "Mama", "Dannie" / "Dani"): of four letters or more, the
 * same once doubled letters are single, or one vowel apart there when a doubled letter differs
 * ("sing" / "song" are two words).
 */
function respelled(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const [ca, cb] = [collapse(a), collapse(b)];
  if (ca === cb) return true;
  if (ca.length !== cb.length || (ca === a && cb === b)) return false;
  const diff = [...ca].flatMap((c, i) => (c === cb[i] ? [] : [i]));
  return diff.length === 1 && VOWEL.test(ca[diff[0]]) && VOWEL.test(cb[diff[0]]);
}

/**
 * `form` when the words only one wording has are fillers, censoring or respellings of the other's
 * (`hereText`, `thereText`: the two wordings as written, where censoring shows); else `wording`.
 */
export function quoteChange(onlyHere: readonly string[], onlyThere: readonly string[], hereText = '', thereText = ''): QuoteChange {
  const here = onlyHere.map((w) => w.toLowerCase()).filter((w) => !FILLERS.has(w));
  const there = onlyThere.map((w) => w.toLowerCase()).filter((w) => !FILLERS.has(w));
  uncensored(here, there, hereText);
  uncensored(there, here, thereText);
  if (here.length !== there.length) return 'wording';
  return here.every((w, i) => respelled(w, there[i])) ? 'form' : 'wording';
}
