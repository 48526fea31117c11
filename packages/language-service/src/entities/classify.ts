import type { Strength } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { EntityKind } from '../types.js';
import { isCountryCode, lookupPlace } from './gazetteer.js';
import { isOrgWord, isPlaceWord, lexiconTags } from './lexicon.js';
import { isDemonym, lexiconSaysPlace } from './name-tokens.js';
import { COMMON_ACRONYMS, COMPASS, EVENT_SUFFIXES, NAME_PARTICLES, NOT_ENTITY_NAMES, HEAD_TITLES, ORG_HEADS, ORG_SUFFIXES, PARTY_WORDS, PLACE_HEADS, PLACE_SUFFIXES, SHIP_PREFIXES, STORM_WORDS, TITLE_MODIFIERS, TITLES_BEFORE_NAMES } from './patterns.js';

export interface Classified {
  kind: EntityKind;
  strength: Strength;
}

/** A name candidate: token range [a, b) with the keys of its words. */
export interface NameChunk {
  a: number;
  b: number;
  keys: string[];
  /** The line is in capitals. */
  caps: boolean;
  /** A person title came before the name (stripped from the span). */
  titled: boolean;
}

/**
 * Number of leading words of `keys` that form a title before a name: up to the last title head
 * that still leaves a name after it ("German Defence Minister Volker Ruehe" gives 3, "Secretary
 * of State Warren Christopher" 3); 0 if none or if the whole is an organisation ("General Motors").
 */
export function titleLength(keys: readonly string[]): number {
  const n = keys.length;
  if (n < 2 || orgSuffix(keys[n - 1]) || placeSuffix(keys[n - 1])) return 0;
  for (let k = n - 2; k >= 0; k--) {
    // (a title only before a name, right before it: "Chief Executive Dermot Mannion", not "Chief Executive Officer")
    if (!HEAD_TITLES.has(keys[k]) && !(TITLES_BEFORE_NAMES.has(keys[k]) && !isTitleWord(keys[k + 1]))) continue;
    let end = k + 1;
    for (let j = end; j < n - 2; j++) if (keys[j] === 'of' || keys[j] === 'for') end = j + 2;
    // "Attorney General", "Secretary General": a title of two title words names no one called "General"
    if (keys.slice(end).every((w) => HEAD_TITLES.has(w))) return 0;
    return end < n ? end : 0;
  }
  return 0;
}

/** A chunk that is only a title ("Foreign Minister", "U.S. Assistant Secretary") names no one. */
export function isBareTitle(keys: readonly string[]): boolean {
  return keys.length <= 4 && HEAD_TITLES.has(keys[keys.length - 1]);
}

export function isTitleWord(key: string): boolean {
  return HEAD_TITLES.has(key) || TITLE_MODIFIERS.has(key);
}

function isPlace(g: string | undefined): boolean {
  return g !== undefined && g !== 'demonym';
}

function orgSuffix(key: string): boolean {
  // "S.A.", "N.V.": a company form written with periods
  return ORG_SUFFIXES.has(key) || isOrgWord(key) || (key.includes('.') && ORG_SUFFIXES.has(key.replace(/\./g, '')));
}

/** Last words of a county's name ("Marion County"): no person's name ends so. */
const COUNTY_WORDS = new Set(['county', 'parish', 'township']);

function placeSuffix(key: string): boolean {
  return PLACE_SUFFIXES.has(key) || isPlaceWord(key);
}

