// The head nouns of labels, by the kind of entity they can name. Generic English words, no names
// beyond a short list of capitals (a capital stands for its country's government: "Beijing said").
import type { Token } from '../nlp/parse.js';
import { isPersonNoun } from './descriptions.js';
import { lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { HEAD_TITLES } from './patterns.js';
import { wordSet } from '../text/word-set.js';

/**
 * What a label's head noun can name: a person, an organisation, a place, an organisation's members
 * ("the terrorists" for Hamas), or a government ("the regime", "the administration": a country's,
 * or an organisation that governs).
 */
export type HeadClass = 'person' | 'organization' | 'place' | 'members' | 'government';


/** Nouns that name an organisation ("the group", "the company", "the militant group"). */
const ORG_HEADS = wordSet(
  'group organization organisation company firm movement party militia agency ministry network outlet newspaper magazine ' +
  'broadcaster channel bank lender insurer union coalition faction association institute university college ' +
  'court council committee department board league band club team corporation conglomerate giant retailer carrier airline ' +
  'automaker carmaker maker manufacturer producer developer startup brand studio publisher charity foundation academy ' +
  'organizers organisers organizer organiser insurgency outfit franchise chain operator utility provider lab laboratory',
);

/** Nouns that name a place ("the country", "the city", "the island"). */
const PLACE_HEADS = wordSet(
  'country nation state city town village island region province capital territory kingdom republic county district ' +
  'enclave neighborhood neighbourhood suburb peninsula continent archipelago municipality emirate',
);

/** Nouns that name who governs ("the regime in Beijing", "the Chinese government"). */
const GOVERNMENT_HEADS = wordSet('regime government administration authorities leadership junta');

/** Plural nouns for an organisation's members, standing for the organisation ("the terrorists" for Hamas). */
const MEMBER_HEADS = wordSet(
  'terrorists militants fighters insurgents rebels guerrillas guerillas jihadists extremists islamists communists ' +
  'separatists gunmen',
);

/**
 * Person nouns that name someone by a tie to another person ("his son", "her lawyer", "the victim"):
 * only an earlier label of the same word ties them to one entity, recency alone does not.
 */
const RELATIONAL = wordSet(
  'son daughter father mother wife husband brother sister uncle aunt nephew niece cousin friend girlfriend boyfriend partner ' +
  'lawyer attorney publicist agent spokesman spokeswoman spokesperson representative rep aide assistant victim victims ' +
  'widow widower fiance fiancee grandson granddaughter grandfather grandmother mom mum dad parent child kid baby boss employer ' +
  'employee colleague client patient neighbor neighbour rival opponent successor predecessor doctor relative ' +
  // a suspect is someone's by the crime: after a killing the person named last is as often the victim
  'suspect',
);

/**
 * Organisation nouns for a public body ("the ministry", "the court", "the department"): reports name
 * many such bodies, so one refers back only to a body the report has called by the same word.
 */
const INSTITUTIONS = wordSet('ministry department court council committee agency board');

export function isInstitution(word: string): boolean {
  return INSTITUTIONS.has(word);
}

/** Nouns for a business ("the bank", "the company", "the airline"). */
const BUSINESSES = wordSet(
  'company firm bank lender insurer corporation conglomerate retailer carrier airline automaker carmaker maker manufacturer ' +
  'producer developer startup brand studio publisher chain operator franchise',
);

/** The last words of public bodies' names ("International Monetary Fund", "Greek Parliament", "Woodburn Police Department"). */
const PUBLIC_BODY_NAMES = wordSet(
  'fund parliament ministry department police court council committee agency bureau commission assembly congress senate ' +
  'army navy force forces office service union university college school hospital foundation institute party government',
);

/**
 * A business noun does not name a public body: "the bank" is not the International Monetary Fund,
 * "the company" not the Woodburn Police Department, whatever was named last (ECB+ even topics).
 */
export function businessForBody(head: string, name: string): boolean {
  return BUSINESSES.has(head) && PUBLIC_BODY_NAMES.has((/[\p{L}]+$/u.exec(name)?.[0] ?? '').toLowerCase());
}

/** "29-year-old", "35-year-old": an age used as a noun names a person. */
const AGE_NOUN = /^\d+-year-old$/;

/**
 * Nouns compromise's lexicon tags as people that name no one person a reader could point to: a
 * collective ("the population", "the Greek population") or a mood ("the gleeful spirit she brought").
 */
const NO_ONE = wordSet('population spirit');

/** The class of a head noun (its normal form, possessive stripped), or null when it names no entity. */
export function headClass(t: Token, word: string): HeadClass | null {
  if (NO_ONE.has(word)) return null;
  if (GOVERNMENT_HEADS.has(word)) return 'government';
  if (MEMBER_HEADS.has(word)) return 'members';
  if (ORG_HEADS.has(word)) return 'organization';
  if (PLACE_HEADS.has(word)) return 'place';
  if (AGE_NOUN.test(word) || HEAD_TITLES.has(word)) return 'person';
  if (t.tags.has('Plural') || /s$/.test(word) && lexiconTags(word.slice(0, -1))?.includes('Actor')) return null;
  return isPersonNoun(t, true) || lexiconTags(word)?.includes('Actor') ? 'person' : null;
}

/** Nouns of a tie that bodies have too ("Airbus parent EADS", "its rival, Boeing"): given to an organisation only when the phrase names it. */
const BODY_TIES = wordSet('parent rival partner successor predecessor owner employer client competitor ally');

export function isBodyTie(word: string): boolean {
  return BODY_TIES.has(word);
}

export function isRelational(word: string): boolean {
  return RELATIONAL.has(word);
}

/**
 * Person nouns for whoever did a deed the report tells ("the gunman", "the shooter", "the killer",
 * "the leaker"): often unknown, or named only later, while the person named last is the victim, the
 * officer or the sheriff who spoke. Like a tie, only an earlier label of the same word ties one to a
 * name (on the ECB+ even topics, each one attached by salience alone went to the wrong person).
 */
const DOERS = wordSet(
  'gunman shooter killer murderer attacker assailant assassin bomber stabber carjacker robber thief burglar arsonist ' +
  'kidnapper abductor hijacker offender perpetrator culprit leaker',
);

export function isDoer(word: string): boolean {
  return DOERS.has(word);
}

/** Capitals that reports use for their country's government ("Beijing said", "the regime in Beijing"), lower case. */
const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['beijing', 'china'], ['moscow', 'russia'], ['washington', 'united states'], ['tehran', 'iran'], ['pyongyang', 'north korea'],
  ['seoul', 'south korea'], ['tokyo', 'japan'], ['kyiv', 'ukraine'], ['kiev', 'ukraine'], ['london', 'united kingdom'],
  ['paris', 'france'], ['berlin', 'germany'], ['ankara', 'turkey'], ['riyadh', 'saudi arabia'], ['cairo', 'egypt'],
  ['damascus', 'syria'], ['baghdad', 'iraq'], ['kabul', 'afghanistan'], ['islamabad', 'pakistan'], ['new delhi', 'india'],
  ['caracas', 'venezuela'], ['havana', 'cuba'], ['taipei', 'taiwan'], ['doha', 'qatar'], ['beirut', 'lebanon'],
  ['amman', 'jordan'], ['ottawa', 'canada'], ['canberra', 'australia'], ['rome', 'italy'], ['madrid', 'spain'],
  ['warsaw', 'poland'], ['minsk', 'belarus'], ['manila', 'philippines'], ['hanoi', 'vietnam'], ['jakarta', 'indonesia'],
  ['bangkok', 'thailand'], ['athens', 'greece'], ['budapest', 'hungary'], ['brasilia', 'brazil'], ['mexico city', 'mexico'],
]);

