import { CUE_FORMS } from '../attributions/cue-words.js';
import type { Attribution, Entity, Quote, Span, Speaker, TextSpan } from '../types.js';
import { firstAtOrAfter } from '../text/spans.js';
import { continuesQuote } from './continued-quotes.js';

/** Words between a speaker and the quote that makes their predicate: Wang allegedly "stressed ...". */
const SUBJECT_THEN_QUOTE = /(?:^|[.!?]\s+|\n)((?:[A-Z][\p{L}’'.-]*\s+){0,3}[A-Z][\p{L}’'-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|allegedly|reportedly|then|later|further|again|has|had|was|is)\s+)*$/u;
/** "Caddell continued:" / "The New York Times reports:" ending the text before a quote, across a paragraph break. */
const COLON_INTRO = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:[A-Z][\p{L}.’'-]*)(?:\s+[A-Z][\p{L}.’'-]*){0,4}|[Hh]e|[Ss]he|They)\s+(?:[a-z]+\s+){0,2}?([a-z]+):\s*$/u;
const PRONOUN = /^(he|she|they|him|her|it|we|i)$/i;
const PERSONAL = /^(he|she)$/i;
const MAX_SUBJECT_LOOKBACK = 120;

/**
 * Fills each quote's speaker after entity resolution (report-absolute offsets): the source of an
 * attribution whose content holds the quote, else a name standing right before a quote that
 * continues its sentence (Wang allegedly "stressed ...") or introducing it with a colon, also in
 * the paragraph before ("Caddell continued:"). The speaker's name and entity come from
 * the report's entities; "he" / "she" are the person the pronoun resolver gives
 * (entities/pronouns.ts: run before, so one piece of code decides who a pronoun is).
 */
export function attachSpeakers(text: string, quotes: readonly Quote[], attributions: readonly Attribution[], entities: readonly Entity[]): Quote[] {
  const index = indexEntities(entities);
  const sourced = attributions.filter((a) => a.source).sort((a, b) => a.content.start - b.content.start);
  let previous: Quote | null = null; // the latest top-level quote, with its speaker
  return quotes.map((q) => {
    const span = speakerSpan(text, q, sourced) ?? (q.depth === 0 ? colonSubject(text, q, index) : null);
    let out = q;
    if (span) {
      out = { ...q, speaker: resolveSpeaker(text, span, index, sourced) };
    } else if (previous?.speaker && continuesQuote(text, q, previous) && !attributions.some((a) => a.content.start <= q.start && a.content.end >= q.end)) {
      out = { ...q, speaker: previous.speaker };
    }
    if (q.depth === 0) previous = out;
    return out;
  });
}

/** How many attributions starting before a quote are looked at (the nearest ones hold it). */
const NEAREST = 24;

function speakerSpan(text: string, q: Quote, sourced: readonly Attribution[]): TextSpan | null {
  let best: Attribution | null = null;
  const pieces = paragraphPieces(text, q);
  const last = lastAtOrBefore(sourced.length, (i) => sourced[i].content.start, q.end);
  for (let i = last; i >= 0 && i > last - NEAREST; i--) {
    const a = sourced[i];
    if (!pieces.some((p) => a.content.start <= p.start && a.content.end >= p.end)) continue;
    // "He says “a lot of people claim they are undecided”": a cue inside the quote is its speaker's words about others
    if (a.cue.start > q.start && a.cue.end < q.end) continue;
    // the narrowest content that holds the quote: the innermost attribution
    if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
  }
  if (best?.source) return best.source;
  if (q.depth > 0) return null;
  const earlier = cueEarlierInSentence(text, q, sourced);
  if (earlier?.source) return earlier.source;
  const before = text.slice(Math.max(0, q.start - MAX_SUBJECT_LOOKBACK), q.start);
  const colon = COLON_INTRO.exec(before);
  const m = colon && CUE_FORMS.has(colon[2]) ? colon : SUBJECT_THEN_QUOTE.exec(before);
  if (!m) return null;
  const start = q.start - before.length + (m.index ?? 0) + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1] };
}

/**
 * How a colon's clause before a quote is read (not tuned: a sentence of about 40 words; an opening phrase of a dozen words
 * before its subject, "In a Fox interview later that day,").
 */
