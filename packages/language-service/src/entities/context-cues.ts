import type { Token } from '../nlp/parse.js';
import type { Classified, NameChunk } from './classify.js';
import type { TokenFacts } from './name-tokens.js';
import { lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { DEGREE, LOCATIVE, ORG_BEFORE, ORG_CONTEXT, PLACE_OF, TEAM_BEFORE, TEAM_VERBS } from './patterns.js';

// Words around a name that tell its kind: a score or a game verb (a team), "chairman" (a company),
// ", where" (a place), a role noun before it (a person).

/**
 * A city or province name used as a sports team: followed on its line by a score, or by a verb
 * of the game ("Essex beat Kent", "Surrey were 429"). Countries stay places (national sides).
 */
export function isTeam(tokens: readonly Token[], c: NameChunk): boolean {
  const key = c.keys.join(' ');
  const g = lookupPlace(key);
  if (g === 'country' || g === 'region' || g === 'demonym' || lexiconTags(key)?.includes('Country')) return false;
  const next = tokens[c.b];
  const prev = tokens[c.a - 1];
  // "in Salzburg 3-2", "Michoacan, 80 km", "the province of Yunnan were": a place where something happened.
  const venue = prev !== undefined && (LOCATIVE.has(prev.normal) || placeOf(tokens, c.a)) && !/\n/.test(prev.post);
  if (next && !venue && !/\n/.test(tokens[c.b - 1].post)) {
    if (/^ +$/.test(tokens[c.b - 1].post) && isScore(tokens, c.b)) return true;
    if (TEAM_VERBS.has(next.normal) && /^ +$/.test(tokens[c.b - 1].post)) return true;
    // "Milwaukee has won", "Essex have beaten"
    if (/^(?:has|have|had)$/.test(next.normal) && c.b + 1 < tokens.length && TEAM_VERBS.has(tokens[c.b + 1].normal)) return true;
  }
  return prev !== undefined && !/\n/.test(prev.post) && TEAM_BEFORE.has(prev.normal);
}

/** Words after a number that make it a measure, not a score ("80 km", "5 percent"). */
const UNITS = /^(?:km|kms|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|ft|yards?|percent|pct|per|people|dead|killed|years?|days?|hours?|minutes?|tonnes?|tons?|kg|pounds?|dollars?|points?)$/;

/** Token `b` is a score: one to three digits (or two joined by a hyphen), not a date, not followed by a unit. */
function isScore(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b];
  if (!/^\d{1,3}(?:-\d{1,3})?$/.test(t.text) || t.tags.has('Date')) return false;
  const after = tokens[b + 1];
  return after === undefined || !/^ +$/.test(t.post) || !UNITS.test(after.normal);
}

/** One letter per token of a line: n a number, c a capitalised word, x anything else; a bracketed tag ("(V)") is left out. */
function lineShape(tokens: readonly Token[], from: number, to: number): string {
  let shape = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.pre.startsWith('(') && t.post.startsWith(')') && /^\p{Lu}{1,3}$/u.test(t.text)) continue;
    shape += /^(?:\d+(?:[./-]\d+)*)$/.test(t.text) ? 'n' : /^\p{Lu}/u.test(t.text) ? 'c' : 'x';
  }
  return shape;
}

/** Most tokens in a line of a results table (a standings row has a name and up to ten figures). */
const TABLE_LINE = 14;

/**
 * The chunk is a team in a line of a results table: it opens a line followed by numbers only (a
 * standings row, three numbers at least), or it is one side of a score line ("A 2 B 1").
 */
function isTableTeam(tokens: readonly Token[], c: NameChunk): boolean {
  // A table's line is short: the scans stop past TABLE_LINE tokens (a paragraph of prose is one long line).
  let start = c.a;
  while (start > 0 && c.b - start <= TABLE_LINE && !tokens[start - 1].post.includes('\n')) start--;
  let end = c.b;
  while (end < tokens.length && end - start <= TABLE_LINE && !tokens[end - 1].post.includes('\n')) end++;
  if (end - start > TABLE_LINE) return false;
  const before = lineShape(tokens, start, c.a);
  const after = lineShape(tokens, c.b, end);
  return (before === '' && (/^n{3,}$/.test(after) || /^nc{1,3}n$/.test(after))) || (/^c{1,3}n$/.test(before) && after === 'n');
}

