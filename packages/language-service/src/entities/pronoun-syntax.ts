// What a pronoun's own sentence says about whom it can refer to (pronouns.ts), read from the words
// around it without a parse: the clause it shares with a name ("He shot Ortiz": not Ortiz; "Obama
// was intent on recruiting him": not Obama) and the one who speaks when it opens what is said
// ("LaRue said he": LaRue; "the coroner said he": the coroner, someone the report does not name).
import { nounSex } from './descriptions.js';
import { isRelational } from './label-nouns.js';
import { lexiconTags } from './lexicon.js';
import { HEAD_TITLES } from './patterns.js';

/**
 * What ends a clause between a name and a pronoun: punctuation, a subordinating or coordinating
 * word, a verb of saying ("Smith said police arrested him": "him" may be Smith).
 */
const CLAUSE_BREAK = /[,;:()"“”‘’]|\b(?:that|who|whom|whose|which|when|where|after|before|because|while|if|until|since|although|though|and|but|or|said|says|say|told|tells|added|adds|according)\b/i;

/** Whether `between` (the text from a name to a pronoun, or back) holds no clause break. */
export function sameClause(between: string): boolean {
  return !CLAUSE_BREAK.test(between);
}

/**
 * A verb of saying right before the pronoun, with the end of its subject ("LaRue said he", "Woodward,
 * who said he", "Hargrove told reporters that he"): the subject's last word is group 1.
 */
const SAID = /([\p{L}.'’-]+)(?:,\s*\d+,)?(?:,?\s+who)?\s+(?:said|says|told\s+(?:[\p{L}.]+\s+){0,2}?|added|adds|insisted|claimed|explained|stated|testified|denied|acknowledged|admitted|believed|believes|thought|thinks|argued|wrote|announced)\s+(?:that\s+)?$/u;

/** The sayer before a pronoun, if its clause opens with one: where the subject's last word ends and whether it is a person noun. */
export interface Sayer { end: number; personNoun: boolean }

/** The speaker whose words the pronoun opens, found in `before` (its sentence up to it, starting at `offset`). */
export function sayerBefore(before: string, offset: number): Sayer | null {
  const m = SAID.exec(before);
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/['’]s?$/, '');
  return { end: offset + m.index + m[1].length, personNoun: /^\p{Ll}/u.test(m[1]) && isPersonWord(word) };
}

/** A singular noun that names a person by role or title ("coroner", "spokesman", "director", "woman"). */
function isPersonWord(word: string): boolean {
  return HEAD_TITLES.has(word) || isRelational(word) || nounSex(word) !== null || (lexiconTags(word)?.includes('Actor') ?? false);
}
