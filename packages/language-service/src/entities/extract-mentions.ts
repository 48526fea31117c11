import type { ParagraphContext, RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { MentionForm, TextSpan } from '../types.js';
import { classifyChunk, isBareTitle, isGenericOrgWord, isGroupPlural, isTitleWord, titleLength, type NameChunk } from './classify.js';
import { byContext } from './context-cues.js';
import { apposition, preModifier } from './descriptors.js';
import { addDescriptions } from './descriptions.js';
import { datelinePlaces } from './datelines.js';
import { demoteMemberPlurals, isQuotedTitle, listConsistency } from './paragraph-consistency.js';
import { lookupPlace } from './gazetteer.js';
import { isOrgWord, lexiconTags } from './lexicon.js';
import { companyPeriod, gluedTail, isDemonym, isLyAdverb, isNameToken, lostPeriod, possessiveLength, tokenFacts, type TokenFacts } from './name-tokens.js';
import { andJoinedNames } from './and-names.js';
import { joinNicknames } from './nicknames.js';
import { headlineVerb, isEpithet, isPlaceName, officeHolder, titleBody, trailingTitle, verbAfterName } from './name-edges.js';
import { CONNECTORS, CORPORATE, HEAD_TITLES, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, TITLE_MODIFIERS, TITLES_BEFORE_NAMES } from './patterns.js';

/** The mentions that are names: what the other extractors may rely on (no strength-0 candidates). */
export function namedMentions(mentions: readonly RawMention[]): RawMention[] {
  return mentions.filter((m) => m.strength !== 0);
}

/**
 * Finds person, organisation and place names in one paragraph: capitalised sequences of words
 * (compromise's tags, name particles, "X of Y" organisations), titles split off as descriptors,
 * possessives cut, headline capitals judged by the paragraph's running text. Linear in tokens.
 */
export function extractMentions(ctx: ParagraphContext): RawMention[] {
  const { tokens } = ctx.parsed;
  if (tokens.length === 0) return [];
  const facts = tokenFacts(ctx.text, tokens);
  // Words written capitalised inside running text judge sentence-initial words; the words of the
  // names found in running text judge lines in capitals, where case says nothing.
  const known = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!facts.caps[i] && !facts.initial[i] && /^\p{Lu}/u.test(tokens[i].text)) known.add(facts.keys[i]);
  }
  const like = tokens.map((_, i) => !facts.caps[i] && isNameToken(tokens, facts, i, known));
  // The place a dateline opens its line with is a name whatever its words ("KHASAVYURT, Russia 1996-08-31").
  const dateline = new Map<number, number>();
  for (const [a, b] of datelinePlaces(tokens)) {
    dateline.set(a, b);
    for (let k = a; k < b; k++) if (!facts.caps[k]) like[k] = true;
  }
  const ands = andJoinedNames(tokens, facts, like);
  const out: RawMention[] = [];
  const names = new Set<string>();
  for (const chunk of chunks(tokens, facts, like, ands)) {
    const m = toMention(ctx.text, tokens, facts, chunk, dateline);
    if (!m || isQuotedTitle(ctx, m)) continue;
    out.push(m);
    for (let k = chunk.a; k < chunk.b; k++) names.add(facts.keys[k]);
  }
  joinNicknames(ctx.text, out);
  listConsistency(ctx.text, out);
  demoteMemberPlurals(tokens, out);
  if (!facts.caps.includes(true)) {
    addDescriptions(ctx.text, tokens, out);
    return out;
  }
  const capsLike = tokens.map((_, i) => facts.caps[i] && isNameToken(tokens, facts, i, names));
  markPlaceNames(tokens, facts, capsLike);
  for (const [a, b] of dateline) for (let k = a; k < b; k++) if (facts.caps[k]) capsLike[k] = true;
  for (const chunk of chunks(tokens, facts, capsLike)) {
    const m = toMention(ctx.text, tokens, facts, chunk, dateline);
    if (m) { out.push(m); for (let k = chunk.a; k < chunk.b; k++) capsLike[k] = true; }
  }
  // Other capitalised words of such lines are candidates only: resolution keeps one when the report
  // names it elsewhere ("Bush" in "Obama Overturns Bush Rules on ...").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!facts.caps[i] || capsLike[i] || !/^\p{Lu}\p{L}{2,}$/u.test(t.text) || NOT_NAMES.has(facts.keys[i])) continue;
    // ... a title among them may stand for its holder or name its post ("President Nominates ...", "... as Surgeon General")
    let j = i;
    while (j < tokens.length && facts.caps[j] && !capsLike[j] && isTitleWord(facts.keys[j]) && (j === i || joins(tokens, j))) j++;
    // (not after a name: "A Hamas Leader" is Hamas's, no title alone for whoever the report calls "Leader")
    const afterName = i > 0 && joins(tokens, i) && /^\p{Lu}/u.test(tokens[i - 1].text) && !NOT_NAMES.has(facts.keys[i - 1]);
    if (j > i && HEAD_TITLES.has(facts.keys[j - 1]) && !afterName) {
      const end = tokens[j - 1].end;
      out.push({ start: t.start, end, text: ctx.text.slice(t.start, end), kind: 'person', form: 'full', descriptors: [], strength: 0, title: true });
      i = j - 1;
      continue;
    }
    out.push({ start: t.start, end: t.end, text: t.text, kind: 'organization', form: 'full', descriptors: [], strength: 0 });
  }
  out.sort((x, y) => x.start - y.start);
  // ... a nickname inside a name on such a line joins it too ("Mark “Deep Throat” Felt Dead at 95")
  joinNicknames(ctx.text, out, true);
  addDescriptions(ctx.text, tokens, out, facts.caps);
  return out;
}

