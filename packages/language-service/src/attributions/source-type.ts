import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { SourceType } from '../types.js';
import { isBareTitle, isTitleWord } from '../entities/classify.js';
import { isDemonym } from '../entities/name-tokens.js';
import { npEndingAt } from './phrases.js';
import { givenBy, objectOfDocument, ofDocument, pollRespondents, recordKind } from './source-documents.js';
import {
  BACK_REFERENCES, BODIES, DEFINITE, REFERRING, RELATIVES, DOCUMENTS, HEAD_END, OUTLET_NOUNS, isOutletName, PEOPLE_WORDS, PERSON_SUFFIX, PRONOUN_TYPES, ROLE_PLURALS,
  SPOKESPEOPLE, THING_SUFFIXED, UNNAMED_PEOPLE, UNNAMED_UNLESS_OWNED,
} from './source-words.js';

/**
 * What a source is, the one place that decides it: the attribution extractor, the layout cues and
 * the claim extractor's own cue words all call it. `first`..`last` (inclusive) are the source's
 * tokens; `mentions` are the paragraph's name mentions (real ones: see namedMentions).
 *
 * person, organization, outlet, document: a source a reader can identify (a name, a title with a
 * name, "the Foreign Ministry", "the police", "a spokeswoman for Hillary Clinton", "Sheriff's
 * officials", "court records", a pronoun that refers back); anonymous: a source that names no one
 * ("officials", "a senior Hamas official", "sources familiar with", "critics", "the minister" when
 * nobody was named before). `none` (no source at all) is the caller's.
 */