const COLON_OPTIONS = { reach: 240, openingPhrase: 80 };

/**
 * A quote after a colon that closes a clause whose subject is a named person or organisation, the
 * only person it names: that subject's words ("In a Fox interview later that day, Trump went even
 * further: “...”", "Breitbart News responded: “...”"; a roundup's "- Carl Bialik: “...”"). Not a
 * clause that names two people ("Trump told Cruz: ...") nor one whose name is no subject
 * ("a blind faith in Obama’s word: ...").
 */
function colonSubject(text: string, q: Quote, index: EntityIndex): TextSpan | null {
  const before = text.slice(Math.max(0, q.start - COLON_OPTIONS.reach), q.start);
  const colon = before.search(/:\s*$/);
  if (colon < 0) return null;
  let from = 0;
  for (const m of before.slice(0, colon).matchAll(/[.!?]["”’)\]]?\s+|\n|\s[-–—]+\s/gu)) from = (m.index ?? 0) + m[0].length;
  const offset = q.start - before.length;
  const clause = { start: offset + from, end: offset + colon };
  const named: PlacedMention[] = [];
  for (let i = firstAtOrAfter(index.mentions.length, (k) => index.mentions[k].start, clause.start); i < index.mentions.length && index.mentions[i].start < clause.end; i++) {
    const m = index.mentions[i];
    if (m.end <= clause.end && m.entity.kind !== 'place') named.push(m);
  }
  if (named.length === 0 || new Set(named.filter((m) => m.entity.kind === 'person').map((m) => m.entity.id)).size > 1) return null;
  // at the clause's start, after "the" or after an opening phrase and its comma ("In a Fox interview, Trump"); then a
  // predicate, or the clause's end
  const opening = (lead: string) => /^(?:the\s+)?$/i.test(lead) || (lead.length <= COLON_OPTIONS.openingPhrase + 2 && /^[^,]+,\s+$/.test(lead));
  const m = named.find((x) => opening(text.slice(clause.start, x.start)));
  if (!m) return null;
  // then its predicate ("went even further"), or nothing (a roundup's "- Carl Bialik:"); not a second party ("Clinton and
  // her aides had one message:")
  const rest = text.slice(m.end, clause.end);
  if (rest.trim() !== '' && (!/^\s+\p{Ll}/u.test(rest) || /^\s+and\b/.test(rest))) return null;
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
}

/**
 * "McConnell says that voters want a leader, but instead Obama gives them “lectures”", "said
 * Biden, urging them to “give him time”": a quote no content holds, after a sourced cue of its own
 * sentence, is the words of that cue's source (the nearest such cue).
 */
function cueEarlierInSentence(text: string, q: Quote, sourced: readonly Attribution[]): Attribution | null {
  let best: Attribution | null = null;
  for (const a of sourced) {
    if (a.cue.end > q.start || (best && a.cue.end <= best.cue.end)) continue;
    if (/[.!?]["”’)]?\s+(?=[A-Z“"‘(])|\n/.test(text.slice(a.cue.end, q.start))) continue;
    best = a;
  }
  return best;
}

/**
 * A quote over several paragraphs in its paragraph pieces: attributions are found per paragraph,
 * so "He said: “..." holds the first piece and "“...,” he said." the last.
 */
function paragraphPieces(text: string, q: Quote): Span[] {
  const out: Span[] = [];
  const breaks = /[ \t\r]*\n[ \t\r]*\n\s*/g;
  breaks.lastIndex = q.start;
  let start = q.start;
  for (let m = breaks.exec(text); m && m.index < q.end; m = breaks.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: q.end });
  return out;
}

/** The last index i in [0, n) with key(i) <= value (integer keys ascending), or -1. */
function lastAtOrBefore(n: number, key: (i: number) => number, value: number): number {
  return firstAtOrAfter(n, key, value + 1) - 1;
}

interface PlacedMention {
  start: number;
  end: number;
  entity: Entity;
}

interface EntityIndex {
  /** Every mention, by start. */
  mentions: PlacedMention[];
  /** A word of a person's name ("Wang") when exactly one person has it; null when several do. */
  surnames: Map<string, Entity | null>;
  byId: Map<string, Entity>;
  /** Each pronoun the pronoun resolver tied to a person, by its start. */
  pronouns: Map<number, Entity>;
}

function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const surnames = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const w of new Set(e.name.split(/\s+/))) surnames.set(w, surnames.has(w) && surnames.get(w) !== e ? null : e);
  }
  const pronouns = new Map(entities.flatMap((e) => (e.pronouns ?? []).map((p) => [p.start, e] as const)));
  return { mentions, surnames, byId: new Map(entities.map((e) => [e.id, e])), pronouns };
}

