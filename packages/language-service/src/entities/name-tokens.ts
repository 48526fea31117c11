import type { Token } from '../nlp/parse.js';
import { lookupPlace, nameKey } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { HEADER_WORDS, NOT_NAMES } from './patterns.js';

/** Per-token facts the chunker needs, computed in one linear pass. */
export interface TokenFacts {
  /** The token's line is written in capitals (a headline, a dateline, a table): case says nothing there. */
  caps: boolean[];
  /** The token begins a sentence, a line or a quotation, so its capital letter says little. */
  initial: boolean[];
  /** The token's lower-cased text without a possessive ending. */
  keys: string[];
  /** Keys of the words the paragraph writes in lower case: common words, not names. */
  lower: Set<string>;
}

const ENTITY_TAGS = ['Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Country', 'City', 'Region', 'SportsTeam'];
const CLOSED_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Copula', 'Modal', 'Auxiliary'];
const INITIAL_BEFORE = /[\n.!?:;"“”‘([–—]|\s-\s|^\s*-/;

/** "U.S" whose last period compromise moved into the punctuation after it ("(U.S.)"). */
export function lostPeriod(t: Token): boolean {
  return t.post.startsWith('.') && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t.text);
}

/** A company form whose period the sentence goes on after ("Acme Inc. said"): the period is the name's. */
export function companyPeriod(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t.post.startsWith('.') && /^(?:Inc|Corp|Co|Cos|Ltd|Bros)$/.test(t.text) && i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence;
}

const GLUED_TAGS = ['PastTense', 'PresentTense', 'Date', 'Conjunction', 'Preposition'];

/**
 * Characters at the end of a name's last word that are a word glued to it in text rebuilt from
 * another format ("Newsrecently", "Corpsaid"): a known word, then an adverb in -ly of a known stem (six
 * letters or more) or a verb, date or function word of four letters or more. 0 when none.
 */
export function gluedTail(t: Token): number {
  const text = t.text;
  if (text.length < 8 || !/^\p{Lu}\p{Ll}+$/u.test(text) || lexiconTags(t.normal) !== null || t.tags.has('Person')) return 0;
  for (let k = 3; k <= text.length - 4; k++) {
    const head = text.slice(0, k).toLowerCase();
    const tail = text.slice(k);
    if (lexiconTags(head) === null) continue;
    const tags = lexiconTags(tail);
    const adverb = tail.length >= 6 && tail.endsWith('ly') && tags === null && lexiconTags(tail.slice(0, -2)) !== null;
    if (adverb || (tags !== null && hasAny(tags, GLUED_TAGS))) return tail.length;
  }
  return 0;
}

/**
 * An adverb in -ly of a participle or an adjective the lexicon knows ("Reportedly", "Allegedly",
 * "Officially"), capitalised in a title-case headline: never a word of a name ("Teixeira Reportedly
 * Bumped ..."). Not "Weekly" (of a noun: "Entertainment Weekly") nor "Kelly" (no known stem).
 */
export function isLyAdverb(key: string): boolean {
  if (key.length < 7 || !key.endsWith('ly') || lexiconTags(key) !== null) return false;
  const stem = key.slice(0, -2);
  const tags = lexiconTags(stem) ?? lexiconTags(stem.replace(/i$/, 'y')) ?? [];
  return tags.includes('PastTense') || tags.includes('Adjective');
}