/** The kind of a name chunk from its own words; null when it is no entity (a demonym, a title). */
export function classifyChunk(tokens: readonly Token[], c: NameChunk): Classified | null {
  const { keys } = c;
  const n = keys.length;
  const first = keys[0];
  const last = keys[n - 1];
  const whole = keys.join(' ');
  const place = lookupPlace(whole);
  if (place === 'demonym') return null;
  if (place) return { kind: 'place', strength: 3 };
  if (n === 1 && keys[0].length < 2) return null;
  if (NOT_ENTITY_NAMES.has(whole)) return null;
  // "First lady Melania Trump", "Prime minister X": title words before a lower-case title are that title, no name
  const next = tokens[c.b];
  if (next && keys.every(isTitleWord) && /^\p{Ll}/u.test(next.text) && HEAD_TITLES.has(next.normal)) return null;
  // "Labour Day", "World Cup"; "Doris Day" is a person
  if (n >= 2 && EVENT_SUFFIXES.has(last) && !(last === 'day' && startsWithFirstName(tokens, c))) return null;
  if (n === 1 && (isDemonym(tokens[c.a], first) || PARTY_WORDS.has(first))) return null;
  if (n === 1 && lexiconSaysPlace(first)) return { kind: 'place', strength: 3 };
  if (c.titled) return { kind: 'person', strength: 3 };
  if (n >= 2 && keys.every((k) => COMPASS.has(k))) return { kind: 'place', strength: 3 };
  if (n >= 2 && COMPASS.has(first) && (placeSuffix(last) || (n === 2 && ORG_SUFFIXES.has(last)) || isPlace(lookupPlace(keys.slice(1).join(' '))))) {
    return { kind: 'place', strength: 3 };
  }
  if (n >= 2 && orgSuffix(last)) return { kind: 'organization', strength: 3 };
  // a ship ("INS Sukanya"), not "INS Commissioner ..."
  if (n >= 2 && SHIP_PREFIXES.has(first) && !keys.slice(1).some(isTitleWord)) return { kind: 'organization', strength: 3 };
  // a storm ("Hurricane Katrina", "Tropical Storm Fay") is no person whatever its given name: named like a place, as compromise tags it
  if (n === 2 && STORM_WORDS.has(first)) return { kind: 'place', strength: 3 };
  const of = keys.findIndex((k) => k === 'of' || k === 'for');
  if (n >= 3 && of > 0) {
    const head = keys[of - 1];
    // "Federal Republic of Yugoslavia", "Kingdom of Fife": a state's form before a place is that place.
    if (PLACE_HEADS.has(head) && isPlace(lookupPlace(keys.slice(of + 1).join(' ')))) return { kind: 'place', strength: 3 };
    if (ORG_HEADS.has(first) || orgSuffix(first) || orgSuffix(head)) return { kind: 'organization', strength: 3 };
    if (PLACE_HEADS.has(first) || placeSuffix(first) || placeSuffix(head)) return { kind: 'place', strength: 3 };
  }
  // "Marion County", "Jefferson Parish": a county's name is no person's, whatever given name opens it
  if (n >= 2 && COUNTY_WORDS.has(last)) return { kind: 'place', strength: 3 };
  if (n >= 2 && startsWithFirstName(tokens, c) && !keys.includes('of')) return { kind: 'person', strength: 2 };
  if (n >= 2 && (placeSuffix(last) || PLACE_HEADS.has(first))) return { kind: 'place', strength: 3 };
  // A lone generic organisation word ("Division", "the Commission"): only the short form of a longer name in the report.
  if (n === 1 && isGenericOrgWord(first) && !isAcronym(tokens[c.a].text)) return { kind: 'organization', strength: 0 };
  // A lone generic place word ("the Gulf"); resolution makes it the short form of a longer name in the report ("the Strip").
  if (n === 1 && isGenericPlaceWord(first) && !c.caps) return { kind: 'place', strength: 2 };
  // A party-state tag after a legislator's name ("D-NY", "R-Texas") is no organisation.
  if (n === 1 && /^[DRI]-\p{Lu}/u.test(tokens[c.a].text)) return null;
  if (n === 1 && COMMON_ACRONYMS.has(first)) return null;
  if (n === 1 && isAcronym(tokens[c.a].text) && !c.caps) {
    if (isCountryCode(tokens[c.a].text.replace(/\./g, ''))) return { kind: 'place', strength: 3 };
    return { kind: 'organization', strength: 2 };
  }
  return byTags(tokens, c);
}

function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}$/u.test(text);
}

const COMMON_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Adjective', 'Ordinal', 'Cardinal', 'Noun', 'Comparative', 'Superlative', 'Gerund']);

/** The chunk opens with a given name ("Anthony Hill") or an initial ("A. Ranatunga"). */
function startsWithFirstName(tokens: readonly Token[], c: NameChunk): boolean {
  const t = tokens[c.a];
  if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.')) return true;
  if (isTitleWord(c.keys[0]) || lookupPlace(c.keys[0])) return false;
  return t.tags.has('FirstName') || (lexiconTags(c.keys[0])?.some((x) => /^(?:FirstName|MaleName|FemaleName)$/.test(x)) ?? false);
}