export function isOrgContext(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  if (!next || /[\n,;:.!?()]/.test(tokens[b - 1].post + next.pre)) return false;
  return (/^\p{Ll}/u.test(next.text) || next.text === 'CEO') && ORG_CONTEXT.has(next.normal);
}

export function isGivenOrFamilyName(t: Token): boolean {
  return t.tags.has('FirstName') || t.tags.has('LastName') || (lexiconTags(t.normal)?.some((x) => /Name$/.test(x)) ?? false);
}

/** The name ending before token `b` is followed by ", " and a country or a state ("Lockerbie, Scotland", "Tacambaro, Michoacan"). */
function beforeItsRegion(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  if (next === undefined || tokens[b - 1].post !== ', ') return false;
  const g = lookupPlace(next.normal);
  return g === 'country' || g === 'province';
}

/** The name at token `a` follows a noun of a place and "of" ("the province of", "the battle of"). */
function placeOf(tokens: readonly Token[], a: number): boolean {
  return a >= 2 && tokens[a - 1].normal === 'of' && tokens[a - 2].post === ' ' && PLACE_OF.has(tokens[a - 2].normal);
}

export function isWhereClause(tokens: readonly Token[], b: number): boolean {
  return b < tokens.length && tokens[b].normal === 'where' && tokens[b - 1].post.trim() === ',';
}

export function isRoleNoun(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && t.tags.has('Actor') && t.tags.has('Singular');
}

/**
 * The kind of a name chunk once the words around it are read: `own` is what its own words say
 * (classifyChunk). Null when the context says it is no name.
 */
