// Phrases in one paragraph that may label an entity without its name: "the militant group", "the
// terrorists", "the regime in Beijing", "the 29-year-old", a predicate ("Hamas is a militant
// group"). Which entity each labels is decided for the whole report (attach-labels.ts); here only
// their words. Offsets relative to the paragraph, as every paragraph result (cacheable by content).
import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Span } from '../types.js';
import { adverbModifier, clauseAt, COPULA, joined, nameAfter, nameAfterCopula, opensAsClause, roleBefore, subjectBefore, verbReadAsPlural } from './label-complements.js';
import { countryOfCapital, headClass, isDoer, isRelational, type HeadClass } from './label-nouns.js';
import { isDemonym } from './name-tokens.js';
import { DEGREE } from './patterns.js';

export interface RawLabel extends Span {
  text: string;
  /** reference: a definite phrase that refers back (or, at a sentence's start, forward: "A Mafia boss ..."); predicate: after a copula; title: right before a name (label-titles.ts). */
  kind: 'reference' | 'predicate' | 'apposition' | 'title';
  /** The head noun's normal form, possessive stripped ("group", "29-year-old"). */
  head: string;
  cls: HeadClass;
  /** Opened by "the", "this" or "that" (a reference back), not "a"/"an". */
  definite: boolean;
  /** After "as" or "to be": a role of the person named last before it in the sentence ("Jackman was announced as the host"). */
  role?: boolean;
  /** An indefinite phrase opening its sentence ("A suspected Mafia boss arrested Tuesday ..."): the person named next. */
  lead?: boolean;
  /** A clause after a name's comma (", the court ruled"): no label, and no apposition label from the name's descriptor there. */
  clause?: boolean;
  /** A relative by a tie, opened by a possessive pronoun ("his mother and sister"): the person the report calls so. */
  tie?: boolean;
  /** predicate: the subject's last word ("Hamas" in "Hamas is a militant group"); a span, so that shifting moves it. */
  subject?: Span;
  /** The name after "in" ("the regime in Beijing") or, for a place, "of" ("the island nation of Taiwan"). */
  seat?: Span;
  /** The head is owned by a common noun ("the sheriff's department"): someone's, not a name's. */
  owned?: boolean;
  /** The name set right after the phrase, after a comma or "named" ("the fired man, Eric Kirkpatrick, ..."). */
  named?: Span;
  /** A nationality among the modifiers ("Chinese" in "the Chinese communists"). */
  nation?: string;
}

/** Determiners that open a label phrase: definite (a reference back) or not. */
const DETERMINERS: ReadonlyMap<string, boolean> = new Map([['the', true], ['this', true], ['that', true], ['a', false], ['an', false]]);
/** Tags that end a phrase's modifiers. */
const STOP = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary', 'Date'];
const MAX_WORDS = 6;
/** A word that can be a phrase's modifier or head: no determiner, preposition, pronoun, adverb or finite verb. */
function phraseWord(t: Token): boolean {
  return !STOP.some((s) => t.tags.has(s)) && !(t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) && t.text !== '';
}

/** A verb form in "-ing" modifying the noun after it ("swimming star", "record-setting swimmer"). */
function gerundModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return /ing$/.test(t.normal) && next !== undefined && joined(t, next) && next.tags.has('Noun') && phraseWord(next);
}