/** Other names of a few countries, as reports write them. */
const COUNTRY_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['united states', ['us', 'u.s.', 'usa', 'u.s.a.', 'america']], ['united kingdom', ['uk', 'u.k.', 'britain', 'great britain']],
]);

/** The country whose government a capital stands for, lower case, or null. */
export function countryOfCapital(name: string): string | null {
  return CAPITALS.get(name.toLowerCase()) ?? null;
}

/** A report's name for a country ("China", "U.S.") is the country named `country` (lower case). */
export function namesCountry(name: string, country: string): boolean {
  const key = name.toLowerCase();
  return key === country || (COUNTRY_ALIASES.get(country)?.includes(key) ?? false);
}

/** A few nationalities whose country's name does not begin like them. */
const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'united states'], ['british', 'united kingdom'], ['dutch', 'netherlands'], ['french', 'france'],
  ['swiss', 'switzerland'], ['greek', 'greece'], ['welsh', 'wales'], ['irish', 'ireland'], ['danish', 'denmark'],
  ['swedish', 'sweden'], ['finnish', 'finland'], ['polish', 'poland'], ['turkish', 'turkey'], ['spanish', 'spain'],
]);

/** A nationality ("Chinese", "Israeli") names the country `countryName` (the report's name for it). */
export function demonymOf(demonym: string, countryName: string): boolean {
  const d = demonym.toLowerCase();
  const c = countryName.toLowerCase();
  const irregular = IRREGULAR_DEMONYMS.get(d);
  if (irregular) return namesCountry(c, irregular);
  if (lookupPlace(d) !== 'demonym' && !lexiconTags(d)?.includes('Demonym')) return false;
  // "Chinese" / "China", "Israeli" / "Israel", "Palestinian" / "Palestine": a shared stem of four letters or more
  let k = 0;
  while (k < d.length && k < c.length && d[k] === c[k]) k++;
  return k >= 4 && k >= c.length - 2;
}
