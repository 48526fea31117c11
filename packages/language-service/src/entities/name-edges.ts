import type { Token } from '../nlp/parse.js';
import { isGenericOrgWord, isTitleWord } from './classify.js';
import { isCountryCode, lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { isDemonym, lexiconSaysName, LOWER_FUNCTION_WORD } from './name-tokens.js';
import { CONNECTORS, HEAD_TITLES, PARTY_WORDS } from './patterns.js';

// Word tests at the edges of a run of capitalised words (extract-mentions.ts): a title ending it,
// the place a title is of, a verb after a name, an epithet before a given name.

/**
 * Where a title that ends the words begins, with the country it is of ("... U.S. Surgeon General"):
 * two title words or more, the last a head title; 0 when there is none.
 */
export function trailingTitle(keys: readonly string[]): number {
  let s = keys.length;
  while (s > 0 && isTitleWord(keys[s - 1])) s--;
  // one title word after a name is its surname ("John Major", "Billie Jean King")
  if (s > keys.length - 2 || !HEAD_TITLES.has(keys[keys.length - 1])) return 0;
  // ... not the place ending an organisation's name ("Bank of England Governor")
  return s > 0 && isPlaceName(keys[s - 1]) && !CONNECTORS.has(keys[s - 2] ?? '') ? s - 1 : s;
}

/** A gazetteer name, a nationality or an undotted country code ("us", "uk"): what a title may be of. */
export function isPlaceName(key: string): boolean {
  return lookupPlace(key) !== undefined || isCountryCode(key.toUpperCase());
}

/** A word the lexicon knows as a verb in the present tense and as nothing else ("dies", "says", "resigns"). */
export function isPresentVerb(key: string): boolean {
  const tags = lexiconTags(key);
  return tags !== null && tags.length === 1 && tags[0] === 'PresentTense';
}

/** A word the lexicon knows as a verb in the past tense and as nothing else ("fired", "arrested"). */
function isPastVerb(key: string): boolean {
  const tags = lexiconTags(key);
  return tags !== null && tags.length === 1 && tags[0] === 'PastTense';
}

/** Lines longer than this many words are no headline. */
const HEADLINE_WORDS = 20;

/**
 * Token `k` stands on a line written as a headline: every word capitalised but the function words a
 * headline leaves in lower case, and no closing punctuation ("Lohan Enters Rehab"; name-tokens' test of
 * a title-case line, which makes case say nothing there, wants four words or more and common words).
 * Read only for a candidate verb inside a name, so rarely.
 */
function onHeadlineLine(tokens: readonly Token[], k: number): boolean {
  let s = k;
  while (s > 0 && !/\n/.test(tokens[s - 1].post + tokens[s].pre)) s--;
  let e = k;
  while (e + 1 < tokens.length && !/\n/.test(tokens[e].post + tokens[e + 1].pre)) e++;
  if (e - s + 1 > HEADLINE_WORDS || /[.!?]/.test(tokens[e].post.split('\n')[0])) return false;
  for (let i = s; i <= e; i++) if (/^\p{Ll}/u.test(tokens[i].text) && !LOWER_FUNCTION_WORD.test(tokens[i].text)) return false;
  return true;
}

/**
 * Word `k` of the run a..b is a verb after a name: one the lexicon knows only in the present tense where
 * compromise tags the name a person ("Fred LaRue Dies at 75"; not "United States"), and on a headline's
 * line, whatever it tags the name, one it knows only in the past tense after a word that is a name to the
 * lexicon or unknown to it ("Cheeks Fired By 76ers", "Deputy's Alleged Killer Held"). A present -s form
 * after a name it does not tag a person is as likely a plural there ("Hawaiian Gardens Gang Member",
 * "2014 Academy Awards").
 */
export function verbAfterName(tokens: readonly Token[], keys: readonly string[], a: number, k: number): boolean {
  if (k === a) return false;
  if (tokens[k - 1].tags.has('Person') && isPresentVerb(keys[k])) return true;
  const before = keys[k - 1];
  return isPastVerb(keys[k]) && (lexiconTags(before) === null || lexiconSaysName(before)) && onHeadlineLine(tokens, k);
}

/**
 * Word `k` of the run a..b is a verb's -s form between a word of the run and a given name ("President
 * Nominates Regina Benjamin", "Obama Taps ..."): in a title-case headline compromise takes it for part
 * of the name. Not a word the lexicon knows as a name or a title, nor one with a name's ending
 * ("Jonas", "Marcus", "Giles", "Rhys").
 */
/** `keys` are the lower-case words by token index. */
export function headlineVerb(tokens: readonly Token[], keys: readonly string[], a: number, k: number, b: number): boolean {
  const key = keys[k];
  if (k === a || k + 1 >= b || !tokens[k + 1].tags.has('FirstName') || tokens[k].tags.has('FirstName')) return false;
  if (!/^[a-z]{3,}s$/.test(key) || /(?:ss|us|is|os|as|ys|les)$/.test(key)) return false;
  return !lexiconSaysName(key) && !isTitleWord(key);
}

/** A capitalised adjective before a given name is an epithet, not part of the name ("Notorious Bettie Page"). */
export function isEpithet(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i].normal;
  if (!tokens[i + 1].tags.has('FirstName') || lexiconSaysName(key)) return false;
  // "Democrat Nancy Pelosi": a party label
  if (PARTY_WORDS.has(key)) return true;
  const tags = lexiconTags(key);
  return tags !== null ? tags.includes('Adjective') : /^[a-z]{3,}(?:ous|ful|less|ive|able|ible)$/.test(key);
}