/** Marks the words of two- and three-word gazetteer names in capitals ("LOS ANGELES"). */
function markPlaceNames(tokens: readonly Token[], facts: TokenFacts, like: boolean[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!facts.caps[i] || !joins(tokens, i + 1)) continue;
    let key = `${facts.keys[i]} ${facts.keys[i + 1]}`;
    for (let n = 2; n <= 3 && i + n <= tokens.length; n++) {
      if (n === 3) {
        if (i + 2 >= tokens.length || !joins(tokens, i + 2)) break;
        key += ` ${facts.keys[i + 2]}`;
      }
      const g = lookupPlace(key);
      if (g && g !== 'demonym') {
        for (let k = i; k < i + n; k++) like[k] = true;
        break;
      }
    }
  }
}

interface Found extends NameChunk {
  /** Start of the title words, when a title was split off. */
  titleStart: number;
  /** A lone title word ("King"): kept only if it turns out to be a person's surname. */
  bare?: boolean;
  /** Characters of the first token that are a title glued to the name ("Gov." of "Gov.Sarah"). */
  glued?: number;
  /** The body or place a title is of ("the Air Force" of "Secretary of the Air Force James Roche"): no person. */
  office?: boolean;
}

function* chunks(tokens: readonly Token[], facts: TokenFacts, like: boolean[], ands: ReadonlySet<number> = NO_ANDS): Generator<Found> {
  let i = 0;
  while (i < tokens.length) {
    if (!like[i]) { i++; continue; }
    let b = i + 1;
    while (possessiveLength(tokens[b - 1]) === 0 && b < tokens.length) {
      if (like[b] && joins(tokens, b)) { b++; continue; }
      if (b + 1 < tokens.length && like[b + 1] && joins(tokens, b) && joins(tokens, b + 1) && (ands.has(b) || connects(tokens, facts, i, b))) { b += 2; continue; }
      break;
    }
    yield* split(tokens, facts, companyStart(tokens, facts, like, i, b), b);
    i = b;
  }
}

const NO_ANDS: ReadonlySet<number> = new Set();

/**
 * A company's name takes the capitalised words before it that the chunker left out as sentence-initial
 * or headline words ("Jeans Mate Corp", "Homegate Hospitality Inc"): one, on its line.
 */
function companyStart(tokens: readonly Token[], facts: TokenFacts, like: readonly boolean[], a: number, b: number): number {
  if (b - a < 2 || !CORPORATE.has(facts.keys[b - 1])) return a;
  let s = a;
  while (s > 0 && a - s < 1 && !like[s - 1] && joins(tokens, s) && /^\p{Lu}/u.test(tokens[s - 1].text) && !NOT_NAMES.has(facts.keys[s - 1]) && possessiveLength(tokens[s - 1]) === 0) s--;
  return s;
}

/** Token `b` continues the name that ends at `b - 1`: one space, a hyphen, or a title's period. */
function joins(tokens: readonly Token[], b: number): boolean {
  const prev = tokens[b - 1];
  const sep = prev.post + tokens[b].pre;
  if (/^[ \t\u00a0]$/.test(sep) || sep === '-') return true;
  return sep === '. ' && (prev.tags.has('Honorific') || HEAD_TITLES.has(`${prev.normal}.`) || /^\p{Lu}$/u.test(prev.text));
}