export function possessiveLength(t: Token): number {
  const last = t.text.charCodeAt(t.text.length - 1);
  if ((last === 115 || last === 83) && /\p{L}['’][sS]$/u.test(t.text)) return 2; // "s" or "S" first: most words end otherwise
  return 0;
}

/** The text of a token without its possessive "'s", lower-cased, straight apostrophes. */
export function tokenKey(t: Token): string {
  const p = possessiveLength(t);
  if (p) return nameKey(t.text.slice(0, -p));
  const glued = gluedTail(t);
  return nameKey(glued ? t.text.slice(0, -glued) : lostPeriod(t) ? `${t.text}.` : t.text);
}

export function tokenFacts(text: string, tokens: readonly Token[]): TokenFacts {
  const caps: boolean[] = [];
  const initial: boolean[] = [];
  const keys: string[] = [];
  const lines = capsLines(text);
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (line < lines.length - 1 && t.start >= lines[line].end) line++;
    caps.push(lines.length > 0 && lines[line].caps);
    const before = i === 0 ? t.pre : tokens[i - 1].post + t.pre;
    initial.push(i === 0 || tokens[i - 1].sentence !== t.sentence || INITIAL_BEFORE.test(before) || tokens[i - 1].text === '');
    keys.push(tokenKey(t));
  }
  // Built on first use: only sentence-initial words that nothing else decides consult it.
  let lower: Set<string> | undefined;
  return {
    caps, initial, keys,
    get lower(): Set<string> {
      if (!lower) {
        lower = new Set<string>();
        for (let i = 0; i < tokens.length; i++) if (/^\p{Ll}/u.test(tokens[i].text)) lower.add(keys[i]);
      }
      return lower;
    },
  };
}

const FUNCTION_WORD = /^(?:A|An|The|With|In|To|Of|For|And|On|At|As|By|From|Is|Are|After|Over|Into)$/;

/**
 * Lines where case says nothing about names: in capitals ("LONDON 1996-08-30"), or a headline in
 * title case (every word capitalised, function words too: "Envoy Meets With A Hamas Leader").
 */
function capsLines(text: string): Array<{ end: number; caps: boolean }> {
  const out: Array<{ end: number; caps: boolean }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let upper = 0;
    let lower = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
    out.push({ end: end + 1, caps: (upper >= 2 && lower * 6 <= upper) || titleCase(text.slice(start, end)) });
    start = end + 1;
  }
  return out;
}

/** Function words a headline in title case may leave in lower case ("Pierre Thomas Placed on Injured Reserve by ..."). */
export const LOWER_FUNCTION_WORD = /^(?:a|an|the|and|or|nor|but|of|to|in|on|at|for|by|with|from|as|vs|via|into|over|per|up|off|out|than|that|after|before|amid)$/;

const HEADLINE_WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’]*/gu;

