import { countryOf } from './aliases.js';
import { fold } from '../../text/fold.js';
import { lookupPlace } from '../../entities/gazetteer.js';
import { lexiconTags } from '../../entities/lexicon.js';
import { droppedLetter, knownWord, sameWord, slipWord, spelledApart as wordsApart, swappedLetters, type NameKey } from './names.js';

/**
 * How two names of one entity relate:
 * - same: one name (case, dots, "the", possessive aside);
 * - full: two full names of one entity spelled differently ("Ismail Haniyeh" / "Isma'il Haniya");
 * - alias: an abbreviation or alias ("U.N." / "United Nations", "US" / "United States");
 * - short: one is a short form of the other ("Wang" / "Wang Kejian", "Haniyeh" / "Ismail Haniyeh");
 * - contains: a person's full name inside a longer run of capitals ("Saints RB Pierre Thomas" / "Pierre Thomas").
 * `variant`: the words they share are spelled differently (what `name-variant` reports).
 */
export interface NameRelation {
  type: 'same' | 'full' | 'alias' | 'short' | 'contains';
  variant: boolean;
}

export interface NameInfo extends NameKey {
  /** The country the name stands for, if any. */
  country: string | null;
}

export function nameInfo(key: NameKey): NameInfo {
  return { ...key, country: key.kind === 'person' ? null : countryOf(key.tokens.join(' '), key.asAcronym) };
}

const isInitial = (t: string) => t.length === 1;

function wordsMatch(a: NameInfo, i: number, b: NameInfo, j: number): boolean {
  return sameWord(a.tokens[i], b.tokens[j], a.phonetic[i], b.phonetic[j]) || (a.capital[i] && b.capital[j] && slipWord(a.tokens[i], b.tokens[j]));
}

/** A spelling difference in words both names capitalise: a name-variant, not a generic word spelled two ways. */
function spelledApart(a: NameInfo, i: number, b: NameInfo, j: number): boolean {
  return a.capital[i] && b.capital[j] && wordsApart(a.words[i], b.words[j], a.kind === 'person' && b.kind === 'person');
}

/**
 * Two full names of a person with the same given names, word for word (no initials), whose surnames
 * differ by two neighbouring letters swapped, or by a letter dropped or doubled: one person misspelt,
 * however short the surname or whatever the lexicon knows ("Maria Cox" / "Maria Cxo", "Susan Palin" /
 * "Susan Plain", "Maria Gray" / "Maria Gary", "Susan Kelly" / "Susan Kely", "Mark Moore" / "Mark
 * More"). These are the commonest slips of a typist's hand; two people of one given name whose
 * surnames are one such slip apart are not met in one event. A letter changed is no such slip:
 * "Mark Hill" and "Mark Hall", "Susan Reed" and "Susan Reid" are two people's names.
 */
function slippedSurname(s: NameInfo, l: NameInfo): boolean {
  const n = s.tokens.length - 1;
  if (n < 1 || l.tokens.length - 1 !== n || !s.capital[n] || !l.capital[n]) return false;
  for (let i = 0; i < n; i++) if (isInitial(s.tokens[i]) || s.tokens[i] !== l.tokens[i]) return false;
  return swappedLetters(s.tokens[n], l.tokens[n]) || droppedLetter(s.tokens[n], l.tokens[n]);
}

/**
 * The relation of two names, or null when they are not one entity. Symmetric. A nickname in
 * quotation marks inside a person's name is a word of it when the other name has it too ("Mark 'Deep
 * Throat' Felt" / "Mark 'Deep Throta' Felt"), else it is left out ("W. Mark Flet").
 */
export function relate(a: NameInfo, b: NameInfo): NameRelation | null {
  const rel = relateAsWritten(a, b);
  if (rel || (!a.plain && !b.plain)) return rel;
  return relateAsWritten(a.plain ? nameInfo(a.plain) : a, b.plain ? nameInfo(b.plain) : b);
}

function relateAsWritten(a: NameInfo, b: NameInfo): NameRelation | null {
  if (a.tokens.length === 0 || b.tokens.length === 0) return null;
  if (a.spelling === b.spelling) return { type: 'same', variant: false };
  // an acronym of a name of two or more words, whatever kind each report gave them ("IE" / "Internet Explorer")
  if (a.asAcronym && a.asAcronym === b.acronym) return { type: 'alias', variant: false };
  if (b.asAcronym && b.asAcronym === a.acronym) return { type: 'alias', variant: false };
  // ... with the article its name is written with ("THR" / "The Hollywood Reporter": the key leaves "The" out)
  if (a.asAcronym && b.acronym && a.asAcronym === `t${b.acronym}`) return { type: 'alias', variant: false };
  if (b.asAcronym && a.acronym && b.asAcronym === `t${a.acronym}`) return { type: 'alias', variant: false };
  const person = a.kind === 'person' || b.kind === 'person';
  if (blendOf(a, b) || blendOf(b, a)) return { type: 'short', variant: false };
  if (a.kind !== b.kind) {
    const slip = slipAcrossKinds(a, b);
    if (slip) return slip;
  }
  if (person && a.kind !== b.kind) return headlineRun(a, b);
  if (!person) {
    if (a.country && a.country === b.country) return { type: 'alias', variant: false };
    if (a.asAcronym || b.asAcronym) return a.tokens.join('') === b.tokens.join('') ? { type: 'same', variant: false } : null;
  }
  return person ? relatePersons(a, b) : relateNames(a, b);
}