/** compromise's votes, then first names, then a guess. */
function byTags(tokens: readonly Token[], c: NameChunk): Classified | null {
  let per = 0;
  let org = 0;
  let loc = 0;
  for (let i = c.a; i < c.b; i++) {
    const tags = tokens[i].tags;
    if (tags.has('Person')) per++;
    if (tags.has('Organization') || tags.has('SportsTeam')) org++;
    if (tags.has('Place')) loc++;
  }
  const n = c.b - c.a;
  // An Arabic article joined by a hyphen with no given name before it: a title or outlet ("Al-Manar").
  if (n === 2 && /^(?:al|el)$/.test(c.keys[0]) && tokens[c.a].post === '-') return { kind: 'organization', strength: 2 };
  if (n >= 2 && startsWithFirstName(tokens, c)) return { kind: 'person', strength: 2 };
  if (per > org && per >= loc && per > 0) return { kind: 'person', strength: 2 };
  if (org > per && org >= loc && org > 0) return { kind: 'organization', strength: 2 };
  // A place with other unknown words is an organisation named after it ("Hong Kong Standard").
  if (loc > 0 && n >= 2 && loc < n && per === 0) return { kind: 'organization', strength: 1 };
  if (loc > 0) return { kind: 'place', strength: 2 };
  // A lone capitalised adjective is a nationality or a descriptive word ("Kurdish", "Liberal").
  const t = tokens[c.a];
  if (n === 1 && t.tags.has('Adjective') && !t.tags.has('ProperNoun') && !t.tags.has('Hyphenated')) return null;
  if (n === 1 && /\p{Ll}(?:ish|ese|ians?|ans|ic)$/u.test(t.text) && per === 0) return null;
  // A lone word compromise knows as a common word ("Golf", "Women", "Sales") is no name.
  // ... but a capitalised plural inside a sentence names a team or a body ("the Chiefs", "hapless Chiefs").
  if (n === 1 && c.a > 0 && /^\p{Ll}/u.test(tokens[c.a - 1].text) && tokens[c.a - 1].sentence === t.sentence && /s$/.test(c.keys[0]) && lexiconTags(c.keys[0])?.includes('Plural')) return { kind: 'organization', strength: 1 };
  if (n === 1 && lexiconTags(c.keys[0])?.some((x) => COMMON_TAGS.has(x))) return { kind: 'organization', strength: 0 };
  // A verb written capitalised inside a sentence is most likely a surname ("Dole", "Bush").
  if (n === 1 && lexiconTags(c.keys[0])?.some((x) => x === 'Infinitive')) return { kind: 'person', strength: 1 };
  // A plural of members ("Republicans", "Shiites", "Catholics") names a group, not an organisation.
  if (n === 1 && isGroupPlural(t)) return { kind: 'organization', strength: 0 };
  // Several words one of which is a common word ("Red Star", "Air Force", "Radio Red") name a body, not a person.
  if (n >= 2 && c.keys.some((k) => isCommonWord(k))) return { kind: 'organization', strength: 2 };
  return { kind: n >= 2 ? 'person' : 'organization', strength: 1 };
}

/**
 * A capitalised plural of a member noun: "-ans", "-ats", "-ics", "-ites", "-ists"
 * ("Republicans", "Democrats", "Catholics", "Shiites"). Teams compromise knows are tagged
 * before this is asked.
 */
export function isGroupPlural(t: Token): boolean {
  if (t.tags.has('SportsTeam') || t.tags.has('Organization') || t.tags.has('Place') || lookupPlace(t.normal) !== undefined) return false;
  return /^\p{Lu}\p{Ll}(?:\p{Ll}{2,}ans|\p{Ll}+(?:ats|ics|ites|ists))$/u.test(t.text);
}

/** A word that names a kind of place ("strip", "gulf", "island"): alone, the short form of a longer name. */
export function isGenericPlaceWord(key: string): boolean {
  return PLACE_SUFFIXES.has(key) || isPlaceWord(key);
}

/** A word that names a kind of body ("division", "commission", "party"): alone, the short form of a longer name. */
export function isGenericOrgWord(key: string): boolean {
  return ORG_SUFFIXES.has(key) || isOrgWord(key) || ORG_HEADS.has(key);
}

function isCommonWord(key: string): boolean {
  if (NAME_PARTICLES.has(key)) return false;
  const tags = lexiconTags(key);
  return tags !== null && tags.some((x) => COMMON_TAGS.has(x)) && !tags.some((x) => /Name$|^(?:Person|Place|City|Country|Region|Organization)$/.test(x));
}