/** A lower-case word between two name words that belongs to the name ("Bank of England", "bin"). */
function connects(tokens: readonly Token[], facts: TokenFacts, a: number, b: number): boolean {
  const t = tokens[b];
  const key = facts.keys[b];
  if (t.text === '&') return true;
  if (!facts.caps[b] && !/^\p{Ll}/u.test(t.text)) return false;
  if (NAME_PARTICLES.has(key)) return !facts.caps[b];
  if (!CONNECTORS.has(key) || key === 'and') return false;
  // The word before "of" must head an organisation or a place ("Bank of", "Gulf of"), and not
  // close a company name ("Acme Inc of Ohio").
  const w = facts.keys[b - 1];
  if (CORPORATE.has(w)) return false;
  return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || ORG_SUFFIXES.has(w) || isOrgWord(w);
}

/** Two or three capitals, not a Roman numeral: a role ("QB", "RB") where it sits beside a name. */
const ROLE_ABBREVIATION = /^(?![IVX]+$)\p{Lu}{2,3}$/u;

/** Splits title words off the front and drops leading nationality words that are not part of an organisation. */
function* split(tokens: readonly Token[], facts: TokenFacts, a: number, b: number): Generator<Found> {
  // "Teixeira Reportedly Bumped": an adverb in a title-case headline ends the name before it, and so
  // does a verb the lexicon knows only in the present tense after a person's name ("Fred LaRue Dies
  // at 75"; not "United States") or in the past tense after a name on a headline's line ("Cheeks
  // Fired By 76ers"), and a verb's -s form before a given name ("President Nominates Regina Benjamin", name-edges.ts)
  for (let k = a; k < b; k++) {
    if (!isLyAdverb(facts.keys[k]) && !verbAfterName(tokens, facts.keys, a, k) && !headlineVerb(tokens, facts.keys, a, k, b)) continue;
    if (k > a) yield* split(tokens, facts, a, k);
    // ... and an adverb left alone after it is no name ("Lohan Arrested Again")
    if (k + 1 < b && !(k + 2 === b && lexiconTags(facts.keys[k + 1])?.includes('Adverb'))) yield* split(tokens, facts, k + 1, b);
    return;
  }
  // "Israel-Hamas": a country joined by a hyphen to another name is two names.
  for (let k = a; k < b - 1; k++) {
    if (tokens[k].post === '-' && lookupPlace(facts.keys.slice(a, k + 1).join(' ')) === 'country') {
      yield* split(tokens, facts, a, k + 1);
      yield* split(tokens, facts, k + 1, b);
      return;
    }
  }
  // "Gov.Sarah Palin": a title glued by its period to the given name (text rebuilt from tokens).
  for (let k = a; k < b; k++) {
    const g = /^(\p{L}+\.)\p{Lu}\p{Ll}/u.exec(tokens[k].text);
    if (!g || !HEAD_TITLES.has(g[1].toLowerCase()) || NOT_NAMES.has(facts.keys[k].slice(g[1].length))) continue;
    if (k > a) yield* split(tokens, facts, a, k);
    yield { a: k, b, keys: [facts.keys[k].slice(g[1].length), ...facts.keys.slice(k + 1, b)], caps: facts.caps[k], titled: true, titleStart: k, glued: g[1].length };
    return;
  }
  // "Chiefs QB Brady Quinn": a short abbreviation before a given name is a role, no part of a name.
  for (let k = a; k < b - 2 && !facts.caps[a]; k++) {
    if (ROLE_ABBREVIATION.test(tokens[k].text) && tokens[k + 1].tags.has('FirstName') && !lookupPlace(facts.keys[k])) {
      if (k > a) yield* split(tokens, facts, a, k);
      yield* split(tokens, facts, k + 1, b);
      return;
    }
  }
  // ... and so is one that ends a name ("Chiefs QB" lost ...), unless a numeral or a company form.
  if (b - a >= 2 && !facts.caps[a] && ROLE_ABBREVIATION.test(tokens[b - 1].text) && !ORG_SUFFIXES.has(facts.keys[b - 1]) && !lookupPlace(facts.keys[b - 1])) {
    yield* split(tokens, facts, a, b - 1);
    return;
  }
  const keys = facts.keys.slice(a, b);
  const caps = facts.caps[a];
  // "Secretary of the Air Force James Roche": the body the title is of (one word only a place or a body's word, "Navy", not "State", "Defense"), then its holder, titled
  const office = caps ? null : officeHolder(tokens, keys, a, b);
  if (office) {
    if (office.k - a > 1 || isPlaceName(keys[0]) || isGenericOrgWord(keys[0])) yield { a, b: office.k, keys: keys.slice(0, office.k - a), caps, titled: false, titleStart: -1, office: true };
    yield { a: office.k, b, keys: keys.slice(office.k - a), caps, titled: true, titleStart: office.title };
    return;
  }
  // "Regina Benjamin U.S. Surgeon General": a title after a full name (a headline) is no part of it
  const after = trailingTitle(keys);
  if (after >= 2) {
    yield* split(tokens, facts, a, a + after);
    yield* split(tokens, facts, a + after, b);
    return;
  }
  const t = titleLength(keys);
  if (t > 0) {
    // "Boeing Chief Financial Officer Michael Sears": the body whose title it is, then its holder
    const s = keys.findIndex((k) => isTitleWord(k) || TITLES_BEFORE_NAMES.has(k));
    if (s > 0 && s < t && titleBody(tokens, keys.slice(0, s), a)) yield { a, b: a + s, keys: keys.slice(0, s), caps, titled: false, titleStart: -1, office: true };
    // Title words the chunker left out as sentence-initial ("Prime" in "Prime Minister X").
    let ts = a;
    while (ts > 0 && TITLE_MODIFIERS.has(facts.keys[ts - 1]) && /^\p{Lu}/u.test(tokens[ts - 1].text) && joins(tokens, ts)) ts--;
    yield { a: a + t, b, keys: keys.slice(t), caps, titled: true, titleStart: ts };
    return;
  }
  // ... a given name before a title word makes it a surname ("John Major", "Billie Jean King")
  if (isBareTitle(keys) && !(keys.length >= 2 && !isTitleWord(keys[0]) && tokens[a].tags.has('FirstName'))) {
    // "King" alone may still be the surname of a person the report names in full.
    // ... and a title alone may stand for the person the report gives it ("the President", "Prime Minister")
    if (keys.every(isTitleWord)) yield { a, b, keys, caps, titled: false, titleStart: -1, bare: true };
    // ... or after the country it is of ("U.S. Surgeon General", "US President-elect"): the place, then the title
    const s = keys.findIndex(isTitleWord);
    if (s > 0 && keys.slice(s).every(isTitleWord) && isPlaceName(keys.slice(0, s).join(' '))) {
      yield* split(tokens, facts, a, a + s);
      yield { a: a + s, b, keys: keys.slice(s), caps, titled: false, titleStart: -1, bare: true };
    }
    return;
  }
  // "Senate Republicans": a group plural after a name is a group of it, not part of its name.
  if (b - a >= 2 && isGroupPlural(tokens[b - 1]) && !tokens[a].tags.has('FirstName')) {
    yield* split(tokens, facts, a, b - 1);
    return;
  }
  let s = 0;
  const keep = ORG_SUFFIXES.has(keys[keys.length - 1]) || lookupPlace(keys.join(' ')) !== undefined;
  while (!keep && s < keys.length - 1 && (isDemonym(tokens[a + s], keys[s]) || isEpithet(tokens, a + s))) s++;
  yield { a: a + s, b, keys: keys.slice(s), caps, titled: false, titleStart: -1 };
}