export function sourceTypeOf(tokens: readonly Token[], first: number, last: number, mentions: readonly RawMention[]): Exclude<SourceType, 'none'> {
  // "Name, a description": the name before an apposition is the head
  let end = last;
  for (let i = first; i < last; i++) if (/^[.)]*,/.test(tokens[i].post)) { end = i; break; }
  // "chief strategy expert, Bill Strazzullo": a description, then the name
  if (end < last) {
    const tail = mentions.find((m) => m.start >= tokens[end + 1].start && m.end <= tokens[last].end);
    if (tail && tail.kind === 'person') return 'person';
  }
  // the head: the last word before a preposition joining a modifier ("a spokesman for the campaign")
  let head = end;
  for (let i = first + 1; i <= end; i++) if (HEAD_END.test(tokens[i].normal)) { head = i - 1; break; }
  const h = tokens[head];
  // "a woman who said", "Barkley, who said": the relative pronoun is what it refers to
  if (head === first && h.normal === 'who') return antecedentType(tokens, first, mentions);
  if (head === first && PRONOUN_TYPES.has(h.normal)) return PRONOUN_TYPES.get(h.normal)!;
  if (BACK_REFERENCES.has(h.normal)) return 'organization';
  // "his wife said", "Both parents ..., saying": a relative of someone the report names (issue 12)
  if (RELATIVES.has(h.normal) && (REFERRING.has(tokens[first].normal) || tokens[first].tags.has('Possessive'))) return 'person';
  // Words that are no subject ("in the alliance's", "when the state", "was accused", "it's worth":
  // a cue read from a clause's words) give nothing to judge by: never anonymous on nothing.
  if (!opensNounPhrase(tokens[first]) || (first > 0 && tokens[first - 1].tags.has('Copula'))) return fallbackType(tokens, first, head, mentions);
  // "a top official in [Israel]": a name that only qualifies an unnamed source before it
  if (qualifiesUnnamed(tokens, first)) return 'anonymous';
  const start = tokens[first].start;
  const stop = tokens[last].end;
  // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said", "Detective Dawn Retzlaff, one of
  // the two lead detectives, said": a description between commas after a name is that name
  const described = describedName(tokens, first, last, mentions);
  if (described) return typeOfMention(described);
  // "said Bell Curve Trading's chief strategist, Bill Strazzullo.": the name closes the sentence
  const named = nameAfter(tokens, last, mentions);
  if (named) return typeOfMention(named);
  // "a USA TODAY analysis of newly filed reports shows": the source is the document it belongs to
  if (ofDocument(tokens, first) || objectOfDocument(tokens, first)) return 'document';
  // "56 percent of Cuban-Americans polled said", "those surveyed": a poll's result, told through its respondents
  if (pollRespondents(tokens, first, last)) return 'document';
  // "Trump ..., whose attorneys argued": the party the relative clause is about owns them
  const owned = head < end || ownedBefore(tokens, first, head, mentions, false) || (first > 0 && tokens[first - 1].normal === 'whose');
  // "state media", "Iranian state news media": a government's own outlets, as "state television" is
  // (not "officials and state media": the officials stay unnamed)
  if (h.normal === 'media' && head - first <= 2 && stateRun(tokens, first, head)) return 'outlet';
  // "Cruz and his aides signaled": a named person among those who speak names the source
  let and = -1;
  for (let i = first + 1; i < last && and < 0; i++) if (tokens[i].normal === 'and') and = i;
  if (and > 0 && mentions.some((m) => m.kind === 'person' && m.start >= start && m.end <= tokens[and].start)) return 'person';
  if (UNNAMED_PEOPLE.has(h.normal) && (head === first || !/^\p{Lu}/u.test(h.text))) {
    // "Marfin Bank officials", "researchers at software security firm Trend Micro": a named body
    // speaking through its officers; "a senior Hamas official" is one person who is not named,
    // "Israeli officials" and "officials in Israel" no body at all
    return ROLE_PLURALS.has(h.normal) && (bodyBefore(tokens, first, head, mentions) || bodyAfter(tokens, head, last, mentions)) ? 'organization' : 'anonymous';
  }
  // "a spokeswoman for Hillary Clinton", "a hospital representative", "her spokesman", "the
  // spokesperson": the voice of a body the report identifies; "a spokesman" alone names none
  if (SPOKESPEOPLE.has(h.normal)) return owned || DEFINITE.has(tokens[first].normal) ? 'organization' : 'anonymous';
  // "a Hamas statement", "a brief Foreign Ministry readout": a named body's document
  // the name at the head first: "Los Angeles County sheriff's Sgt. Don Manumaleuna" is the sergeant, not the county
  const mention = mentions.find((m) => m.start <= h.start && m.end >= h.end) ?? mentions.find((m) => m.start < stop && m.end > start);
  if (mention && DOCUMENTS.has(h.normal) && mention.end <= h.start) return 'document';
  if (mention) return typeOfMention(mention);
  for (let i = first; i <= head; i++) if (isNameWord(tokens, i)) return nameType(tokens, first, head);
  // "reports", "by one estimate": documents of no one; "the report", "a Times report": someone's
  if (UNNAMED_UNLESS_OWNED.has(h.normal)) {
    const owned = ownedBefore(tokens, first, head, mentions, true) || givenBy(tokens, head, mentions);
    return owned || DEFINITE.has(tokens[first].normal) || recordKind(tokens, first, head) ? 'document' : 'anonymous';
  }
  // "court records", "a statement", "a new poll": a document a reader can ask for
  if (DOCUMENTS.has(h.normal)) return 'document';
  if (BODIES.has(h.normal)) return 'organization';
  // "the newspaper", "the station": an outlet the report introduced; "media", "a newspaper": none
  if (OUTLET_NOUNS.has(h.normal)) return owned || DEFINITE.has(tokens[first].normal) ? 'outlet' : 'anonymous';
  if (!isCommonNoun(h, tokens, head)) return fallbackType(tokens, first, head, mentions);
  const det = tokens[first];
  if (DEFINITE.has(det.normal)) {
    // "the ministry", "the campaign": a body the report introduced; a title alone ("The minister
    // said") is anonymous unless the paragraph named someone before it.
    if (!isBareTitle([h.normal])) return 'organization';
    return mentions.some((m) => m.end <= start) ? 'person' : 'anonymous';
  }
  // "a spokesman", "one questioner", "federal prosecutors": an indefinite or a bare plural; a
  // bare singular ("strategist", "chief") is a phrase cut short, nothing to judge by.
  // Only words for people are an unnamed source: "a genuine contest", "Pamphlets", "a 20-point,
  // 9-rebound performance" are words a cue was read after, not someone who says so (judged corpus,
  // issue 12: "the source is not a source").
  if ((det.tags.has('Determiner') || det.tags.has('Value') || h.tags.has('Plural')) && peopleNoun(h, tokens.slice(first, head + 1))) {
    return ROLE_PLURALS.has(h.normal) && bodyBefore(tokens, first, head, mentions) ? 'organization' : 'anonymous';
  }
  return fallbackType(tokens, first, head, mentions);
}