function resolveSpeaker(text: string, span: TextSpan, index: EntityIndex, sourced: readonly Attribution[]): Speaker {
  if (/^who$/i.test(span.text)) {
    // "Kenneth Baer, who said": the name just before
    const i = lastAtOrBefore(index.mentions.length, (k) => index.mentions[k].start, span.start - 1);
    const m = i >= 0 ? index.mentions[i] : null;
    if (m && m.entity.kind !== 'place' && /^[\s,]*$/.test(text.slice(m.end, span.start))) return { ...span, name: m.entity.name, entityId: m.entity.id };
  }
  if (PRONOUN.test(span.text) || /^who$/i.test(span.text)) {
    // "he" / "she": the person the pronoun resolver gives (entities/pronouns.ts), or none
    const e = PERSONAL.test(span.text) ? index.pronouns.get(span.start) ?? null : reporterOf(text, span, index, sourced);
    return e ? { ...span, name: e.name, entityId: e.id } : { ...span, name: span.text, entityId: null };
  }
  // the mention inside the span that covers most of it; people and organisations first
  let best: PlacedMention | null = null;
  const { mentions } = index;
  for (let i = lastAtOrBefore(mentions.length, (k) => mentions[k].start, span.start - 1) + 1; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= span.end) break;
    if (m.end > span.end || !headsSpan(text, span, m)) continue;
    if (!best || rank(m, span) > rank(best, span)) best = m;
  }
  const entity = best?.entity ?? index.surnames.get(span.text) ?? null;
  return entity ? { ...span, name: entity.name, entityId: entity.id } : { ...span, name: span.text, entityId: null };
}

/**
 * Whether a mention names the speaker rather than something the speaker is described by: not
 * after a preposition ("a top official in Israel", "a spokesman for Hamas"), and a place only
 * when it is the whole speaker ("China said", "Beijing is reportedly").
 */
function headsSpan(text: string, span: TextSpan, m: PlacedMention): boolean {
  const before = text.slice(span.start, m.start);
  if (/\b(?:in|of|for|from|at|with|to|on|by|near|about)\s+(?:the\s+)?$/i.test(before)) return false;
  if (m.entity.kind === 'place') return /^(?:the\s+)?$/i.test(before) && /^['’]?s?\s*$/.test(text.slice(m.end, span.end));
  return true;
}

/**
 * "the campaign is seeking to contrast her approach with what they call": "it" / "they" inside
 * what a named organisation reports is that organisation. The narrowest such report decides.
 */
function reporterOf(text: string, span: TextSpan, index: EntityIndex, sourced: readonly Attribution[]): Entity | null {
  if (!/^(it|they)$/i.test(span.text)) return null;
  let outer: Attribution | null = null;
  for (const a of sourced) {
    if (!a.source || a.content.start > span.start || a.content.end < span.end || PRONOUN.test(a.source.text) || /^who$/i.test(a.source.text)) continue;
    if (!outer || a.content.end - a.content.start < outer.content.end - outer.content.start) outer = a;
  }
  if (!outer?.source) return null;
  const id = resolveSpeaker(text, outer.source, index, []).entityId;
  const e = id ? index.byId.get(id) ?? null : null;
  return e?.kind === 'organization' ? e : null;
}

/** People first, then organisations; a mention at the start of the span (the name before an apposition). */
function rank(m: PlacedMention, span: TextSpan): number {
  const kind = m.entity.kind === 'person' ? 2000 : m.entity.kind === 'organization' ? 1000 : 0;
  return kind + (m.start === span.start ? 500 : 0) + (m.end - m.start);
}