function relatePersons(a: NameInfo, b: NameInfo): NameRelation | null {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const sl = s.tokens.length - 1;
  const ll = l.tokens.length - 1;
  if (s.tokens.length === 1) {
    // a short form: the surname, or the first word of a two-word name ("Wang" of "Wang Kejian")
    for (const j of ll === 1 ? [ll, 0] : [ll]) {
      if (!isInitial(s.tokens[0]) && wordsMatch(s, 0, l, j)) {
        return { type: l.tokens.length === 1 ? 'full' : 'short', variant: spelledApart(s, 0, l, j) };
      }
    }
    return null;
  }
  if (sl < ll && !NAMED_AFTER.has(l.tokens[ll]) && containsRun(l.tokens, s.tokens)) return { type: 'contains', variant: false };
  // two full names: the same surname, and each first or middle name of the shorter fits one of the
  // longer's: the same name, an initial of it, or a familiar short form of it ("Fred" / "Frederick")
  if (slippedSurname(s, l)) return { type: 'full', variant: true };
  if (!wordsMatch(s, sl, l, ll)) return null;
  let exact = sl === ll;
  let variant = false;
  for (let i = 0; i < sl; i++) {
    let fit = -1;
    for (let j = 0; j < ll && fit < 0; j++) {
      const a = s.tokens[i];
      const b = l.tokens[j];
      if (isInitial(a) || isInitial(b)) {
        if (a[0] === b[0]) { fit = j; exact = false; }
      } else if (wordsMatch(s, i, l, j)) {
        fit = j;
        if (i !== j) exact = false;
        variant ||= spelledApart(s, i, l, j);
      } else if (familiarForm(a, b)) {
        fit = j;
        exact = false;
      }
    }
    if (fit < 0) return null;
  }
  variant ||= spelledApart(s, sl, l, ll);
  // "Bettie Pgae" / "Bettie Mae Page": a middle name one report leaves out does not hide a slip of the surname
  return exact ? { type: 'full', variant } : { type: 'short', variant };
}

function relateNames(a: NameInfo, b: NameInfo): NameRelation | null {
  if (a.kind !== b.kind) return null;
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length === l.tokens.length) {
    let variant = false;
    for (let i = 0; i < s.tokens.length; i++) {
      if (!wordsMatch(s, i, l, i) && !samePlural(s.tokens[i], l.tokens[i])) return null;
      variant ||= spelledApart(s, i, l, i);
    }
    return { type: 'full', variant };
  }
  // a shorter name that ends the longer one ("Colts" / "Indianapolis Colts", "Foreign Ministry" /
  // "Chinese Foreign Ministry"), or starts it before a generic designator ("Gaza" / "Gaza Strip");
  // not "Paris" / "Paris jewelry store", "Internet Explorer" / "Internet Explorer 8"
  const n = s.tokens.length;
  const off = l.tokens.length - n;
  if (s.tokens.every((t, i) => t === l.tokens[off + i])) return { type: 'short', variant: false };
  if (!s.tokens.every((t, i) => t === l.tokens[i])) return null;
  const rest = l.tokens.slice(n);
  // two places the gazetteer knows by their own names are two places: "Mexico" / "Mexico City"
  if (s.kind === 'place' && isPlaceName(s.tokens.join(' ')) && isPlaceName(l.tokens.join(' '))) return null;
  if (rest.every((t) => DESIGNATORS.has(t))) return { type: 'short', variant: false };
  // ... or, a name of two words or more, before a common noun that heads the longer ("Internet
  // Explorer" / "Internet Explorer Web browser"), or a place taken for a team before the team's name
  // ("Indianapolis" / "Indianapolis Colts")
  const head = rest[rest.length - 1];
  if (n >= 2 && /^[a-z]{3,}$/.test(head) && (commonNoun(head) || !l.capital[l.capital.length - 1])) return { type: 'short', variant: false };
  const proper = rest.every((t, i) => l.capital[n + i] && /^[a-z]/.test(t) && !commonNoun(t));
  if (s.kind === 'organization' && proper && isPlaceName(s.tokens.join(' '))) return { type: 'short', variant: false };
  return null;
}

/** A word compromise's lexicon knows as a common noun and as no name ("web", "browser"). */
function commonNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== null && tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable' || t === 'Noun') && !tags.some((t) => /Name$|^(?:Person|Place|City|Country|Region|Organization)$/.test(t));
}

function isPlaceName(folded: string): boolean {
  const g = lookupPlace(folded);
  return g !== undefined && g !== 'demonym';
}