/** The last index of the phrase's modifiers and head, its first word at `first`; -1 when there is none. */
function phraseEnd(tokens: readonly Token[], first: number): number {
  if (first >= tokens.length || !phraseWord(tokens[first]) && !gerundModifier(tokens, first) && !adverbModifier(tokens, first)) return -1;
  let k = first;
  const ends = (t: Token) => t.tags.has('Possessive') || /['’]$/.test(t.post.trim());
  if (ends(tokens[k])) return k;
  while (k + 1 < tokens.length && k + 1 - first < MAX_WORDS && joined(tokens[k], tokens[k + 1]) && tokens[k + 1].sentence === tokens[first].sentence) {
    // "swimming champion turned actress": one role turned into another
    if (tokens[k + 1].normal === 'turned' && tokens[k + 2]?.tags.has('Noun') && joined(tokens[k + 1], tokens[k + 2])) { k++; continue; }
    if (!phraseWord(tokens[k + 1]) && !adverbModifier(tokens, k + 1) || verbReadAsPlural(tokens, k + 1)) break;
    k++;
    if (ends(tokens[k])) break;
  }
  return k;
}

/** "29-year-old": the hyphenated words that end at `k`, joined; else the word's normal form, possessive stripped. */
function headWord(tokens: readonly Token[], i: number, k: number): string {
  let a = k;
  while (a - 1 >= i && tokens[a - 1].post === '-' && tokens[a].tags.has('Hyphenated')) a--;
  if (a < k) return tokens.slice(a, k + 1).map((t) => t.normal).join('-');
  return tokens[k].normal.replace(/['’]s?$/, '');
}

/** The name right after `prep` following the phrase ending at `k` ("the regime in Beijing"): its span. */
function seatAfter(tokens: readonly Token[], k: number, prep: string): Span | null {
  const name = tokens[k + 2];
  if (!name || tokens[k + 1].normal !== prep || !joined(tokens[k], tokens[k + 1]) || !joined(tokens[k + 1], name) || !/^\p{Lu}/u.test(name.text)) return null;
  let e = k + 2;
  while (e + 1 < tokens.length && joined(tokens[e], tokens[e + 1]) && /^\p{Lu}/u.test(tokens[e + 1].text)) e++;
  return { start: name.start, end: tokens[e].end };
}

/** Words after two nouns joined by "and" that make them two people ("the gunman and victim were"). */
const PLURAL_AFTER = new Set(['were', 'are', 'have', 'both']);

/**
 * "The comedian and talk show host", "the 1940s Hollywood actress and record-setting swimmer": one
 * person named by two nouns, "and" and no determiner between them; the end of the second, or `end`.
 * Not when a plural verb follows or either noun names someone by a tie or a deed ("the gunman and victim").
 */
function bothNouns(tokens: readonly Token[], end: number, head: string): number {
  const k = tokens.findIndex((x) => x.end === end);
  const and = tokens[k + 1];
  if (k < 0 || and?.normal !== 'and' || !joined(tokens[k], and) || !tokens[k + 2] || !joined(and, tokens[k + 2]) || /['’]$/.test(tokens[k].post.trim())) return end;
  const k2 = phraseEnd(tokens, k + 2);
  if (k2 < 0 || !/^\p{Ll}/u.test(tokens[k2].text)) return end;
  const second = headWord(tokens, k + 2, k2);
  if (headClass(tokens[k2], second) !== 'person' || [head, second].some((w) => isRelational(w) || isDoer(w))) return end;
  const next = tokens[k2 + 1];
  return next && PLURAL_AFTER.has(next.normal) ? end : tokens[k2].end;
}

/** What opens a phrase: its determiner's definiteness (null: none), and the label's kind and subject. */
interface Opener { first: number; start: number; definite: boolean | null; subject?: Span; role?: boolean; apposition?: boolean; tie?: boolean }

/** Possessive pronouns that open a relative by a tie ("his mother"). */
const POSSESSORS = new Set(['his', 'her', 'their']);

/** Words compromise may tag as nouns after a copula that say where or how someone is, not what ("was there"). */
const NOT_ROLES = new Set('there here home abroad alone together inside outside away ahead'.split(' '));

/** A singular common noun, not a number, unit, date or verb form: what a person can be called ("figure", "neurosurgeon"). */
function roleNoun(t: Token): boolean {
  if (!t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Pronoun') || t.tags.has('Gerund')) return false;
  return !['Value', 'Unit', 'Date', 'Duration', 'ProperNoun', 'Verb', 'Adverb'].some((s) => t.tags.has(s)) && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !NOT_ROLES.has(t.normal);
}

/** A dateline's last word before the story's first sentence ("Cumbria Monday 10 Jun 2013 10:45 am A man has been ..."). */
const DATELINE_END = /^(?:am|pm|a\.m\.|p\.m\.|gmt|bst|edt|est|pdt|pst|pt|et|utc)$/;

/** Token `i` opens its sentence, or the story after a dateline ending in a time or a dash ("LONDON (Reuters) -"). */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i].sentence) return true;
  return /^\p{Lu}/u.test(tokens[i].text) && (DATELINE_END.test(prev.normal) || /\s(?:—|--?)\s*$/.test(prev.post));
}

/** The phrase whose first modifier is at `o.first`: a label, or null when its head names no entity. */
function phraseAt(text: string, tokens: readonly Token[], o: Opener, isName: (t: Token) => boolean): RawLabel | null {
  const k = phraseEnd(tokens, o.first);
  if (k < 0) return null;
  let head = k;
  // "the show's emcee", "the Obama team's first choice": past a possessor to the head it owns
  let word = headWord(tokens, o.first, head);
  let cls = headClass(tokens[head], word);
  let owner = false;
  const possessive = (t: Token) => t.tags.has('Possessive') || /['’]/.test(t.post);
  // after a copula, "as" or a name's comma the phrase says what the name is: the owned noun ("Gupta is the Obama team's first choice")
  if ((!cls || o.subject !== undefined || o.role) && possessive(tokens[head])) {
    const k2 = tokens[head + 1] && joined(tokens[head], tokens[head + 1]) ? phraseEnd(tokens, head + 1) : -1;
    if (k2 < 0) return null;
    // "the sheriff's department", "the victim's brother": owned by someone the report does not name here
    owner = /^\p{Ll}/u.test(tokens[head].text) && !tokens[head].tags.has('Date') && !tokens[head].tags.has('Duration');
    head = k2;
    word = headWord(tokens, k + 1, head);
    cls = headClass(tokens[head], word);
  }
  const h = tokens[head];
  // "Fred LaRue, a Watergate figure", "Gupta is a neurosurgeon": beside a name or after its copula,
  // any singular common noun says what a person is (attach-labels.ts keeps a person's label for a person)
  if (!cls && (o.subject !== undefined || o.role) && roleNoun(h)) cls = 'person';
  if (!cls || !/^\p{Ll}/u.test(h.text) && !/^\d/.test(h.text) || isName(h)) return null;
  const next = tokens[head + 1];
  if (!possessive(h) && next && joined(h, next) && /^\p{Lu}/u.test(next.text)) return null;
  // "the prisoner releases, ...": a noun compound compromise read as a verb with nothing after it
  if (next && joined(h, next) && next.tags.has('PresentTense') && /^[,.;]/.test(next.post.trim()) && /s$/.test(next.normal)) return null;
  const seat = possessive(h) ? null : cls === 'government' ? seatAfter(tokens, head, 'in') : cls === 'place' ? seatAfter(tokens, head, 'of') : null;
  let nation: string | undefined;
  for (let q = o.first; q < head; q++) if (isDemonym(tokens[q], tokens[q].normal) && /^\p{Lu}/u.test(tokens[q].text)) nation = tokens[q].text;
  const end = seat ? seat.end : h.end - (/['’]s$/.test(h.text) ? 2 : 0);
  const predicate = o.subject !== undefined || o.role;
  const label: RawLabel = {
    start: o.start, end, text: text.slice(o.start, end), kind: o.apposition ? 'apposition' : predicate ? 'predicate' : 'reference', head: word, cls, definite: o.definite === true,
  };
  if (o.subject) label.subject = o.subject;
  if (o.role) label.role = true;
  if (owner) label.owned = true;
  if (seat) label.seat = seat;
  if (nation) label.nation = nation;
  return label;
}

/**
 * The label phrases of a paragraph: a determiner, up to six modifiers and a lower-case head noun
 * that can name an entity (label-nouns.ts), not directly before a name (then it is a title, kept as
 * a descriptor); after a copula, "as" or "to be" a predicate; after a name and a comma, without a
 * determiner, an apposition ("Esther Williams, swimming champion, ..."). `mentions` (the
 * paragraph's names, sorted by start) are never heads.
 */
export function findLabelPhrases(text: string, tokens: readonly Token[], mentions: readonly RawMention[]): RawLabel[] {
  const out: RawLabel[] = [];
  const named = new Set<number>();
  for (const x of mentions) if (x.strength !== 0) named.add(x.start);
  const isName = (t: Token) => named.has(t.start);
  const ends = new Map<number, RawMention>();
  for (const x of mentions) if (x.strength !== 0 && !x.description) ends.set(x.end, x);
  // the end and subject of the last apposition, for the next in a list ("swimming champion, actress, and pin-up icon")
  let listed: { end: number; subject: Span } | null = null;
  // the end of the last relative opened by a possessive pronoun, for the next in a list ("his mother and sister")
  let tied = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const definite = DETERMINERS.get(t.normal);
    const prev = tokens[i - 1];
    // after a name and a comma, or after the apposition before in a list: an apposition of the name
    let beside: Span | undefined;
    // (a name's abbreviation keeps its period: "W. Mark Felt Sr., the associate director of the FBI")
    const comma = prev !== undefined && prev.sentence === t.sentence && prev.post.includes(',') && /^\.?\)?\s*,\s*$/.test(prev.post + t.pre);
    // ("Regina Benjamin, MD, a family physician": past a degree to the name)
    const holder = comma && !ends.has(prev.end) && DEGREE.test(prev.text) && /,\s*$/.test(tokens[i - 2]?.post ?? '') ? tokens[i - 2] : prev;
    if (comma && ends.has(holder.end)) beside = { start: holder.start, end: holder.end };
    else if (comma && listed && listed.end === prev.end) beside = listed.subject;
    else if (listed && prev?.normal === 'and' && tokens[i - 2]?.end === listed.end) beside = listed.subject;
    // ", the court ruled", ", the Post stated", ", also reported problems": a clause after the name's comma, no apposition
    const clause = comma && beside ? clauseAt(tokens, i) : -1;
    if (clause >= 0) {
      out.push({ start: t.start, end: tokens[clause].end, text: text.slice(t.start, tokens[clause].end), kind: 'apposition', head: '', cls: 'person', definite: false, clause: true });
      continue;
    }
    let o: Opener | null = null;
    if (definite !== undefined && t.tags.has('Determiner')) {
      const subject: Span | undefined = beside ?? subjectBefore(tokens, i);
      const role: boolean = subject === undefined && roleBefore(tokens, i);
      const first = opensSentence(tokens, i);
      o = { first: i + 1, start: t.start, definite, subject, role, apposition: beside !== undefined };
      // "a Muslim woman named Yvonne Hiller": an indefinite phrase inside a sentence labels only a name right after it
      if (!definite && subject === undefined && !role && !first && !/^[^.;:!?]{0,60}?(?:,|\snamed|\scalled)\s+\p{Lu}/u.test(text.slice(t.end, t.end + 80))) continue;
    } else if (POSSESSORS.has(t.normal) && tokens[i + 1] && joined(t, tokens[i + 1])) {
      o = { first: i + 1, start: t.start, definite: true, tie: true };
    } else if (tied >= 0 && prev && (prev.normal === 'and' && tokens[i - 2]?.end === tied || prev.end === tied && /^\s*,\s*$/.test(prev.post + t.pre))) {
      o = { first: i, start: t.start, definite: true, tie: true };
    } else if (roleBefore(tokens, i) && !t.tags.has('Determiner') && /^\p{Ll}/u.test(t.text)) {
      o = { first: i, start: t.start, definite: null, role: true };
    } else if (prev !== undefined && COPULA.has(prev.normal) && t.tags.has('Noun') && /^\p{Ll}/u.test(t.text) && !t.tags.has('Pronoun') && !t.tags.has('Determiner')) {
      // "will be host of the 81st Academy Awards": a bare role after a copula
      const subject = subjectBefore(tokens, i);
      if (subject) o = { first: i, start: t.start, definite: null, subject };
    }
    // "Rob Jones, Felt's grandson": a possessive name may open an apposition
    // "Fred LaRue, Watergate figure, dies": a name may modify the apposition's head
    const modifier = (x: Token) => x.tags.has('Possessive') || /^['’]s?\b/.test(x.post) || tokens[i + 1] !== undefined && joined(x, tokens[i + 1]) && /^\p{Ll}/u.test(tokens[i + 1].text);
    if (!o && beside && !t.tags.has('Determiner') && (!isName(t) || modifier(t))) {
      o = { first: i, start: t.start, definite: null, subject: beside, apposition: true };
    }
    if (!o) {
      const acting = capitalActing(text, tokens, i, named);
      if (acting) out.push(acting);
      continue;
    }
    const label = phraseAt(text, tokens, o, isName);
    if (o.tie) tied = -1;
    if (!label || o.role && tokens[i - 1].normal === 'as' && opensAsClause(tokens, label.end)) continue;
    if (o.tie) {
      // "his mother", "her lawyer": only a relative by a tie (attach-labels.ts finds the person the report calls so)
      if (label.cls !== 'person' || !isRelational(label.head)) continue;
      label.tie = true;
      tied = label.end;
    }
    if (label.cls === 'person' && !o.apposition && !label.tie && !label.seat) label.end = bothNouns(tokens, label.end, label.head);
    label.text = text.slice(label.start, label.end);
    // a bare apposition ends its phrase: "Esther Williams, swimming champion, actress"
    if (o.apposition && !/^\s*(?:,|\.|$|who\b|and\b|of\b|at\b|for\b|in\b|with\b|from\b)/.test(text.slice(label.end, label.end + 6)) && !/[,.;]/.test(tokens.find((x) => x.end === label.end)?.post ?? ',')) continue;
    // "the recently fired man, Eric Allen Kirkpatrick, ...", "a Muslim woman named Yvonne Hiller": the name after it
    const opens = i === 0 || tokens[i - 1].sentence !== t.sentence || /^(?:and|but)$/.test(tokens[i - 1].normal) && (i === 1 || tokens[i - 2].sentence !== t.sentence);
    const nameBeside = label.kind === 'reference' || label.role ? nameAfter(text, label.end, mentions) : null;
    const complement = label.kind === 'reference' && !nameBeside && opens && label.definite ? nameAfterCopula(tokens, label.end, mentions) : null;
    if (nameBeside || complement) {
      label.kind = nameBeside ? 'apposition' : 'predicate';
      label.named = nameBeside ?? complement!;
    }
    if (label.kind === 'reference' && !label.definite && !opensSentence(tokens, i)) continue;
    if (label.kind === 'reference' && !label.definite) label.lead = true;
    out.push(label);
    listed = o.apposition && label.subject ? { end: label.end, subject: label.subject } : null;
  }
  return out;
}

/** Words before a capital that make it the place ("in Beijing", "to Moscow"). */
const PLACE_BEFORE = new Set('in at to from near of outside across via into around over through toward towards visited visiting visit the and or between'.split(' '));

/**
 * "Beijing is also reportedly concerned", "Moscow's position": a capital that acts (a verb or a
 * possessive after it, no preposition before) stands for its country's government (a reference,
 * attached to the country when the report names it).
 */
function capitalActing(text: string, tokens: readonly Token[], i: number, named: ReadonlySet<number>): RawLabel | null {
  const t = tokens[i];
  if (!named.has(t.start) || !/^\p{Lu}/u.test(t.text) || countryOfCapital(t.normal.replace(/['’]s$/, '')) === null) return null;
  const prev = tokens[i - 1];
  if (prev && prev.sentence === t.sentence && PLACE_BEFORE.has(prev.normal)) return null;
  const possessive = t.tags.has('Possessive') || /^['’]s/.test(t.post);
  let k = i + 1;
  while (!possessive && tokens[k]?.tags.has('Adverb') && k - i < 3) k++;
  const next = tokens[k];
  if (!possessive && (!next || next.sentence !== t.sentence || !joined(tokens[k - 1], next) || !next.tags.has('Verb') || next.tags.has('Gerund') || next.tags.has('Participle') && !next.tags.has('PastTense'))) return null;
  const end = t.end - (/['’]s$/.test(t.text) ? 2 : 0);
  const span = { start: t.start, end };
  return { ...span, text: text.slice(t.start, end), kind: 'reference', head: t.normal, cls: 'government', definite: true, seat: span };
}
