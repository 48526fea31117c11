// Context tests for lexicon words that are loaded in one use and neutral in others
// (docs/loaded-words.md, "Not marked"). Each says, in one line a reader would state, when the word is
// NOT the outlet's judgment; set by counting the causes of the marks judged wrong or arguable on half A
// of the judged corpus (test/judged, loaded-word) and checked on invented sentences
// (test/loaded-words.test.ts).
import { isPersonNoun } from '../entities/descriptions.js';
import { lexiconTags } from '../entities/lexicon.js';
import type { Token } from '../nlp/parse.js';
import { wordSet } from '../text/word-set.js';


/** The verbs of saying the lexicon marks as casting doubt ("claimed", "bragged"). */
const DOUBTING_SAYS = wordSet('claimed claims boasted bragged whined ranted spewed peddled peddles');

/** A verb of saying earlier in the sentence: what follows is someone's reported account, not the outlet's. */
const REPORTING = wordSet('said says say told tells testified alleged alleges accused accuses argued argues wrote writes reported reports according noted notes added adds stated states');

/** How many words a closing attribution may have after its comma (", the judge added."). */
const TRAILING_ATTRIBUTION_WORDS = 6;

/** Prepositions right after "claimed": "claimed as its turf", "claimed in 1990 a seat" (a taking, no statement). */
const NO_CLAUSE_AFTER = wordSet('as for in on at by from with without');

/**
 * "Feigning" a bodily or mental condition is an act reported (a ruse, often a charge or admitted in
 * court: "feigned mental illness"); "feigning interest", "feigning concern" imputes insincerity.
 */
const CONDITIONS = wordSet(
  'illness illnesses insanity lunacy madness dementia amnesia sickness injury injuries death sleep symptoms pain ' +
  'seizure seizures disability blindness deafness unconsciousness',
);

/** Nouns a "tax regime" or a "sanctions regime" is made of: a set of rules, not a government. */
const RULE_SETS = wordSet(
  'tax taxation sanctions sanction trade tariff visa inspection inspections inspectorate regulatory exchange exchange-rate currency ' +
  'pension training fitness exercise diet treatment drug medication dosing dose testing price pricing licensing export import ' +
  'customs safeguards verification monitoring legal rate fiscal monetary capital accounting reporting compliance border asylum ' +
  'immigration nonproliferation non-proliferation control controls patent copyright liability insolvency bankruptcy tenancy ' +
  'subsidy subsidies quota quotas emissions climate privacy security',
);

/** Person nouns compromise does not know as such, used of people after "controversial" or "infamous". */
const PERSON_HEADS = wordSet('figure figures source sources character characters personality personalities criminals criminal members member followers supporters');

/**
 * Adjectives that judge a person: on a thing, a place or a named group ("a controversial law", "the
 * notorious Gulf of Aden", "radical reform", "the radical Weather Underground") they state a dispute,
 * a fame, a degree or the group's own politics.
 */
const GRADES_A_PERSON = wordSet('controversial notorious infamous radical');

const sameSentence = (tokens: readonly Token[], i: number, k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === tokens[i].sentence;

/**
 * "claimed" / "claims" as a verb of saying takes a statement: "that ...", "to have ...", or a
 * subject and its verb ("claimed Nixon knew"). With a noun object it is another sense: "claimed
 * their client's innocence", "claimed as its turf", "claims the title".
 */
function takesAStatement(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 8 && sameSentence(tokens, i, k); k++) {
    const t = tokens[k];
    if (k === i + 1 && (NO_CLAUSE_AFTER.has(t.normal) || /^[;:]/.test(tokens[i].post.trim()))) return false;
    if (t.normal === 'that' || (k === i + 1 && t.normal === 'to')) return true;
    if (k > i + 1 && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) return true;
    // "the people they claimed were responsible": the statement's subject went before "claimed"
    if (k === i + 1 && (t.tags.has('Copula') || t.tags.has('Auxiliary'))) return true;
    if (/[,;:.!?]/.test(t.post)) return false;
  }
  return false;
}

/**
 * A verb of saying before the word in its sentence ("LaRue said Magruder lied when he claimed ...",
 * "He noted the gang member had bragged ..."), or closing it after a comma ("..., the judge added.").
 */