/**
 * A name run that follows "<title> of (the)" and holds a given name after its first word: the body
 * or place the title is of, then the holder ("Secretary of the Air Force James Roche", "Secretary of
 * State Warren Christopher"). The holder's first token and where the title begins; null when it is not so.
 */
export function officeHolder(tokens: readonly Token[], keys: readonly string[], a: number, b: number): { k: number; title: number } | null {
  let t = a - 1;
  if (t >= 1 && tokens[t].normal === 'the') t--;
  if (t < 1 || tokens[t].normal !== 'of' || !HEAD_TITLES.has(tokens[t - 1].normal) || tokens[t - 1].sentence !== tokens[a].sentence) return null;
  // the last given name before the surname, and the given names right before it ("John Foster Dulles"; not "Sachs" of "Goldman Sachs Lloyd Blankfein")
  const lexicon = (k: number, tags: RegExp) => lexiconTags(keys[k - a])?.some((x) => tags.test(x)) ?? false;
  // a given name by compromise's tags (not also a place) or by its lexicon ("Warren", tagged a place in context)
  const given = (k: number) => !isTitleWord(keys[k - a]) && ((tokens[k].tags.has('FirstName') && !tokens[k].tags.has('Place')) || lexicon(k, /^(?:FirstName|MaleName|FemaleName|Person)$/));
  for (let k = b - 2; k > a; k--) {
    if (!given(k)) continue;
    while (k - 1 > a && lexicon(k - 1, /^(?:FirstName|MaleName|FemaleName)$/)) k--;
    return { k, title: titleStart(tokens, t) };
  }
  // ... a holder whose given name the lexicon does not know ("Secretary of the Navy Ray Mabus"): after the
  // last word that names a body or a place ("Navy", "Air Force Communications"), or a common noun that opens the run and
  // completes the title ("Chief of Staff Rahm Emanuel"), two capitalised words or more of no body
  const common = (key: string) => !lexiconSaysName(key) && (lexiconTags(key)?.some((x) => x === 'Singular' || x === 'Plural' || x === 'Uncountable') ?? false);
  const body = (k: number) => isGenericOrgWord(keys[k - a]) || isPlace(lookupPlace(keys.slice(0, k - a + 1).join(' '))) || (k === a && common(keys[0]));
  for (let k = b - 3; k >= a; k--) {
    if (!body(k)) continue;
    if (keys.slice(k + 1 - a).some((x, i) => isTitleWord(x) || body(k + 1 + i) || !/^\p{Lu}/u.test(tokens[k + 1 + i].text))) return null;
    return { k: k + 1, title: titleStart(tokens, t) };
  }
  return null;
}

const isPlace = (g: ReturnType<typeof lookupPlace>) => g !== undefined && g !== 'demonym';

/** Where the title before "of" at tokens[t] begins, with the title words before it. */
function titleStart(tokens: readonly Token[], t: number): number {
  let title = t - 1;
  while (title > 0 && isTitleWord(tokens[title - 1].normal) && /^\p{Lu}/u.test(tokens[title - 1].text)) title--;
  return title;
}

/**
 * The words before a title that has a holder after it name the body the title is of ("Boeing" of
 * "Boeing Chief Financial Officer Michael Sears", "Bundesbank President Hans Tietmeyer"): a place, or
 * words that are no nationality, party, adjective ("German Defence Minister", "Democratic Sen."), no
 * portfolio's abstract noun ("Privatisation Minister"; "Hong Kong Financial Secretary" gives none) and no title in the plural ("Co-Premiers
 * Prince ..."). `a` is the first word's token.
 */
export function titleBody(tokens: readonly Token[], keys: readonly string[], a: number): boolean {
  if (isPlace(lookupPlace(keys.join(' ')))) return true;
  return keys.every((key, i) => {
    if (isDemonym(tokens[a + i], key) || PARTY_WORDS.has(key)) return false;
    if (lexiconSaysName(key)) return true;
    const tags = lexiconTags(key);
    if (tags?.includes('Adjective')) return false;
    if (isGenericOrgWord(key)) return true;
    const word = key.split('-').pop()!;
    if (isTitleWord(word) || isTitleWord(word.replace(/s$/, '')) || PORTFOLIO.test(word)) return false;
    return tags !== null || !ADJECTIVE.test(word);
  });
}

/** The endings of the abstract nouns that name a minister's portfolio ("Privatisation", "Education", "Security"). */
const PORTFOLIO = /(?:tion|sion|ment|ance|ence|ity|ism|ing|ure)$/;
/** The endings of adjectives the lexicon does not know ("Hong Kong Financial Secretary", "Federal Reserve Chairman"). */
const ADJECTIVE = /(?:al|ic|ous|ive)$/;
