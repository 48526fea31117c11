import { doubleMetaphone } from 'double-metaphone';
import { lexiconTags } from '../../entities/lexicon.js';
import { SHIP_PREFIXES, VESSEL_WORDS } from '../../entities/patterns.js';
import { fold } from '../../text/fold.js';
import type { EntityKind } from '../../types.js';

/** A name prepared for matching across reports. */
export interface NameKey {
  kind: EntityKind;
  /** The name as the report writes it. */
  name: string;
  /** Exact spelling key: lower case, straight apostrophes, no dots, no leading "the", no possessive. */
  spelling: string;
  /** Words as written (lower case, straight apostrophes, no dots), titles dropped; aligned with tokens. */
  words: string[];
  /** Whether each word starts with a capital letter. */
  capital: boolean[];
  /** Folded words: ASCII, lower case, no apostrophes or dots. */
  tokens: string[];
  /** Initials of the content words of a name of two or more words ("united nations" -> "un"). */
  acronym: string | null;
  /** The name itself looks like an acronym ("U.N.", "UN", "NATO"): its letters, lower case. */
  asAcronym: string | null;
  /** Primary double-metaphone key of each token. */
  phonetic: string[];
  /**
   * The generation word the name ended with ("jr" of "Donald Trump Jr."; "sr", "ii"...), dropped
   * from `tokens`: writers add or leave it, so it tells two people apart only where a report names both.
   */
  generation: string | null;
  /** A person's name without the nickname in quotation marks inside it ("Mark 'Deep Throat' Felt" -> "Mark Felt"); null when it has none. */
  plain: NameKey | null;
}

/** Generic titles and honorifics in front of names (not a list of names). */
const TITLES = new Set(
  `mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary general gen sen senator rep
representative gov governor mayor judge justice chief leader king queen prince princess sheikh imam rabbi rev reverend
father pope saint st col colonel capt captain lt lieutenant sgt sergeant maj major adm admiral officer detective
ambassador envoy chairman chairwoman chair ceo director minority majority speaker former late deputy foreign
doctor professor coach commissioner attorney spokesman spokeswoman spokesperson sister brother wife husband son daughter mother`.split(/\s+/),
);
/** Small words skipped when building an acronym. */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'du', 'des', 'la', 'le', '&']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Spelling as written, minus what does not count as spelling (case, dots, "the", possessive). */
export function spellingKey(name: string): string {
  return casedKey(name).toLowerCase();
}

