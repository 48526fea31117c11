import type { Token } from '../nlp/parse.js';
import { POLLED } from './source-words.js';

/**
 * Noun-phrase and token helpers for the attribution extractor, on compromise's tokens (no
 * second parse). Generic English patterns only: no names. The cue words are in cue-words.ts.
 */

/** Words allowed between a subject and its verb: "Wang also noted", "he has repeatedly said". */
const BETWEEN = new Set([
  'also', 'has', 'have', 'had', 'reportedly', 'allegedly', 'repeatedly', 'later', 'previously', 'recently', 'then',
  'again', 'publicly', 'privately', 'once', 'further', 'specifically', 'explicitly', 'earlier', 'will', 'would', 'could',
  'did', 'does', 'do', 'not', 'never', 'often', 'frequently', 'already', 'first', 'initially', 'separately', 'simply',
  'flatly', 'openly', 'just', 'even', 'still', 'may', 'might', 'can', 'should', 'must', 'is', 'was', 'are', 'were',
  // compromise tags "now" a conjunction: "Clinton now says"; "Cruz himself said"
  'now', 'himself', 'herself', 'itself', 'themselves',
]);
/** Participles that close a noun phrase of the people asked, by a poll or a reporter: "those surveyed said", "residents interviewed said". */
const ASKED = new Set([...POLLED, 'interviewed']);
/** Prepositions that may join two noun phrases inside a source ("a spokesman for the campaign"). */
const NP_JOINERS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to', 'and', '&']);
const NP_TAGS = ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Acronym', 'Honorific', 'Pronoun', 'Organization', 'Person', 'Place'];
const NOT_IN_NP = new Set(['that', 'which', 'whom', 'whose', 'this', 'these', 'those', 'what', 'when', 'where', 'there', 'here', 'as', 'than', 'but', 'or', 'if', 'because', 'while']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
/** An auxiliary contracted onto the word before it ("he’s", "they’ve", "we’d"): compromise keeps the pair one token. */
export const CONTRACTED_AUXILIARY = /['’](?:s|re|ve|ll|d)$/;
/** A token's word without an auxiliary contracted onto it. */
export const uncontracted = (t: Token): string => t.normal.replace(CONTRACTED_AUXILIARY, '');
const subjectPronoun = (t: Token): boolean => SUBJECT_PRONOUNS.has(uncontracted(t));

const CLOSING_MARK = /["”’']/;

/** Punctuation after the token that ends a phrase (an abbreviation's own period does not). */
export function breaksAfter(t: Token): boolean {
  let post = t.post;
  if (post.startsWith('.') && (t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^[A-Z]$/.test(t.text))) post = post.slice(1);
  return /[,;:!?.…—–()[\]"“”]|\s[-–—]\s/.test(post);
}

/** Whether a comma, and nothing else, follows the token (after an abbreviation's own period: "Md.,", "D-Ill.,"). */
export function commaAfter(t: Token): boolean {
  return /^,\s*$/.test(t.post) || /^\.,\s*$/.test(t.post) && (t.tags.has('Abbreviation') || t.tags.has('Honorific') || /(?:^|-)[A-Z][a-z]{0,3}$/.test(t.text));
}

/** A present participle opening an aside ("hoping to surge", "speaking to reporters"), not a noun ("building"). */
export function participleOpens(t: Token): boolean {
  return /^\p{Ll}+ing$/u.test(t.text) && t.tags.has('Gerund') && !t.tags.has('Noun');
}

export function breaksBefore(t: Token): boolean {
  return /[([“"‘—–]/.test(t.pre);
}

export function isNpToken(t: Token): boolean {
  if (NOT_IN_NP.has(t.normal)) return false;
  if (/^[A-Z]/.test(t.text) && (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Adverb')) && !t.tags.has('ProperNoun')) return false;
  if (t.normal === 'police') return true; // "Troy police Lt. Gerry Scherlinck": compromise reads it after a name as a verb
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('ProperNoun')) return false;
  if (t.tags.has('Pronoun') && !subjectPronoun(t) && !t.tags.has('Possessive')) return false;
  return NP_TAGS.some((tag) => t.tags.has(tag)) || /^[A-Z]/.test(t.text);
}

/** A word of a name or title: capitalised and not a sentence word ("Sen.", "G.K.", "Ki-moon"). */
function isNameToken(t: Token): boolean {
  return /^[A-Z]/.test(t.text) && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Pronoun');
}

function isPronoun(t: Token): boolean {
  return subjectPronoun(t);
}

/**
 * The noun phrase that ends at token `last` (inclusive), going back to `min`: returns its first
 * token index, or -1. A comma right before the verb may close an apposition ("Osama Hamdan, a
 * Lebanon-based Hamas official, told"); then the name before it is taken too.
 */
export function npEndingAt(tokens: readonly Token[], last: number, min: number): number {
  if (last > min && ASKED.has(tokens[last].normal) && !breaksAfter(tokens[last - 1])) {
    if (tokens[last - 1].normal === 'those') return last - 1;
    if (isNpToken(tokens[last - 1]) && !isPronoun(tokens[last - 1])) return npEndingAt(tokens, last - 1, min);
  }
  if (last < min || !isNpToken(tokens[last]) && !verbTaggedHead(tokens, last, min)) return -1;
  if (isPronoun(tokens[last])) return last;
  let i = last;
  while (i - 1 >= min) {
    const prev = tokens[i - 1];
    if (breaksAfter(prev) || breaksBefore(tokens[i])) break;
    if (isPronoun(prev)) break;
    if (impliedIsAfterPossessive(tokens, i - 1) && i - 2 >= min && !breaksAfter(tokens[i - 2])) { i -= 2; continue; }
    if (isNpToken(prev) || compoundModifier(tokens, i - 1, min)) { i--; continue; }
    if (NP_JOINERS.has(prev.normal) && i - 2 >= min && isNpToken(tokens[i - 2]) && !breaksAfter(tokens[i - 2]) && !isPronoun(tokens[i - 2])) { i -= 2; continue; }
    break;
  }
  i = withApproximation(tokens, i, min);
  // An apposition: "Name, a description," before the verb.
  if (i - 1 >= min && /^,\s*$/.test(tokens[i - 1].post) && /,\s*$/.test(tokens[last].post) && !/^[A-Z]/.test(tokens[i].text)) {
    let j = i - 1;
    while (j - 1 >= min && !breaksAfter(tokens[j - 1]) && isNameToken(tokens[j - 1])) j--;
    if (isNameToken(tokens[i - 1])) return j;
  }
  // "In a Bloomberg interview Trump said": the name after a fronted phrase is the subject.
  if (i - 1 >= min && tokens[i - 1].tags.has('Preposition')) {
    let j = last;
    while (j - 1 >= i && isNameToken(tokens[j - 1]) && !breaksAfter(tokens[j - 1])) j--;
    // "As the International Business Times noted": the name with its article
    if (j === i + 1 && tokens[i].normal === 'the') return i;
    if (j > i && isNameToken(tokens[last]) && !isNameToken(tokens[j - 1]) && !NP_JOINERS.has(tokens[j - 1].normal)) return j;
  }
  return i;
}

/**
 * "the Trump campaign said", "The Sanders campaign projects that": a word compromise tags a bare
 * verb, after a name, a possessive or "the" and right before a finite verb, heads the noun phrase
 * (a bare verb cannot stand between a subject and its verb).
 */
function verbTaggedHead(tokens: readonly Token[], last: number, min: number): boolean {
  const t = tokens[last], before = tokens[last - 1], after = tokens[last + 1];
  if (last - 1 < min || !after || breaksAfter(before) || breaksAfter(t) || !t.tags.has('Infinitive') || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (!(before.tags.has('ProperNoun') || before.tags.has('Possessive') || before.normal === 'the')) return false;
  return after.tags.has('Verb') && !after.tags.has('Infinitive') && !after.tags.has('Gerund') && (after.tags.has('PastTense') || after.tags.has('PresentTense'));
}

/**
 * "House Speaker Paul Ryan", "Clinton campaign manager Robby Mook", "Civil rights activists",
 * "Democratic registered voters": a word compromise tags a verb that modifies the noun after it,
 * between two words of the phrase (or opening it, capitalised: "House"). Not an auxiliary, and not
 * after a pronoun ("who support Trump").
 */
function compoundModifier(tokens: readonly Token[], k: number, min: number): boolean {
  const t = tokens[k];
  if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Gerund') || BETWEEN.has(t.normal)) return false;
  // "released a statement": a verb with its object, not a modifier
  const after = tokens[k + 1];
  if (!after || after.tags.has('Determiner') || after.tags.has('Pronoun') || !(after.tags.has('Noun') || after.tags.has('Adjective'))) return false;
  if (k - 1 < min || breaksAfter(tokens[k - 1])) return /^[A-Z]/.test(t.text);
  const before = tokens[k - 1];
  return isNpToken(before) && !isPronoun(before) && !before.tags.has('Determiner') && !before.tags.has('Value');
}

/**
 * "sheriff's Sgt. Don Manumaleuna": compromise reads a possessive before a name as a contraction
 * ("sheriff is"), an implied verb with no text; inside a noun phrase it is the possessive.
 */
function impliedIsAfterPossessive(tokens: readonly Token[], k: number): boolean {
  return k >= 1 && tokens[k].text === '' && /['’]s$/i.test(tokens[k - 1].text) && isNpToken(tokens[k - 1]) && k + 1 < tokens.length && /^[A-Z]/.test(tokens[k + 1].text);
}

/** Words that make a number approximate: "about half", "nearly 4 in 10". */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'over', 'under', 'only', 'just', 'barely', 'fully', 'some']);
const QUANTITY = /^(half|third|thirds|quarter|quarters|majority|minority|most|dozens|hundreds|thousands|millions)$/;

/**
 * A noun phrase that opens with a number or a share, grown back over what makes it approximate:
 * "About four in 10 voters", "Nearly half", "more than 4 in 10", "at least half of voters".
 */
function withApproximation(tokens: readonly Token[], i: number, min: number): number {
  const t = tokens[i];
  if (!t.tags.has('Value') && !QUANTITY.test(t.normal)) return i;
  const p = i - 1 >= min ? tokens[i - 1] : null;
  if (!p || breaksAfter(p)) return i;
  if (APPROXIMATORS.has(p.normal)) return i - 1;
  const pp = i - 2 >= min ? tokens[i - 2] : null;
  if (!pp || breaksAfter(pp)) return i;
  const pair = `${pp.normal} ${p.normal}`;
  return /^(more than|less than|fewer than|at least|at most|up to)$/.test(pair) ? i - 2 : i;
}

/** The noun phrase starting at `first`, up to `max` (exclusive): returns its last token index, or -1. */
export function npStartingAt(tokens: readonly Token[], first: number, max: number): number {
  if (first >= max || !isNpToken(tokens[first])) return -1;
  if (isPronoun(tokens[first])) return first;
  let i = first;
  while (i + 1 < max && !breaksAfter(tokens[i]) && !breaksBefore(tokens[i + 1])) {
    const next = tokens[i + 1];
    if (isNpToken(next) && !isPronoun(next)) { i++; continue; }
    // "a spokesman for the campaign", not "The Washington Post on Monday" (a time, not a part of the phrase)
    if (NP_JOINERS.has(next.normal) && next.normal !== 'to' && i + 2 < max && !breaksAfter(next) && isNpToken(tokens[i + 2]) && !isPronoun(tokens[i + 2]) && !tokens[i + 2].tags.has('Date')) { i += 2; continue; }
    break;
  }
  return i;
}

/**
 * A word that may stand between a subject and its verb: the list above, any adverb ("Carter
 * however said", "Cruz gingerly said", "Kaine now says"), an auxiliary or a negation ("wouldn’t
 * say", "did not say"; compromise splits a contraction into a word and an empty one).
 */
function isBetween(t: Token): boolean {
  if (BETWEEN.has(t.normal)) return true;
  if (/^[A-Z]/.test(t.text) || t.tags.has('Noun') || t.tags.has('Pronoun')) return false;
  return t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Negative');
}

/**
 * Skips adverbs and auxiliaries backwards from `k - 1`, and a short parenthesis after a name
 * ("Sen. Claire McCaskill (D-Mo.) said"); returns the index before them.
 */
export function skipBetweenBack(tokens: readonly Token[], k: number, min: number): number {
  let j = k - 1;
  while (j >= min && isBetween(tokens[j]) && !breaksAfter(tokens[j])) j--;
  const time = timeBefore(tokens, j, min);
  if (time < j) {
    j = time;
    while (j >= min && isBetween(tokens[j]) && !breaksAfter(tokens[j])) j--;
  }
  // "(D-Mo.) said" and "(R-OH), said": the comma after the bracket closes the same aside
  if (j >= min && /\)\s*,?\s*$/.test(tokens[j].post)) {
    for (let o = j; o >= Math.max(min, j - 5); o--) {
      if (!tokens[o].pre.includes('(')) continue;
      if (o - 1 >= min && !breaksAfter(tokens[o - 1]) && /[A-Z]/.test(tokens[o - 1].text[0] ?? '')) return o - 1;
      break;
    }
  }
  return j;
}

/** How many words a party-and-state parenthesis after a name may take: "(R-Ga.)", "(D., N.Y.)". */
const PAREN_REACH = 5;

/**
 * "Sen. David Perdue (R-Ga.)": the index of the token that closes a short parenthesis opened right
 * after token `j` (before `limit`, exclusive), so a source keeps the aside that belongs to its
 * name; `j` when none stands there.
 */
export function parenAfter(tokens: readonly Token[], j: number, limit: number): number {
  if (j + 1 >= limit || !/\(\s*$/.test(tokens[j + 1].pre) || /[)]/.test(tokens[j].post)) return j;
  for (let o = j + 1; o < Math.min(limit, j + 1 + PAREN_REACH); o++) {
    if (/\)/.test(tokens[o].post)) return o;
    if (/[(]/.test(tokens[o].post) || o > j + 1 && /[(]/.test(tokens[o].pre)) break;
  }
  return j;
}

/** Words that open a time phrase between a subject and its verb: "on Sunday", "last week", "at the time". */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'again']);
/** How many words a time phrase between a subject and its verb may take: "late last month". */
const TIME_REACH = 3;

/**
 * "Trump on Sunday said", "Police last month charged", "defenders today argue", "Trump at the time
 * said": a time phrase (date words and what opens them) that ends at `j`, between a noun phrase
 * and its verb. Returns the index before the phrase, or `j` when none stands there or no noun
 * phrase comes before it ("a report published Wednesday said" keeps its date).
 */
function timeBefore(tokens: readonly Token[], j: number, min: number): number {
  let i = j;
  if (i - 2 >= min && tokens[i].normal === 'time' && tokens[i - 1].normal === 'the' && tokens[i - 2].normal === 'at') i -= 3;
  else {
    while (i >= min && j - i < TIME_REACH && tokens[i].tags.has('Date') && !breaksAfter(tokens[i])) i--;
    if (i === j) return j;
    while (i >= min && j - i < TIME_REACH && TIME_OPENERS.has(tokens[i].normal) && !breaksAfter(tokens[i])) i--;
  }
  if (i < min || breaksAfter(tokens[i]) || !isNpToken(tokens[i]) || tokens[i].tags.has('Date')) return j;
  return i;
}

/** Plural nouns of sources that the tagger may read as verbs after "according to": "news reports", "exit polls". */
export const SOURCE_NOUNS = /^(reports|polls|records|estimates|figures|sources|officials|documents|filings|accounts|surveys)$/;
/** How far back "according to" may stand before a word read as a cue: "according to local news reports". */
const ACCORDING_REACH = 5;

/** Whether token `k` follows "according to" in the same phrase: a noun of the source, not a cue. */
export function afterAccordingTo(tokens: readonly Token[], k: number, min: number): boolean {
  for (let j = k - 1; j >= Math.max(min, k - ACCORDING_REACH); j--) {
    if (breaksAfter(tokens[j])) return false;
    if (tokens[j].normal === 'to' && tokens[j - 1]?.normal === 'according') return true;
  }
  return false;
}

/** Whether the token's `post` closes a quotation. */
export function closesQuote(t: Token): boolean {
  return CLOSING_MARK.test(t.post.replace(/'s\b/, ''));
}