function titleCase(line: string): boolean {
  // Words are read one at a time: running text fails at its first lower-case common word.
  let fn = false;
  let lowerFn = false;
  let common = 0;
  let i = 0;
  for (const match of line.matchAll(HEADLINE_WORD)) {
    const word = match[0];
    if (!/^\p{Lu}/u.test(word)) {
      if (i === 0 || !LOWER_FUNCTION_WORD.test(word)) return false;
      lowerFn = true;
      i++;
      continue;
    }
    if (i > 0 && FUNCTION_WORD.test(word)) fn = true;
    const key = word.toLowerCase();
    if (lexiconTags(key) !== null && !lexiconSaysName(key)) common++;
    i++;
  }
  if (i < 4) return false;
  // With lower-case function words, a headline (no closing period) capitalises common words too.
  // ... and so does one of five words or more with no function word ("Obama Administration Flips Bush Endangered Species Ruling").
  return fn || ((lowerFn || i >= 5) && common >= 2 && !/[.!?]["”’)]?\s*$/.test(line));
}

function hasAny(tags: ReadonlySet<string> | readonly string[], names: readonly string[]): boolean {
  for (const n of names) if ('has' in tags ? tags.has(n) : tags.includes(n)) return true;
  return false;
}

const VERB_ADJ = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adjective', 'Comparative', 'Superlative', 'Adverb'];

function isVerbOrAdjective(t: Token, key: string): boolean {
  if (lexiconSaysName(key) || lookupPlace(key) !== undefined) return false;
  const tags = lexiconTags(key);
  if (tags === null && /\p{L}{3}(?:ed|ing)$/u.test(key)) return true;
  return (tags !== null && hasAny(tags, VERB_ADJ)) || (t.tags.has('Verb') && !t.tags.has('ProperNoun'));
}

/** Whether compromise's lexicon knows the word as a name (person, place, organisation). */
export function lexiconSaysName(key: string): boolean {
  const tags = lexiconTags(key);
  return tags !== null && hasAny(tags, ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'City', 'Country', 'Place', 'Region', 'Organization', 'SportsTeam']);
}

/** A word of nationality ("Chinese", "Palestinians", "Scottish"): not a name by itself. */
export function isDemonym(t: Token, key: string): boolean {
  if (t.tags.has('Demonym')) return true;
  return demonymKey(key) || (key.endsWith('s') && demonymKey(key.slice(0, -1)));
}

function demonymKey(key: string): boolean {
  if (lookupPlace(key) === 'demonym') return true;
  const tags = lexiconTags(key);
  return tags !== null && tags.includes('Demonym');
}

/** compromise's lexicon knows the word as a place and not as a person. */
export function lexiconSaysPlace(key: string): boolean {
  const tags = lexiconTags(key);
  return tags !== null && hasAny(tags, ['City', 'Country', 'Place', 'Region']) && !hasAny(tags, ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
}

/** A generation written as a Roman numeral ("II", "III", "IV"). */
const GENERATION_NUMERAL = /^(?:II|III|IV)$/;

/** Months that are surnames too ("Theresa May", "Brian May", "Mrs. May"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august', 'march']);

/** Verbs of saying: a month before one is a person ("May said"), never a date. */
const SAID = /^(?:said|says|told|added|insisted|argued|warned|replied)$/;

/**
 * Token `i` follows a given name or an honorific, one space apart, or a verb of saying follows it:
 * a surname there, not a month ("Theresa May", "Mrs. May", "May said"; not "in May").
 */
function surnameSlot(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const inTime = prev && /^(?:in|since|until|by|of|on|from|last|next|early|late|mid|through)$/i.test(prev.text);
  if (next && tokens[i].post === ' ' && SAID.test(next.text) && !inTime) return true;
  if (!prev || prev.post + tokens[i].pre !== ' ' && !/^\.\s$/.test(prev.post + tokens[i].pre)) return false;
  if (/^(?:Mr|Mrs|Ms|Miss|Dr)$/.test(prev.text.replace(/\.$/, ''))) return true;
  const tags = /^\p{Lu}\p{Ll}+$/u.test(prev.text) && prev.post === ' ' ? lexiconTags(prev.text.toLowerCase()) : null;
  return tags !== null && (tags.includes('FirstName') || tags.includes('FemaleName') || tags.includes('MaleName'));
}

/**
 * Whether token `i` can be part of a name. `known` holds the keys of words the paragraph writes
 * capitalised in running text, which lets headline capitals and sentence-initial words be judged.
 */
export function isNameToken(tokens: readonly Token[], facts: TokenFacts, i: number, known: ReadonlySet<string>): boolean {
  const t = tokens[i];
  // a team named by a number its lexicon knows is a name whatever its digits ("the Philadelphia 76ers", "49ers")
  if (/^\d+\p{Ll}+$/u.test(t.text) && lexiconTags(t.normal)?.includes('SportsTeam')) return true;
  if (t.text === '' || !/^\p{Lu}/u.test(t.text) || !/\p{L}/u.test(t.text)) return false;
  const key = facts.keys[i];
  // An initial ("A. Ranatunga", "George W. Bush").
  if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.') && i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1].text)) return true;
  if (HEADER_WORDS.has(key) && (facts.initial[i] || facts.caps[i] || !/^\p{Lu}\p{Ll}/u.test(tokens[i - 1].text) || tokens[i - 1].post !== ' ')) return false;
  if (MONTH_SURNAMES.has(key) && surnameSlot(tokens, i)) return true;
  // a generation after a person's name, one space apart, is part of it ("Anthony LaCalamita III": his father is someone else)
  if (GENERATION_NUMERAL.test(t.text) && i > 0 && tokens[i - 1].post === ' ' && t.pre === '' && tokens[i - 1].tags.has('Person')) return true;
  if (NOT_NAMES.has(key) || key === 'i' || t.tags.has('Value') || t.tags.has('Ordinal') || /\d/.test(t.text)) return false;
  if (facts.caps[i]) {
    // compromise tags title-case words as names at random ("Placed", "Injured"): a word its lexicon
    // knows as a verb or adjective is no name unless the paragraph names it in running text.
    if (!known.has(key) && isVerbOrAdjective(t, key)) return false;
    return hasAny(t.tags, ENTITY_TAGS) || known.has(key) || lookupPlace(key) !== undefined || lexiconSaysName(key);
  }
  if (!facts.initial[i]) return !t.tags.has('Pronoun') || lostPeriod(t);
  if (hasAny(t.tags, ENTITY_TAGS) || known.has(key) || lookupPlace(key) !== undefined || lostPeriod(t)) return true;
  if (hasAny(t.tags, CLOSED_TAGS) || facts.lower.has(key)) return false;
  if (t.tags.has('ProperNoun') || t.tags.has('Acronym')) return true;
  // A sentence-initial word compromise does not know at all is most likely a name ("Hamas").
  // compromise calls an unknown word ending in "s" a plural: before another capitalised word it is
  // more likely a given name ("Virgilijus Alekna").
  const beforeName = t.post === ' ' && i + 1 < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1].text);
  return lexiconTags(key) === null && !t.tags.has('Verb') && !t.tags.has('Adjective') && (!t.tags.has('Plural') || beforeName) && !/(?:ing|ed|ly)$/.test(key);
}