/**
 * One name the extractor gave two kinds because one report misspells a word of it (an unknown
 * word is often taken for an organisation: "Atlamta", "Common Pleas Cuurt"): the same words but
 * one, that one a slip of the other's and unknown to the lexicon. A lone word one slip from the
 * surname of a person named in full is his short form ("Palyn" / "Sarah Palin").
 */
function slipAcrossKinds(a: NameInfo, b: NameInfo): NameRelation | null {
  if (a.asAcronym || b.asAcronym || (a.country && b.country)) return null;
  if (a.tokens.length === b.tokens.length) {
    let slips = 0;
    for (let i = 0; i < a.tokens.length; i++) {
      if (a.tokens[i] === b.tokens[i]) continue;
      if (!spelledApart(a, i, b, i) || !slipWord(a.tokens[i], b.tokens[i])) return null;
      slips++;
    }
    return slips === 1 ? { type: 'full', variant: true } : null;
  }
  const [s, l] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const last = l.tokens.length - 1;
  if (s.tokens.length !== 1 || l.kind !== 'person' || !s.capital[0] || !l.capital[last]) return null;
  const [w, t] = [s.tokens[0], l.tokens[last]];
  return !knownWord(w) && slipWord(w, t) && spelledApart(s, 0, l, last) ? { type: 'short', variant: true } : null;
}

/**
 * A familiar form of a given name: one begins the other ("Fred" / "Frederick"), they share their
 * first four letters ("Alexis" / "Alexandros"), a pet form in -ie shares the first three ("Katie" /
 * "Kathryn"), or a two-letter form shares its initial ("Mo" / "Maurice"). "Mark" / "Mary" stay apart.
 */
function familiarForm(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (/[^a-z]/.test(s + l)) return false;
  if (s.length === 2) return l.length >= 4 && s[0] === l[0];
  if (s.length < 3) return false;
  if (l.startsWith(s)) return true;
  return s.length >= 5 && s.slice(0, 4) === l.slice(0, 4) || (/ie$/.test(s) && s.slice(0, 3) === l.slice(0, 3));
}

/**
 * A nickname blended from the first letters of a person's given name and surname, written with a
 * capital inside ("LiLo" of "Lindsay Lohan", "ARod" or "A-Rod" of "Alex Rodriguez").
 */
function blendOf(s: NameInfo, l: NameInfo): boolean {
  if (l.kind !== 'person' || l.tokens.length < 2) return false;
  const m = blendParts(s.name);
  if (!m) return false;
  const [first, last] = [l.tokens[0], l.tokens[l.tokens.length - 1]];
  return first.startsWith(fold(m[0])) && last.startsWith(fold(m[1])) && fold(m[0] + m[1]) !== last;
}

/** The two parts of a name shaped like a blended nickname ("LiLo": "Li", "Lo"), or null. */
export function blendParts(name: string): [string, string] | null {
  const m = /^(\p{Lu}\p{Ll}{0,2})-?(\p{Lu}\p{Ll}{0,2})$/u.exec(name.trim());
  return m && /\p{Ll}/u.test(name) ? [m[1], m[2]] : null;
}

/** Generic words that follow a name without making it another thing. */
const DESIGNATORS = new Set(
  'strip island islands province county city state region district republic corp corporation inc co ltd llc plc group company department'.split(' '),
);

/**
 * A run of capitals the extractor took for one entity around the full name of another kind
 * ("Lindsay Lohan Checks Into Rehab" taken for a place): a person's name of two or more words
 * inside a longer name, or an organisation's inside a longer "person".
 */
function headlineRun(a: NameInfo, b: NameInfo): NameRelation | null {
  const [s, l] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (s.tokens.length < 2 || l.tokens.length <= s.tokens.length) return null;
  if (s.kind !== 'person' && l.kind !== 'person') return null;
  if (NAMED_AFTER.has(l.tokens[l.tokens.length - 1])) return null;
  return containsRun(l.tokens, s.tokens) ? { type: 'contains', variant: false } : null;
}

/** Head nouns of things named after a person ("Bill Clinton Foundation", "John F. Kennedy Airport"). */
const NAMED_AFTER = new Set(
  `foundation institute center centre university college school academy hospital clinic library museum airport station
stadium arena park street avenue road boulevard bridge building hall tower award awards prize trophy day act law fund
trust memorial house home company group corporation inc corp co ltd`.split(/\s+/),
);

/** One word in the singular and the plural ("Colt" / "Colts"): one team, one company. */
function samePlural(a: string, b: string): boolean {
  const [x, y] = a.length < b.length ? [a, b] : [b, a];
  return x.length >= 3 && (y === `${x}s` || y === `${x}es`);
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, k) => t === long[i + k])) return true;
  return false;
}

/** Two full names of people with one surname that are not one person ("Bill Clinton" / "Hillary Clinton"). */
export function conflicting(a: NameInfo, b: NameInfo): boolean {
  if (a.kind !== 'person' || b.kind !== 'person' || a.tokens.length < 2 || b.tokens.length < 2) return false;
  const i = a.tokens.length - 1;
  const j = b.tokens.length - 1;
  return wordsMatch(a, i, b, j) && relate(a, b) === null;
}