function insideReportedSpeech(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; sameSentence(tokens, i, k); k--) if (REPORTING.has(tokens[k].normal)) return true;
  let end = i;
  while (sameSentence(tokens, i, end + 1)) end++;
  for (let k = end; k > i && end - k < TRAILING_ATTRIBUTION_WORDS; k--) {
    if (!/,/.test(tokens[k - 1].post)) continue;
    for (let q = k; q <= end; q++) if (REPORTING.has(tokens[q].normal)) return true;
    return false;
  }
  return false;
}

/** The noun the adjective at i modifies (after its other adjectives and adverbs), if any. */
function headAfter(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i + 1; k <= i + 4 && sameSentence(tokens, i, k); k++) {
    const t = tokens[k];
    if (t.tags.has('Noun') && !(t.tags.has('Adjective') && !t.tags.has('Singular') && !t.tags.has('Plural'))) return t;
    if (!t.tags.has('Adjective') && !t.tags.has('Adverb')) return undefined;
    if (/[,;:.!?]/.test(t.post)) return undefined;
  }
  return undefined;
}

function isPerson(t: Token): boolean {
  if (t.tags.has('Person') || t.tags.has('Actor') || PERSON_HEADS.has(t.normal) || isPersonNoun(t)) return true;
  return t.tags.has('Plural') && /s$/.test(t.normal) && (lexiconTags(t.normal.slice(0, -1))?.includes('Actor') ?? false);
}

/** Whether tokens[i] (its normal form `word`) is used in a sense the lexicon does not mark. */
export function neutralInContext(tokens: readonly Token[], i: number, word: string): boolean {
  if (word === 'claimed' || word === 'claims') {
    if (!takesAStatement(tokens, i)) return true;
  }
  if (DOUBTING_SAYS.has(word) && insideReportedSpeech(tokens, i)) return true;
  if (word === 'feigned' || word === 'feigning') {
    for (let k = i + 1; k <= i + 3 && sameSentence(tokens, i, k); k++) if (CONDITIONS.has(tokens[k].normal)) return true;
  }
  if (word === 'communist' || word === 'communists' || word === 'marxist' || word === 'marxists') {
    // an ideology as an epithet for a state: "the Chinese communists", "a communist Chinese ambassador";
    // alone it is a party's members by their own affiliation ("200 communists stormed the Acropolis")
    const nationality = (k: number) => sameSentence(tokens, i, k) && tokens[k].tags.has('Demonym');
    return !nationality(i - 1) && !nationality(i + 1);
  }
  if (word === 'mob' || word === 'mobs') {
    // "a mob", "an angry mob", "mobs of ...": a crowd; "the mob" in news is the Mafia
    let k = i - 1;
    while (sameSentence(tokens, i, k) && tokens[k].tags.has('Adjective') && k > i - 3) k--;
    const indefinite = sameSentence(tokens, i, k) && (tokens[k].normal === 'a' || tokens[k].normal === 'an');
    const ofCrowd = sameSentence(tokens, i, i + 1) && tokens[i + 1].normal === 'of';
    return !(indefinite || ofCrowd || word === 'mobs');
  }
  if (word === 'regime' || word === 'regimes') {
    const before = tokens[i - 1];
    if (sameSentence(tokens, i, i - 1) && RULE_SETS.has(before.normal.replace(/-based$/, ''))) return true;
    // "a regime of sanctions", "a strict regime of tests"; "the regime of Saddam Hussein" stays
    const of = tokens[i + 1], next = tokens[i + 2];
    if (sameSentence(tokens, i, i + 2) && of.normal === 'of' && /^\p{Ll}/u.test(next.text) && !/^(?:the|a|an|his|her|their|its)$/.test(next.normal)) return true;
  }
  if (GRADES_A_PERSON.has(word)) {
    const head = headAfter(tokens, i);
    // "a radical", "he is a radical": with no noun after it, a word compromise knows as a person noun is that noun
    if (head === undefined) return !tokens[i].tags.has('Actor');
    return !isPerson(head);
  }
  return false;
}
