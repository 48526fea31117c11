import type { EntityMention } from '../types.js';

// A report's text has one paragraph per line in many sources, and a surname that is also a common
// word opens a sentence ("Page died late yesterday ...", "Felt was ..."): the paragraph's own words
// cannot tell it from the common word, so the extractor finds no name there. The report can: it
// names the person in full elsewhere.

/** What opens a sentence: the text's start, a line break, or a sentence's end and spaces. */
const OPENS = /(?:^|\n[ \t]*|[.!?]["”’)]?[ \t]+)$/;

/** A capitalised word of three letters or more, alone (not part of a longer word, a hyphenation or a possessive). */
const WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}'’-]|['’]s\b)/gu;

interface PersonGroup { kind: string; name: string; mentions: EntityMention[] }

/**
 * Adds to each person named in full (two words or more, the last a capitalised word of three letters
 * or more) the places where a sentence opens with that surname alone and no mention covers it. A
 * surname two people of the report share is left alone (which one it is, surnames.ts decides where
 * it is found as a name). `covered` says whether a span overlaps a mention of any entity.
 */
export function initialSurnames(text: string, groups: Iterable<PersonGroup>, covered: (start: number, end: number) => boolean): void {
  const bySurname = new Map<string, PersonGroup | null>();
  for (const g of groups) {
    if (g.kind !== 'person') continue;
    const words = g.name.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(last)) continue;
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== g ? null : g);
  }
  if (![...bySurname.values()].some((g) => g !== null)) return;
  // one pass over the text's capitalised words (a regex per surname was 2% of an analysis)
  WORD.lastIndex = 0;
  for (const m of text.matchAll(WORD)) {
    const surname = m[0];
    const g = bySurname.get(surname);
    if (!g) continue;
    const start = m.index;
    const end = start + surname.length;
    // "Page Six reported", "Page 2 follows": a capitalised word or a number after it makes it another name or a common word
    if (!OPENS.test(text.slice(Math.max(0, start - 4), start)) || /^[ \t]+[\p{Lu}\p{N}]/u.test(text.slice(end, end + 3)) || covered(start, end)) continue;
    g.mentions.push({ start, end, text: surname, form: 'short' });
  }
}
