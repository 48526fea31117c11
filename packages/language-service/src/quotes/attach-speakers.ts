import { CUE_FORMS } from '../attributions/cue-words.js';
import type { Attribution, Entity, Quote, Span, Speaker, TextSpan } from '../types.js';
import { firstAtOrAfter } from '../text/spans.js';

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
 * the report's entities; "he" / "she" resolve to a person only when the text leaves one candidate
 * (see `antecedent`).
 */
export function attachSpeakers(text: string, quotes: readonly Quote[], attributions: readonly Attribution[], entities: readonly Entity[]): Quote[] {
  const index = indexEntities(entities);
  const sourced = attributions.filter((a) => a.source).sort((a, b) => a.content.start - b.content.start);
  let last: Entity | null = null; // the latest quote's speaker: "he said" in the next paragraph is usually them
  return quotes.map((q) => {
    const span = speakerSpan(text, q, sourced);
    if (!span) return q;
    const speaker = resolveSpeaker(text, span, index, last, sourced);
    if (speaker.entityId) last = index.byId.get(speaker.entityId) ?? last;
    return { ...q, speaker };
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
  /** Mentions of people, by start. */
  people: PlacedMention[];
  /** A word of a person's name ("Wang") when exactly one person has it; null when several do. */
  surnames: Map<string, Entity | null>;
  byId: Map<string, Entity>;
  /** Gender from titles, filled as needed (per call: entities carry none). */
  genders: Map<Entity, Gender | null>;
}

type Gender = 'male' | 'female';

function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const surnames = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const w of new Set(e.name.split(/\s+/))) surnames.set(w, surnames.has(w) && surnames.get(w) !== e ? null : e);
  }
  return { mentions, people: mentions.filter((m) => m.entity.kind === 'person'), surnames, byId: new Map(entities.map((e) => [e.id, e])), genders: new Map() };
}

function resolveSpeaker(text: string, span: TextSpan, index: EntityIndex, lastSpeaker: Entity | null, sourced: readonly Attribution[]): Speaker {
  if (/^who$/i.test(span.text)) {
    // "Kenneth Baer, who said": the name just before
    const i = lastAtOrBefore(index.mentions.length, (k) => index.mentions[k].start, span.start - 1);
    const m = i >= 0 ? index.mentions[i] : null;
    if (m && m.entity.kind !== 'place' && /^[\s,]*$/.test(text.slice(m.end, span.start))) return { ...span, name: m.entity.name, entityId: m.entity.id };
  }
  if (PRONOUN.test(span.text) || /^who$/i.test(span.text)) {
    const e = reporterOf(text, span, index, sourced) ?? (PERSONAL.test(span.text) ? antecedent(text, span, index, lastSpeaker) : null);
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
 * "Clinton says she appreciated what she calls a “war of words”", "the campaign is seeking to
 * contrast her approach with what they call": a pronoun inside what a named source reports is
 * that source, when it fits ("he" / "she" a person whose title does not say otherwise, "it" /
 * "they" an organisation). The narrowest such report decides.
 */
function reporterOf(text: string, span: TextSpan, index: EntityIndex, sourced: readonly Attribution[]): Entity | null {
  let outer: Attribution | null = null;
  for (const a of sourced) {
    if (!a.source || a.content.start > span.start || a.content.end < span.end || PRONOUN.test(a.source.text) || /^who$/i.test(a.source.text)) continue;
    if (!outer || a.content.end - a.content.start < outer.content.end - outer.content.start) outer = a;
  }
  if (!outer?.source) return null;
  const id = resolveSpeaker(text, outer.source, index, null, []).entityId;
  const e = id ? index.byId.get(id) ?? null : null;
  if (!e) return null;
  if (PERSONAL.test(span.text)) {
    const g = genderOf(text, e, index.genders);
    return e.kind === 'person' && (g === null || g === (/^he$/i.test(span.text) ? 'male' : 'female')) ? e : null;
  }
  return /^(it|they)$/i.test(span.text) && e.kind === 'organization' ? e : null;
}

/** How far back "he" / "she" looks for the person it names. */
const ANTECEDENT_WINDOW = 600;

/**
 * The person "he" / "she" names: among the people mentioned in the window before it, those whose
 * title does not contradict the pronoun (Mr. / Mrs. / Ms.); resolved only when exactly one is left
 * ("it" and "they" are too often wrong to guess).
 */
function antecedent(text: string, span: TextSpan, index: EntityIndex, lastSpeaker: Entity | null): Entity | null {
  const wanted = /^he$/i.test(span.text) ? 'male' : 'female';
  const found = new Set<Entity>();
  for (let i = lastAtOrBefore(index.people.length, (k) => index.people[k].start, span.start - 1); i >= 0; i--) {
    const m = index.people[i];
    if (m.start < span.start - ANTECEDENT_WINDOW) break;
    const g = genderOf(text, m.entity, index.genders);
    if (g === null || g === wanted) found.add(m.entity);
  }
  if (found.size === 1) return [...found][0];
  return lastSpeaker && found.has(lastSpeaker) ? lastSpeaker : null;
}

/** From a title written before any mention: "Mr. Obama", "Mrs. Clinton", "Ms. Moore". */
function genderOf(text: string, e: Entity, genders: Map<Entity, Gender | null>): Gender | null {
  if (genders.has(e)) return genders.get(e) ?? null;
  let g: Gender | null = null;
  for (const m of e.mentions) {
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    if (/\bMr\.?\s+$/.test(before)) { g = 'male'; break; }
    if (/\b(?:Mrs|Ms|Miss)\.?\s+$/.test(before)) { g = 'female'; break; }
  }
  genders.set(e, g);
  return g;
}

/** People first, then organisations; a mention at the start of the span (the name before an apposition). */
function rank(m: PlacedMention, span: TextSpan): number {
  const kind = m.entity.kind === 'person' ? 2000 : m.entity.kind === 'organization' ? 1000 : 0;
  return kind + (m.start === span.start ? 500 : 0) + (m.end - m.start);
}