export function byContext(tokens: readonly Token[], facts: TokenFacts, c: NameChunk, own: Classified): Classified | null {
  let cls = own;
  const prev = c.a > 0 ? tokens[c.a - 1] : undefined;
  const sameLine = prev !== undefined && !/\n/.test(prev.post);
  // "a Navy SEAL was killed", "a Republican said": after "a" and heading its noun phrase, the name is a
  // member or a kind, no entity ("a Reuters reporter" keeps "Reuters": it modifies "reporter"); a name a
  // pattern or the gazetteer gives stays ("a State Medical Society", "a France that").
  if (sameLine && /^an?$/.test(prev.normal) && !prev.post.startsWith('.') && cls.strength <= 2 && !modifiesNoun(tokens, c.b)) return null;
  // "Regina Benjamin, MD, ...", "Jane Doe, M.D., M.B.A.": a degree after a person's name is no name (not Maryland)
  if (sameLine && DEGREE.test(tokens.slice(c.a, c.b).map((t) => t.text).join(' ')) && /^,\s*$/.test(prev.post) && (prev.tags.has('Person') || DEGREE.test(prev.text))) return null;
  if (cls.kind === 'place' && isTeam(tokens, c)) cls = { kind: 'organization', strength: 4 };
  // A row of a results table: "Lotte 46 6 54 .462", "Buducnost 0 OFK Beograd 1".
  else if (!(cls.kind === 'person' && cls.strength >= 2 && c.b - c.a >= 2) && isTableTeam(tokens, c)) cls = { kind: 'organization', strength: 4 };
  // A place after "at" on its line is the venue, even in a report where a team bears its name.
  else if (cls.kind === 'place' && cls.strength >= 3 && sameLine && prev.normal === 'at') cls = { kind: 'place', strength: 4 };
  // A word before "chairman", "shares", "striker"... is a company or a club ("Cofinec CEO", "Ruch's shares").
  // ... and so is a guessed name of several words ("Zycie Warszawy daily said").
  if (cls.kind !== 'place' && isOrgContext(tokens, c.b) && (c.b - c.a === 1 ? cls.strength <= 2 && !isGivenOrFamilyName(tokens[c.a]) : cls.strength <= 1 && !/['’]s?$/.test(tokens[c.b - 1].text))) cls = { kind: 'organization', strength: 3 };
  // A name right after a lower-case noun of a body is that body ("team Deportivo Coruna", "daily Le Matin").
  if (cls.strength <= 2 && cls.kind !== 'place' && prev !== undefined && ORG_BEFORE.has(prev.text) && adjoins(tokens, c.a)) cls = { kind: 'organization', strength: 3 };
  // A guessed name followed by an age between commas is a person ("Gaetano Lo Presti, 52, hanged himself").
  if (cls.strength <= 1 && cls.kind !== 'place' && ageAfter(tokens, c.b)) cls = { kind: 'person', strength: 2 };
  // An unknown word after a lower-case role noun is a person ("candidate Dole", "rival Lebed").
  if (cls.strength <= 1 && prev !== undefined && isRoleNoun(prev) && adjoins(tokens, c.a)) cls = { kind: 'person', strength: 2 };
  // An unknown word right after "in", "near", "outside"... is most likely a place ("in Chechnya").
  // ... and so is one followed by ", where" ("Rafah, where a million people have fled").
  const locative = prev !== undefined && (LOCATIVE.has(prev.normal) || placeOf(tokens, c.a)) && !/[\n,]/.test(prev.post);
  if (cls.strength === 1 && (locative || isWhereClause(tokens, c.b) || beforeItsRegion(tokens, c.b))) {
    cls = { kind: 'place', strength: 2 };
  }
  // "Troy police Lt. Gerry Scherlinck", "Hawaiian Gardens residents": a name a given name could be, right
  // before a lower-case local body or its people, is their town
  if (cls.kind === 'person' && cls.strength <= 2 && c.b < tokens.length && LOCAL_BODY.has(tokens[c.b].text) && adjoins(tokens, c.b)) cls = { kind: 'place', strength: 3 };
  // "in Atlantic City": a city, not a club named after one ("Manchester City").
  if (locative && cls.kind === 'organization' && cls.strength <= 3 && c.b - c.a >= 2 && tokens[c.b - 1].normal === 'city') cls = { kind: 'place', strength: 3 };
  // "in Beverly Hills", "in Colorado Springs": a name a given name opens, ending in a plural landform, is a town
  if (locative && cls.kind === 'person' && cls.strength <= 2 && c.b - c.a >= 2 && LANDFORMS.has(tokens[c.b - 1].text)) cls = { kind: 'place', strength: 3 };
  return cls;
}

/** The name ending before token `b` is followed by an age set off by commas (", 52,"), not a score nor a measure. */
function ageAfter(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b];
  return t !== undefined && tokens[b - 1].post === ', ' && /^\d{1,3}$/.test(t.text) && t.pre === '' && /^,\s/.test(t.post) && !t.tags.has('Date');
}

/**
 * Plural landforms that end a town's name and rarely a person's ("Beverly Hills", "Palm Springs", "Niagara Falls"); not
 * "Meadows" nor "Shores", common surnames ("confidence in Mark Meadows").
 */
const LANDFORMS = new Set(['Hills', 'Heights', 'Springs', 'Falls', 'Lakes', 'Acres', 'Gardens']);

/** Lower-case words for a town's own body or people ("Troy police", "Cypress Park residents"). */
const LOCAL_BODY = new Set(['police', 'sheriff', "sheriff's", 'sheriff’s', 'firefighters', 'residents', 'townspeople']);

/** Token `a` follows the one before it after one space or a hyphen. */
function adjoins(tokens: readonly Token[], a: number): boolean {
  const sep = tokens[a - 1].post + tokens[a].pre;
  return /^[ \t\u00a0]$/.test(sep) || sep === '-';
}

const NOT_MODIFIED = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Copula', 'Modal', 'Auxiliary', 'PastTense', 'PresentTense'];

/** The name ending before token `b` modifies the lower-case word after it ("Reuters reporter", "Rios rooting section"). */
function modifiesNoun(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  if (next === undefined || !/^ $/.test(tokens[b - 1].post) || !/^\p{Ll}/u.test(next.text)) return false;
  // the lexicon's word class first: compromise tags a noun by its place in the sentence ("a Woodburn police officer")
  if (lexiconTags(next.normal)?.some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable')) return true;
  return next.tags.has('Gerund') || (next.tags.has('Noun') && !NOT_MODIFIED.some((t) => next.tags.has(t)));
}
