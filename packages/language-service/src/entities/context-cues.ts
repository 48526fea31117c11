import type { Token } from '../nlp/parse.js';
import type { NameChunk } from './classify.js';
import { lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { ORG_CONTEXT, TEAM_BEFORE, TEAM_VERBS } from './patterns.js';

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
  if (next && !/\n/.test(tokens[c.b - 1].post)) {
    if (/^\d{1,3}(?:-\d{1,3})?$/.test(next.text) && !next.tags.has('Date')) return true;
    if (TEAM_VERBS.has(next.normal)) return true;
  }
  return prev !== undefined && !/\n/.test(prev.post) && TEAM_BEFORE.has(prev.normal);
}

export function isOrgContext(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  if (!next || /[\n,;:.!?()]/.test(tokens[b - 1].post)) return false;
  return (/^\p{Ll}/u.test(next.text) || next.text === 'CEO') && ORG_CONTEXT.has(next.normal);
}

export function isGivenOrFamilyName(t: Token): boolean {
  return t.tags.has('FirstName') || t.tags.has('LastName') || (lexiconTags(t.normal)?.some((x) => /Name$/.test(x)) ?? false);
}

export function isWhereClause(tokens: readonly Token[], b: number): boolean {
  return b < tokens.length && tokens[b].normal === 'where' && tokens[b - 1].post.trim() === ',';
}

export function isRoleNoun(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && t.tags.has('Actor') && t.tags.has('Singular');
}
