import type { RawMention } from '../analysis/context.js';
import type { Entity, EntityKind } from '../types.js';
import { nameKey } from './gazetteer.js';
import { fold } from '../text/fold.js';
import { withoutNickname } from './nicknames.js';
import { initialSurnames } from './initial-surnames.js';
import { offices, unnamedHolders } from './offices.js';
import { describe } from './describe-persons.js';
import { FORM_WORDS, nameTails } from './name-tails.js';
import { STORM_WORDS } from './patterns.js';
import { hyphenPairs } from './hyphen-names.js';
import type { Group } from './entity-group.js';
import { lastWord, pronounSex, surnameIndex } from './surnames.js';
import { lexiconTags } from './lexicon.js';

/**
 * Groups a report's mentions (absolute offsets, in text order) into entities: one entity per
 * person, organisation or place, with a canonical name (the fullest form) and a stable id.
 * Consistency within the report: a name gets the kind of its surest mention everywhere, and a
 * single word that is the surname of a person named in full is that person ("Netanyahu"; which
 * one, of several people of one surname: surnames.ts). `text` is the report's text the offsets
 * point into (the words around a name: "Mr.", "his wife,"); without it a short form goes to the
 * person named in full most often, then the nearest before it.
 */
export function resolveEntities(given: readonly RawMention[], text = ''): Entity[] {
  KEYS.clear();
  const mentions = namesNotDescriptions(hyphenPairs(given, text, keyOf));
  const ordered = mentions.filter((m) => !m.description).sort((x, y) => x.start - y.start || y.end - x.end);
  const kinds = surestKinds(ordered);
  // a title alone is no one's full name ("Surgeon General" gives no surname "General")
  const surnames = surnameIndex(ordered.filter((m) => !m.title), kinds, text, keyOf);
  const fullNameOf = (m: RawMention) => surnames.fullNameOf(m);
  const acronyms = acronymTargets(ordered, kinds, text);
  const tails = nameTails(ordered, kinds, keyOf);
  // Names the report gives as names somewhere: a candidate word with the same key is one of them.
  const named = new Set(ordered.filter((m) => (m.strength ?? 3) >= 1).map((m) => keyOf(m.text)));
  const notNames = weakNonNames(ordered, text);
  const groups = new Map<string, Group>();
  // Each group's descriptors as "start,end": the duplicate test without a scan of the group's list.
  const seenDescriptors = new Map<Group, Set<string>>();
  for (const m of ordered) {
    const key = keyOf(m.text);
    // Strength 4 is a judgement of the mention's own context: a team ("Chicago 68 64"), a venue
    // ("at Toronto"); it keeps its kind.
    let kind = m.strength === 4 ? m.kind : kinds.get(key) ?? m.kind;
    // "Trump said he ...": whoever a pronoun of a person stands for is a person (not a team or a body the
    // lexicon knows: "The 76ers said he would be paid" speaks of someone else)
    if (kind !== 'person' && pronounSex(text, m.end) !== null && !lexiconBody(m.text)) kind = 'person';
    let groupKey = surnames.fileUnder(key);
    let form = m.form;
    const full = fullNameOf(m);
    // (a given name the report gives a storm is the storm: "Katrina" of "Hurricane Katrina")
    const tail = stormOf(tails.get(key)) ?? (full || kinds.get(key) === 'person' || (key.includes(' ') && kinds.get(key) !== 'organization') ? undefined : tails.get(key));
    const long = full ? undefined : acronyms.get(m.text.replace(/\./g, ''));
    // ... a candidate in capitals is kept as the acronym of a name the report gives ("AMA Celebrates ..." over "the American Medical Association")
    const spelled = long !== undefined && long !== key && named.has(long) && /^\p{Lu}{2,}$/u.test(m.text);
    if ((m.strength === 0 || notNames.has(key)) && !full && !tail && !(m.strength === 0 && named.has(key)) && !spelled) continue;
    const run = kind === 'person' && !full ? surnames.runOf(key) : undefined;
    if (run) {
      groupKey = run;
      form = 'alias';
    } else if (full) {
      kind = 'person';
      groupKey = full;
      if (form === 'full') form = 'short';
    } else if (tail) {
      kind = kinds.get(tail) ?? kind;
      groupKey = tail;
      if (form === 'full') form = 'short';
    } else if (long && long !== key) {
      kind = kinds.get(long) ?? kind;
      groupKey = long;
      if (form === 'full') form = 'alias';
    }
    const id = `${kind}:${groupKey}`;
    let g = groups.get(id);
    // a run around a name never names the entity: the name inside it does
    if (!g) groups.set(id, (g = { kind, name: run ? '' : m.text, mentions: [], descriptors: [], sure: false }));
    g.mentions.push({ start: m.start, end: m.end, text: m.text, form });
    // ... or one the report sets a description beside ("Lo Presti, alleged boss of ...")
    if ((m.strength ?? 3) >= 2 || (kind === 'person' && m.descriptors.length > 0)) g.sure = true;
    if (better(m.text, g.name) && form !== 'short' && !run) g.name = m.text;
    if (m.descriptors.length > 0) {
      let seen = seenDescriptors.get(g);
      if (!seen) seenDescriptors.set(g, (seen = new Set()));
      for (const d of m.descriptors) {
        const k = `${d.start},${d.end}`;
        if (!seen.has(k)) { seen.add(k); g.descriptors.push(d); }
      }
    }
  }
  describe(mentions, groups, fullNameOf, text);
  // a title alone that names the post ("as Surgeon General") is the post, never its holder (offices.ts)
  const free = (m: RawMention) => !fullNameOf(m) && !named.has(keyOf(m.text));
  const posts = offices(ordered, text, free, keyOf);
  const held = titleHolders(ordered, groups, (m) => free(m) && !posts.taken.has(m));
  for (const [key, post] of posts.entities) groups.set(`office:${key}`, { kind: 'organization', descriptors: [], ...post });
  for (const [key, holder] of unnamedHolders(ordered, text, (m) => free(m) && !posts.taken.has(m) && !held.has(m), keyOf)) {
    groups.set(`holder:${key}`, { kind: 'person', descriptors: [], ...holder });
  }
  if (text) {
    const spans = [...groups.values()].flatMap((g) => g.mentions);
    initialSurnames(text, groups.values(), (s, e) => spans.some((x) => x.start < e && s < x.end));
  }
  for (const g of groups.values()) {
    g.mentions.sort((a, b) => a.start - b.start);
    g.name ||= g.mentions[0].text;
  }
  KEYS.clear();
  return [...groups.values()]
    .map(({ sure: _, ...g }) => ({ id: entityId(g.kind, g.name), ...g }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * A one-word description that the report writes elsewhere as a name is that name: a company's name
 * shaped like a person noun ("Chrysler will receive ..." in a report that names "GM and Chrysler"),
 * no one's role. Strength 0: it is kept as the name the report gives elsewhere.
 */
function namesNotDescriptions(mentions: readonly RawMention[]): readonly RawMention[] {
  const names = new Set(mentions.filter((m) => !m.description && (m.strength ?? 3) >= 1).map((m) => keyOf(m.text)));
  const isName = (m: RawMention) => m.description === true && !/\s/.test(m.text) && names.has(keyOf(m.text));
  return mentions.some(isName) ? mentions.map((m) => (isName(m) ? { ...m, description: false, strength: 0 as const } : m)) : mentions;
}

/** nameKey of each mention text, computed once per resolveEntities call (the helpers ask for it again and again). */
const KEYS = new Map<string, string>();

function keyOf(text: string): string {
  let key = KEYS.get(text);
  // a nickname inside a name is left out of its key: "Vincent 'Chin' Gigante" is Vincent Gigante
  if (key === undefined) KEYS.set(text, (key = nameKey(withoutNickname(text))));
  return key;
}

/**
 * A title alone ("the President", "Head Coach") not otherwise kept joins the person the report gives
 * that title ("President Barack Obama"): the nearest one before it, else the first after it. A person
 * named by one word holds it only where the title stands right before the name ("President Obama"),
 * not in an apposition ("Smith, the coach"). Returns the titles it gave a holder.
 */
function titleHolders(mentions: readonly RawMention[], groups: Map<string, Group>, free: (m: RawMention) => boolean): Set<RawMention> {
  const held = new Set<RawMention>();
  const holders: Array<{ start: number; word: string; group: Group }> = [];
  for (const g of groups.values()) {
    if (g.kind !== 'person') continue;
    const full = /\S\s+\S/.test(g.name);
    for (const d of g.descriptors) {
      if (full || g.mentions.some((m) => m.start === d.end + 1)) holders.push({ start: d.start, word: lastWord(d.text), group: g });
    }
  }
  if (holders.length === 0) return held;
  holders.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (!m.title || m.strength !== 0 || !free(m)) continue;
    const word = lastWord(m.text);
    const fit = holders.filter((h) => h.word === word);
    const target = [...fit].reverse().find((h) => h.start < m.start) ?? fit[0];
    if (target && !target.group.mentions.some((x) => x.start < m.end && m.start < x.end)) {
      target.group.mentions.push({ start: m.start, end: m.end, text: m.text, form: 'description' });
    }
    if (target) held.add(m);
  }
  return held;
}

/**
 * Weak single words (guessed names, strength 0 or 1) that are no names: written both as "X" and
 * "Xs" ("Serb" forces, the "Serbs"), the members of a group; or written in lower case elsewhere in
 * the report ("Nickel rose ..." where the report says "nickel prices"; "SALE" over a notice
 * about the sale), a common word capitalised at a sentence start or in a line of capitals.
 */
function weakNonNames(mentions: readonly RawMention[], text: string): Set<string> {
  const weak = new Set<string>();
  for (const m of mentions) if ((m.strength ?? 3) <= 1 && !m.text.includes(' ')) weak.add(keyOf(m.text));
  const out = new Set<string>();
  if (weak.size === 0) return out;
  const lower = new Set(text.match(/(?<![\p{L}\p{N}'’.-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu) ?? []);
  for (const k of weak) {
    if (weak.has(`${k}s`)) { out.add(k); out.add(`${k}s`); }
    if (lower.has(k)) out.add(k);
  }
  return out;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on']);
/** Codes of a country or a union that an acronym keeps whole ("US" of "USGS", "UN" of "UNHCR"). */
const CODES = new Set(['us', 'uk', 'un', 'eu']);
/** A word's letter in an acronym, a country's code whole ("u.s." gives "us"). */
const codeOrInitial = (w: string) => (CODES.has(w.replace(/\./g, '')) ? w.replace(/\./g, '') : w[0]);

/**
 * Initials ("UN", "EU", "IDF") of the report's multi-word organisation and place names, to their key; first
 * an acronym the report defines in parentheses after the name, its letters in the name's order ("Singapore
 * Airlines (SIA)").
 */
function acronymTargets(mentions: readonly RawMention[], kinds: ReadonlyMap<string, EntityKind>, text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    const key = keyOf(m.text);
    if (kinds.get(key) === 'person' || !key.includes(' ')) continue;
    const defined = /^ \((\p{Lu}[\p{Lu}&]{1,5})\)/u.exec(text.slice(m.end, m.end + 10))?.[1];
    if (defined && !out.has(defined) && inOrder(defined.toLowerCase(), key)) out.set(defined, key);
  }
  for (const m of mentions) {
    const key = keyOf(m.text);
    if (kinds.get(key) === 'person' || !key.includes(' ')) continue;
    const words = key.split(/[ -]/).filter((w) => w && !ACRONYM_SKIP.has(w));
    // ... with its company form or without it ("GMC" and "GM" of "General Motors Corporation")
    for (const list of FORM_WORDS.has(words[words.length - 1]) ? [words, words.slice(0, -1)] : [words]) {
      // ... and with a country's code whole among them ("USGS" of "U.S. Geological Survey", "USDA")
      for (const initials of [list.map((w) => w[0]).join(''), list.map(codeOrInitial).join('')]) {
        if (initials.length >= 2 && !out.has(initials.toUpperCase())) out.set(initials.toUpperCase(), key);
      }
    }
  }
  // ... and with its country's code before them where the report leaves the country out ("USAF" of "Air Force"), after any other
  for (const [initials, key] of [...out]) {
    if (!/^(?:us|u\.s\.|uk|u\.k\.) /.test(key)) for (const cc of ['US', 'UK']) if (!out.has(cc + initials)) out.set(cc + initials, key);
  }
  return out;
}

/** The letters of `short` appear in `name` in order, the first one opening it ("sia" in "singapore airlines"). */
function inOrder(short: string, name: string): boolean {
  if (short[0] !== name[0]) return false;
  let at = 0;
  for (const c of short) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The kind of each name (lower-cased text) from its surest mention; the first one wins ties. */
function surestKinds(mentions: readonly RawMention[]): Map<string, EntityKind> {
  const best = new Map<string, { kind: EntityKind; strength: number }>();
  for (const m of mentions) {
    const key = keyOf(m.text);
    const s = m.strength ?? 3;
    // A venue ("at Toronto") does not make the team of the same name a place elsewhere.
    if (s === 4 && m.kind === 'place') continue;
    const b = best.get(key);
    if (!b || s > b.strength) best.set(key, { kind: m.kind, strength: s });
  }
  return new Map([...best].map(([k, v]) => [k, v.kind]));
}

/** A storm's key ("hurricane katrina"), or undefined. */
const stormOf = (key: string | undefined) => (key !== undefined && STORM_WORDS.has(key.split(' ')[0]) ? key : undefined);

/** The name's last word is a team or an organisation to compromise's lexicon ("76ers", "Lakers", "FBI"). */
function lexiconBody(name: string): boolean {
  return lexiconTags(lastWord(name))?.some((t) => t === 'SportsTeam' || t === 'Organization') ?? false;
}

/** The fuller of two written forms: more characters, then mixed case over capitals. */
function better(candidate: string, current: string): boolean {
  if (candidate.length !== current.length) return candidate.length > current.length;
  return current === current.toUpperCase() && candidate !== candidate.toUpperCase();
}

/** A stable id from kind and canonical name: the same in every run and every report. */
export function entityId(kind: Entity['kind'], name: string): string {
  const slug = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${kind === 'organization' ? 'org' : kind === 'person' ? 'per' : 'loc'}:${slug || 'x'}`;
}