function casedKey(name: string): string {
  return name
    .replace(/[’‘`´]/g, "'")
    .replace(/[()[\]{}"“”«»]/g, ' ')
    .replace(/(^|\s)'|'(?=\s|$)/g, '$1')
    .replace(/'s(?=\s|$)/gi, '')
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameKey(kind: EntityKind, name: string): NameKey {
  // a slash joins two names ("Wittman/P.J. Carlesimo"): the first one is this name
  const clean = name.split('/')[0].replace(/['’]s$/i, '').replace(/^the\s+/i, '');
  // the name without a nickname in quotation marks inside it ("Mark 'Deep Throat' Felt" -> "Mark Felt")
  const nick = kind === 'person' ? clean.replace(/\s['‘"“][^'‘’"“”]+['’"”](?=\s)/gu, '') : clean;
  const plain = nick !== clean && nick.trim().split(/\s+/).length >= 2 ? nameKey(kind, nick) : null;
  // hyphens split a person's name ("al-Maliki"), not a compound ("Israel-Hamas")
  let cased = casedKey(clean).split(kind === 'person' ? /[\s\-‐–,]+/ : /[\s,]+/).filter((w) => fold(w) !== '');
  while (cased.length > 1 && TITLES.has(fold(cased[0]))) cased = cased.slice(1);
  // a ship's name without its prefix or the kind of vessel: "INS Sukanya", "Naval Ship Sukanya", "the Sukanya"
  while (cased.length > 1 && (SHIP_PREFIXES.has(fold(cased[0])) || VESSEL_WORDS.has(fold(cased[0])))) cased = cased.slice(1);
  let generation: string | null = null;
  while (cased.length > 1 && SUFFIXES.has(fold(cased[cased.length - 1]))) {
    // "Sr." marks the father, whom most reports name without it: no generation of his own
    const g = fold(cased[cased.length - 1]);
    if (g !== 'sr') generation ??= g;
    cased = cased.slice(0, -1);
  }
  const words = cased.map((w) => w.toLowerCase());
  const tokens = words.map((w) => fold(w).replace(/\s+/g, ''));
  const content = tokens.filter((t) => !ACRONYM_SKIP.has(t));
  const acronym = content.length >= 2 ? content.map((t) => t[0]).join('') : null;
  const letters = clean.replace(/[.\s]/g, '');
  const asAcronym = /^[A-Z]{2,6}$/.test(letters) && (clean.includes('.') || clean === clean.toUpperCase()) ? letters.toLowerCase() : null;
  return {
    kind,
    name,
    spelling: spellingKey(name),
    words,
    capital: cased.map((w) => /^\p{Lu}/u.test(w)),
    tokens,
    acronym,
    asAcronym,
    generation,
    phonetic: tokens.map((t) => (/[a-z]/.test(t) ? doubleMetaphone(t)[0] : t)),
    plain,
  };
}

/** Jaro-Winkler similarity of two strings, in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const am = new Array<boolean>(a.length).fill(false);
  const bm = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bm[j] || a[i] !== b[j]) continue;
      am[i] = bm[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!am[i]) continue;
    while (!bm[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Two words that are one name spelled two ways: "haniya" ~ "haniyeh", "ismail" ~ "ismail". */
export function sameWord(a: string, b: string, pa?: string, pb?: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || /\d/.test(a) || /\d/.test(b)) return false;
  const jw = jaroWinkler(a, b);
  const phon = (pa ?? doubleMetaphone(a)[0]) === (pb ?? doubleMetaphone(b)[0]);
  const short = Math.min(a.length, b.length);
  return (phon && jw >= 0.82 && short >= 5) || (jw >= 0.95 && short >= 6);
}

/**
 * Two words one slip apart (a letter changed, added, dropped or two letters swapped: "Atlanta" /
 * "Atlamta", "Ortiz" / "Ortyz", "Hefner" / "Heffner"), four letters or more, not two words English
 * already knows ("John" / "Joan", "Iran" / "Iraq" stay apart).
 */
export function slipWord(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4 || /\d/.test(a) || /\d/.test(b)) return false;
  if (!oneEdit(a, b)) return false;
  // a plural or a demonym is another word, not a slip ("Oscar" / "Oscars", "Alaska" / "Alaskan")
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length > s.length && l.startsWith(s) && /[sn]$/.test(l)) return false;
  // the plural of a word in -man ("G-man" / "G-men", "chairman" / "chairmen")
  if (/m[ae]n$/.test(a) && a.slice(0, -2) === b.slice(0, -2) && /m[ae]n$/.test(b)) return false;
  return !(knownWord(a) && knownWord(b));
}

const NAME_TAGS: ReadonlySet<string> = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

/** Whether compromise's lexicon knows the word as a person's name ("gary", "walker"), not merely as a word ("plain"). */
export function knownName(w: string): boolean {
  return lexiconTags(w)?.some((t) => NAME_TAGS.has(t)) ?? false;
}

/** Whether compromise's lexicon knows the word (a common word, a given name, a country...). */
export function knownWord(w: string): boolean {
  return lexiconTags(w) !== null;
}

/**
 * Two words one letter apart in length, the longer the shorter with one letter added after its first
 * ("Kelly" / "Kely", "Hefner" / "Heffner", "Moore" / "More"): a letter dropped or doubled by a typist;
 * not a plural ("Award" / "Awards").
 */
export function droppedLetter(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length !== s.length + 1 || s.length < 3 || s[0] !== l[0]) return false;
  // a plural is another word, not a slip ("Academy Award" / "Academy Awards")
  if (l.endsWith('s') && l.startsWith(s) && !s.endsWith('s')) return false;
  return oneEdit(s, l);
}

/** Two words of one length that differ by two neighbouring letters swapped ("Cox" / "Cxo", "Gray" / "Gary"). */
export function swappedLetters(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Optimal string alignment distance exactly one (substitution, insertion, deletion, adjacent swap). */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.slice(i) === l.slice(i + 1);
}

/**
 * Whether two words of one name are spelled apart as names are (Haniya / Haniyeh, Olsen / Olson),
 * not merely as English words are: a plural, or British and American spelling (Centre / Center).
 * A person's name has no "-re" spelling of an "-er" word (`person`): "Walkre" / "Walker", "Huntre" /
 * "Hunter" are spelled apart, "Centre" / "Center" are not.
 */
export function spelledApart(a: string, b: string, person = false): boolean {
  if (a === b) return false;
  const british = (w: string) => (person ? w : w.replace(/(?<=[^aeiou])re$/, 'er'));
  const plain = (w: string) =>
    british(w.replace(/'/g, '').replace(/(?<=\w{3})s$/, '').replace(/our$/, 'or')).replace(/is(e|ed|ing|ation)$/, 'iz$1').replace(/ourhood$/, 'orhood').replace(/isers?$|isors?$/, 'iser');
  return plain(a) !== plain(b);
}
