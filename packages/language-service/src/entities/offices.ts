import type { RawMention } from '../analysis/context.js';
import type { EntityMention } from '../types.js';
import { isCountryCode, lookupPlace } from './gazetteer.js';

// An office named as an office: a title alone where it names the post, not whoever holds it
// ("nominate Dr. Regina Benjamin as Surgeon General", "the post of U.S. Surgeon General", "Surgeon
// General nominee"). ECB+ annotates such titles as one entity of their own, the post, across the
// reports of one nomination and across two nominations to it (t34: Sanjay Gupta's and Regina
// Benjamin's); giving them to the person named in the sentence made wrong links there (the person
// is nominated *as* it, not yet holding it). A title that refers to someone ("the Surgeon General
// said", "The President announced") still goes to its holder (resolve-entities.ts titleHolders).

/**
 * Words right before a title that make it the post (case-insensitive, the text's own spacing):
 * "as (the|his) ...", "for (the) ...", "be / become / became (the) ...", "the post of ...", "named
 * (the) ...", "nominee for ...". A determiner or "next"/"new" may stand between.
 */
const BEFORE_OFFICE = /(?:\b(?:as|for|be|become|becomes|became|becoming|named|appointed|nominated|elected|post of|job of|office of|position of|role of|title of|seat of)\s+(?:(?:the|a|an|his|her|their|its|our|next|new)\s+)*)$/i;

/** Words right after a title that make it the post: "Surgeon General nominee", "the U.S. Surgeon General post". */
const AFTER_OFFICE = /^\s+(?:nominee|nominees|nomination|pick|post|job|position|candidate|candidates|candidacy|choice|hopeful|race|seat|office)\b/i;

/**
 * Words right after a title that make it someone who acts, the holder, whatever stands before it:
 * "As the President explained", "as the Governor said" (a verb: said, says, told, a past in -ed).
 */
const HOLDER_AFTER = /^\s+(?:said|says|told|tells|\p{Ll}+ed)\b/u;

/** How far back the words before a title are read (the longest BEFORE_OFFICE phrase with two determiners). */
const LOOK_BACK = 40;

/** The title alone at [start, end) names the post, by the words around it. */
export function namesOffice(text: string, start: number, end: number): boolean {
  // "U.S. Surgeon General": a place before the title belongs to the office's name, not to the context
  const before = text.slice(Math.max(0, start - LOOK_BACK), start).replace(/(?:\bU\.?S\.?|\bUS|\bAmerica's|\bthe nation's)\s*$/, '');
  const after = text.slice(end, end + 20);
  return !HOLDER_AFTER.test(after) && (BEFORE_OFFICE.test(before) || AFTER_OFFICE.test(after));
}

/**
 * The report's titles alone (strength 0, `title`) that name a post, by the post's key (its title
 * without a leading article): one entity per post, each mention a description (a title is no
 * name). `free`: the mention is no surname or name the report gives someone.
 */
export function offices(
  mentions: readonly RawMention[], text: string, free: (m: RawMention) => boolean, keyOf: (text: string) => string,
): { taken: Set<RawMention>; entities: Map<string, { name: string; mentions: EntityMention[] }> } {
  const taken = new Set<RawMention>();
  const entities = new Map<string, { name: string; mentions: EntityMention[] }>();
  for (const m of mentions) {
    if (!m.title || m.strength !== 0 || !free(m) || !namesOffice(text, m.start, m.end)) continue;
    taken.add(m);
    const name = m.text.replace(/^(?:the|a|an)\s+/i, '');
    const key = keyOf(name);
    let post = entities.get(key);
    if (!post) entities.set(key, (post = { name, mentions: [] }));
    post.mentions.push({ start: m.start, end: m.end, text: m.text, form: 'description' });
  }
  return { taken, entities };
}

/** Titles that name no one office of its own: an honorific or a word for anyone ("Mr.", "Dr.", "Father", "Officer"). */
const NO_HOLDER = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'father', 'rev.', 'reverend', 'officer', 'aide', 'trooper', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * A title alone, definite and capitalised, that the report calls someone by again and again and
 * never names ("The President announced his nominee ...", "As the President explained"): one person
 * per title (its key without the article), each mention a description. Once is no way of calling
 * anyone ("The Governor was not there"): no entity, but a country's ("the US President-elect"). ECB+ t34: a White House release that calls
 * Obama "the President" throughout; the event's other reports name him (compare/identity/titles.ts).
 * `free`: the mention is no name, no post and no named holder's title.
 */
export function unnamedHolders(
  mentions: readonly RawMention[], text: string, free: (m: RawMention) => boolean, keyOf: (text: string) => string,
): Map<string, { name: string; mentions: EntityMention[] }> {
  const out = new Map<string, { name: string; mentions: EntityMention[] }>();
  const national = new Set<string>();
  for (const m of mentions) {
    if (!m.title || m.strength !== 0 || !free(m)) continue;
    const country = ofCountry(text, m.start);
    if (country) national.add(keyOf(m.text.replace(/^(?:the|a|an)\s+/i, '')));
    const definite = country || /^the\s/i.test(m.text) || /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start));
    const name = m.text.replace(/^(?:the|a|an)\s+/i, '');
    const words = name.toLowerCase().split(/\s+/);
    if (!definite || !/^\p{Lu}/u.test(name) || NO_HOLDER.has(words[words.length - 1])) continue;
    const key = keyOf(name);
    let holder = out.get(key);
    if (!holder) out.set(key, (holder = { name, mentions: [] }));
    holder.mentions.push({ start: m.start, end: m.end, text: m.text, form: 'description' });
  }
  for (const [key, holder] of out) if (holder.mentions.length < MIN_TITLE_USES && !national.has(key)) out.delete(key);
  return out;
}

/**
 * "the US President-elect", "the French President": a country's title, after "the" and the country,
 * has one holder, so once is enough to call him by it (the country stays a place of its own).
 */
function ofCountry(text: string, start: number): boolean {
  const m = /\bthe\s+(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return false;
  const word = m[1];
  return lookupPlace(word) === 'country' || isCountryCode(word.replace(/\./g, ''));
}

/** How often a report calls someone by a title alone before that title is a person of its own (see unnamedHolders). */
const MIN_TITLE_USES = 2;