/**
 * The type of the noun phrase a relative "who" refers to, in its sentence: "one man who said" is
 * anonymous, "Luke Pigeon, who lives next door, said" a person. With no noun phrase before it
 * ("..., who said"), a person, as the pronoun says.
 */
function antecedentType(tokens: readonly Token[], who: number, mentions: readonly RawMention[]): Exclude<SourceType, 'none'> {
  let min = who;
  while (min > 0 && !/[.!?:]["”’']?\s*$|\n/.test(tokens[min - 1].post)) min--;
  const last = who - 1;
  const first = last >= min ? npEndingAt(tokens, last, min) : -1;
  if (first < 0 || tokens[first].normal === 'who') return 'person';
  return sourceTypeOf(tokens, first, last, mentions);
}

/** The words that make media a government's own: "state media", "state-run media". */
const STATE_RUN = /^state(-run|-owned|-controlled)?$/;

function stateRun(tokens: readonly Token[], first: number, head: number): boolean {
  const from = first > 0 && STATE_RUN.test(tokens[first - 1].normal) ? first - 1 : first;
  if (from > 0 && /^(and|or)$/.test(tokens[from - 1].normal)) return false;
  return tokens.slice(from, head).some((t) => STATE_RUN.test(t.normal));
}

/** How far (in UTF-16 units) a description may follow the name it describes: ", " or " (R-Ohio), ". */
const APPOSITION_GAP = 16;
/** How many words a description between commas may run back from the source to its opening comma. */
const APPOSITION_WORDS = 8;

/**
 * The name a source describes when the source sits between commas right after it: ", an oversight
 * panel member," or ", one of the two lead homicide detectives on the case,", or after a person's
 * name without the closing comma. Not "including the US, a top official in Israel has" (a place,
 * no comma after the source).
 */
function describedName(tokens: readonly Token[], first: number, last: number, mentions: readonly RawMention[]): RawMention | undefined {
  const closed = /^,/.test(tokens[last].post);
  for (let k = first - 1; k >= Math.max(0, first - 1 - APPOSITION_WORDS); k--) {
    if (/,\s*$/.test(tokens[k].post)) {
      // "Mahmoud Al-Goweiny, a member of the board said": a person's description may lose its closing comma
      const at = tokens[k + 1].start;
      return mentions.find((m) => m.end <= at && at - m.end <= APPOSITION_GAP && (closed || (m.kind === 'person' && k === first - 1)));
    }
    if (/[.;:!?()"“”]/.test(tokens[k].post)) return undefined;
  }
  return undefined;
}

/** A person's name right after the source's comma that ends its sentence. */
function nameAfter(tokens: readonly Token[], last: number, mentions: readonly RawMention[]): RawMention | undefined {
  if (!/^,\s*$/.test(tokens[last].post) || last + 1 >= tokens.length) return undefined;
  const at = tokens[last + 1].start;
  const m = mentions.find((x) => x.start === at && x.kind === 'person');
  if (!m) return undefined;
  let end = last + 1;
  while (end < tokens.length && tokens[end].end < m.end) end++;
  return end < tokens.length && /^[.!?]/.test(tokens[end].post) ? m : undefined;
}

function typeOfMention(m: RawMention): Exclude<SourceType, 'none' | 'anonymous'> {
  if (m.kind === 'person') return 'person';
  return m.kind === 'organization' && isOutletName(m.text) ? 'outlet' : 'organization';
}

/** A source named by capitalised words the mention extractor did not take: its type from their tags. */
function nameType(tokens: readonly Token[], first: number, head: number): Exclude<SourceType, 'none' | 'anonymous'> {
  const words = tokens.slice(first, head + 1);
  if (isOutletName(words.map((t) => t.text).join(' '))) return 'outlet';
  if (words.some((t) => t.tags.has('Person') || t.tags.has('Honorific'))) return 'person';
  return DOCUMENTS.has(tokens[head].normal) ? 'document' : 'organization';
}

/** A source with nothing to judge by (words cut short, a bare singular): what its words suggest. */
function fallbackType(tokens: readonly Token[], first: number, head: number, mentions: readonly RawMention[]): Exclude<SourceType, 'none' | 'anonymous'> {
  const start = tokens[first].start;
  const mention = mentions.find((m) => m.start < tokens[head].end && m.end > start);
  if (mention) return typeOfMention(mention);
  const h = tokens[head];
  if (DOCUMENTS.has(h.normal) || UNNAMED_UNLESS_OWNED.has(h.normal)) return 'document';
  if (OUTLET_NOUNS.has(h.normal)) return 'outlet';
  return h.tags.has('Person') || isTitleWord(h.normal) ? 'person' : 'organization';
}

/**
 * A word before the head that says whose the source is: a possessive ("her spokesman"), a name, or
 * a noun naming the body ("a hospital representative", "a studio representative"; `bodiesOnly`:
 * only a public body, "a police report" but not "news reports"). Adjectives ("a senior spokesman")
 * and numbers are no owner.
 */
function ownedBefore(tokens: readonly Token[], first: number, head: number, mentions: readonly RawMention[], bodiesOnly: boolean): boolean {
  for (let i = first; i < head; i++) {
    const t = tokens[i];
    if (t.tags.has('Possessive') || /^(his|her|their|its|our|my|your)$/.test(t.normal)) return true;
    if (t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value')) continue;
    if (mentions.some((m) => m.start <= t.start && m.end >= t.end)) return true;
    if (bodiesOnly ? BODIES.has(t.normal.replace(/[’']s$/, '')) : t.tags.has('Noun')) return true;
  }
  return false;
}

/**
 * A named body before a role in the plural: "Marfin Bank officials", "Trump campaign officials".
 * Not a nationality or a place ("Israeli officials", "U.S. officials"): a country speaks through
 * too many people for that to name one voice; nor a body named by its kind ("police officials",
 * "Sheriff's officials"): readers take them for unnamed officials.
 */
/** "researchers at [Trend Micro]", "officials of [Hamas]": an organisation named right after the role's "at", "of", "from" or "with". */
function bodyAfter(tokens: readonly Token[], head: number, last: number, mentions: readonly RawMention[]): boolean {
  if (head + 1 > last || !/^(at|of|from|with)$/.test(tokens[head + 1].normal)) return false;
  const from = tokens[head + 1].end;
  const to = tokens[last].end;
  return mentions.some((m) => m.kind === 'organization' && m.start >= from && m.end <= to);
}

/**
 * Words for people, the only heads an unnamed source has (source-words.ts PEOPLE_WORDS): not things
 * ("contest", "performance", "pamphlets", "affairs").
 */
function peopleNoun(h: Token, words: readonly Token[] = []): boolean {
  // "Organized-crime experts and mob turncoats", "Various news reports": one word for people or reports is enough
  if (words.some((t) => UNNAMED_PEOPLE.has(t.normal) || UNNAMED_UNLESS_OWNED.has(t.normal) || OUTLET_NOUNS.has(t.normal) || t.normal === 'news')) return true;
  const w = h.normal;
  if (UNNAMED_PEOPLE.has(w) || ROLE_PLURALS.has(w) || SPOKESPEOPLE.has(w) || PEOPLE_WORDS.has(w) || h.tags.has('Person') || isTitleWord(w)) return true;
  return !THING_SUFFIXED.has(w) && !DOCUMENTS.has(w) && PERSON_SUFFIX.test(w);
}

/** A building's name for the body in it ("White House officials", "House ethics investigators"), not a place's ("Gaza officials"). */
const SEAT_OF_BODY = /^(?:House|Hall|Palace|Senate)$/;

function bodyBefore(tokens: readonly Token[], first: number, head: number, mentions: readonly RawMention[]): boolean {
  for (let i = first; i < head; i++) {
    const t = tokens[i];
    if (SEAT_OF_BODY.test(t.text)) return true;
    const m = mentions.find((x) => x.start <= t.start && x.end >= t.end);
    if (m) { if (m.kind === 'organization') return true; continue; }
    if (isDemonym(t, t.normal) || t.tags.has('Place')) continue;
    if (t.tags.has('Organization')) return true;
  }
  return false;
}

/**
 * A capitalised word that names: not a determiner, not a title alone ("The Senator"), not an
 * unnamed head ("Officials"), and not a common word capitalised only because it opens the
 * sentence ("Protesters said") unless the tagger reads it as a name ("Wang said").
 */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Determiner') || isUnnamedHead(t.normal) || isTitleWord(t.normal)) return false;
  return !opensSentence(tokens, i) || NAME_TAGS.some((g) => t.tags.has(g));
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym'];

function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[.!?:]["”’']?\s*$|\n/.test(tokens[i - 1].post) || /[“"‘]/.test(tokens[i].pre);
}

function isCommonNoun(tok: Token, tokens: readonly Token[], i: number): boolean {
  if (!tok.tags.has('Noun') || tok.tags.has('Value') || tok.tags.has('Date') || tok.tags.has('Pronoun')) return false;
  return /^\p{Ll}/u.test(tok.text) || isTitleWord(tok.normal) || !isNameWord(tokens, i);
}

function opensNounPhrase(t: Token): boolean {
  return !t.tags.has('Preposition') && !t.tags.has('Conjunction') && !t.tags.has('Verb') && !t.tags.has('Adverb') && !t.tags.has('QuestionWord');
}

function isUnnamedHead(word: string): boolean {
  return UNNAMED_PEOPLE.has(word) || UNNAMED_UNLESS_OWNED.has(word);
}

/**
 * "official in" / "officials from the" / "a source close to" right before the source: the source
 * only qualifies them. Not "according to" (the source itself follows).
 */
function qualifiesUnnamed(tokens: readonly Token[], first: number): boolean {
  if (tokens[first].tags.has('Determiner')) return false; // "voters in a New York Times poll": the poll is the source
  let k = first - 1;
  if (k >= 0 && tokens[k].normal === 'the') k--;
  if (k < 1 || !/^(in|of|from|at|with|for|to)$/.test(tokens[k].normal) || /[,;:.!?]/.test(tokens[k - 1].post)) return false;
  if (tokens[k].normal === 'to' || tokens[k].normal === 'with') {
    // "close to", "familiar with": the word before them joins the unnamed source
    if (!/^(close|closer|familiar|near|linked|tied|connected|loyal)$/.test(tokens[k - 1].normal)) return false;
    return k >= 2 && UNNAMED_PEOPLE.has(tokens[k - 2].normal);
  }
  return UNNAMED_PEOPLE.has(tokens[k - 1].normal);
}