function toMention(text: string, tokens: readonly Token[], facts: TokenFacts, c: Found, dateline: ReadonlyMap<number, number>): RawMention | null {
  let own = dateline.get(c.a) === c.b ? { kind: 'place' as const, strength: 3 as const } : c.bare ? { kind: 'person' as const, strength: 0 as const } : classifyChunk(tokens, c);
  if (!own) return null;
  if (c.office && own.kind === 'person') own = { kind: 'organization', strength: 2 };
  const cls = byContext(tokens, facts, c, own);
  if (!cls) return null;
  const lastTok = tokens[c.b - 1];
  const poss = possessiveLength(lastTok);
  const start = tokens[c.a].start + (c.glued ?? 0);
  const end = lastTok.end - poss + (lostPeriod(lastTok) || companyPeriod(tokens, c.b - 1) ? 1 : 0) - (poss ? 0 : gluedTail(lastTok));
  if (end <= start) return null;
  const descriptors: TextSpan[] = [];
  if (c.glued) {
    descriptors.push({ start: tokens[c.a].start, end: start, text: text.slice(tokens[c.a].start, start) });
  } else if (c.titled) {
    const ts = tokens[c.titleStart].start;
    const pre = preModifier(text, tokens, c.titleStart);
    descriptors.push({ start: pre ? pre.start : ts, end: tokens[c.a - 1].end, text: text.slice(pre ? pre.start : ts, tokens[c.a - 1].end) });
  } else if (cls.kind === 'person') {
    const pre = preModifier(text, tokens, c.a);
    if (pre) descriptors.push(pre);
  }
  if (!poss) {
    const app = apposition(text, tokens, c.b);
    if (app) descriptors.push(app);
  }
  const pluralPossessive = /s$/i.test(lastTok.text) && /^['’](?!\p{L})/u.test(lastTok.post);
  const form: MentionForm = poss || pluralPossessive ? 'possessive' : 'full';
  return { start, end, text: text.slice(start, end), kind: cls.kind, form, descriptors, strength: cls.strength, ...(c.bare ? { title: true } : {}) };
}
