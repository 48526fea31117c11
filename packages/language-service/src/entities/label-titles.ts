// A description set right before a name, with or without a determiner: "The American computer
// company Apple", "the technology blog Gizmodo", "Irish national airline Aer Lingus", "U.S.
// electronics retailer Best Buy". The name it stands before is the entity it labels (attach-labels.ts
// keeps it only when its head fits the name's kind). People's titles come from their descriptors
// ("Chinese diplomat Wang Kejian"); this reads the same shape for organisations and places too.
// Paragraph offsets, as label-phrases.ts.
import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import { joined } from './label-complements.js';
import { headClass, isBodyTie } from './label-nouns.js';
import type { RawLabel } from './label-phrases.js';
import { isDemonym } from './name-tokens.js';

/** Limits of a title phrase. */
export const TITLE_OPTIONS: Readonly<{ maxWords: number }> = Object.freeze({
  /** Words of a title before a name, determiner included ("the American computer company": 4). */
  // not tuned on an eval (lbl22): a determiner, a head and up to four modifiers; a longer run is a clause
  maxWords: 6,
});

/** Tags a title's modifiers never have: what ends the phrase going back from the name. */
const STOP = ['Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary', 'Date', 'Possessive'];

/** A modifier of a title: a lower-case noun or adjective ("computer", "national"), a nationality ("American", "Irish") or a number. */
function modifier(t: Token, isName: (t: Token) => boolean): boolean {
  if (STOP.some((s) => t.tags.has(s)) || /['’]/.test(t.post)) return false;
  if (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) return false;
  if (/^\p{Lu}/u.test(t.text)) return !isName(t) && isDemonym(t, t.normal);
  return /^[\p{Ll}\d]/u.test(t.text) && ['Noun', 'Adjective', 'Value'].some((x) => t.tags.has(x));
}

/**
 * The title phrases of a paragraph: a lower-case singular head noun that can name an entity
 * (label-nouns.ts) right before a name, with its modifiers and determiner ("the", "a", "an"); a
 * title of a person with no class noun ("defence analyst Paul Nesbit") is left to the descriptors.
 */
export function findTitlePhrases(text: string, tokens: readonly Token[], mentions: readonly RawMention[]): RawLabel[] {
  const out: RawLabel[] = [];
  const names = mentions.filter((m) => m.strength !== 0 && !m.description);
  const named = new Set(names.map((m) => m.start));
  const isName = (t: Token) => named.has(t.start);
  let i = 0;
  for (const m of names) {
    while (i < tokens.length && tokens[i].start < m.start) i++;
    const owned = ownedApposition(text, tokens, i, m);
    if (owned) out.push(owned);
    const h = tokens[i - 1];
    if (!h || tokens[i]?.start !== m.start || !joined(h, tokens[i]) || h.sentence !== tokens[i].sentence) continue;
    // the head: lower case, singular, not a name ("the company Apple"; not "reporters Bob Woodward and Carl Bernstein")
    if (!/^\p{Ll}/u.test(h.text) || !h.tags.has('Noun') || h.tags.has('Plural') || !modifier(h, isName)) continue;
    const word = h.normal.replace(/['’]s?$/, '');
    const cls = headClass(h, word) ?? (isBodyTie(word) ? 'person' : null);
    if (!cls || cls === 'members') continue;
    let a = i - 1;
    while (a - 1 >= 0 && i - a < TITLE_OPTIONS.maxWords && tokens[a - 1].sentence === h.sentence && joined(tokens[a - 1], tokens[a]) && modifier(tokens[a - 1], isName)) a--;
    const det = tokens[a - 1];
    if (det && det.sentence === h.sentence && joined(det, tokens[a]) && /^(?:the|a|an)$/.test(det.normal)) a--;
    // "on board INS Mysore", "into team Lionsgate": one bare word after a preposition is the preposition's phrase
    const before = tokens[a - 1];
    if (a === i - 1 && before?.sentence === h.sentence && before.tags.has('Preposition')) continue;
    // "a company Christmas party": after "a", a name that modifies a noun after it is part of one phrase
    const last = tokens.find((t) => t.end === m.end);
    const after = tokens.find((t) => t.start >= m.end);
    if (/^an?$/.test(tokens[a].normal) && last && after && after.sentence === h.sentence && joined(last, after) && after.tags.has('Noun') && !after.tags.has('Verb') && /^\p{Ll}/u.test(after.text)) continue;
    const start = tokens[a].start;
    out.push({ start, end: h.end, text: text.slice(start, h.end), kind: 'title', head: word, cls, definite: tokens[a].normal === 'the', named: { start: m.start, end: m.end } });
  }
  return out;
}

/** Possessive words that open a phrase owned by someone: a name's "'s", or "its", "his", "her", "their". */
const possessor = (t: Token) => t.tags.has('Possessive') || /^['’]s?\b/.test(t.post) || /^(?:its|his|her|their)$/.test(t.normal);

/**
 * "Boeing's European rival, Airbus, is ...", "its parent company, EADS, ...": a phrase opened by a
 * possessor and set off by a comma before the name of an organisation or a place, that closes with a
 * comma, a full stop or "who", is that name's apposition. `i`: the name's first token.
 */
function ownedApposition(text: string, tokens: readonly Token[], i: number, m: RawMention): RawLabel | null {
  const h = tokens[i - 1];
  if (!h || tokens[i]?.start !== m.start || h.sentence !== tokens[i].sentence || !/^\s*,\s*$/.test(h.post + tokens[i].pre)) return null;
  if (!/^\s*(?:[,.;]|who\b|$)/.test(text.slice(m.end, m.end + 5))) return null;
  // before a comma and a name the head is a noun, even one the tagger read as an adjective ("European rival, Airbus")
  if (!/^\p{Ll}/u.test(h.text) || !h.tags.has('Noun') && !h.tags.has('Adjective') || h.tags.has('Plural')) return null;
  const word = h.normal.replace(/['’]s?$/, '');
  // people's possessive appositions ("Felt's grandson, Rob Jones,") come from their descriptors and ties (label-phrases.ts)
  const cls = isBodyTie(word) ? 'organization' : headClass(h, word);
  if (!cls || cls === 'members' || cls === 'person') return null;
  let a = i - 1;
  while (a - 1 >= 0 && i - a < TITLE_OPTIONS.maxWords && tokens[a - 1].sentence === h.sentence && joined(tokens[a - 1], tokens[a]) && !possessor(tokens[a - 1]) && modifier(tokens[a - 1], () => false)) a--;
  const owner = tokens[a - 1];
  if (!owner || owner.sentence !== h.sentence || !possessor(owner) || !/^(?:\s|['’]s?\s)/.test(owner.post + ' ')) return null;
  const start = owner.start;
  return { start, end: h.end, text: text.slice(start, h.end), kind: 'apposition', head: word, cls, definite: true, named: { start: m.start, end: m.end } };
}