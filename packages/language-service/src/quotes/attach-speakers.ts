import type { Attribution, Entity, Quote, Speaker, TextSpan } from '../types.js';

/** Words between a speaker and the quote that makes their predicate: Wang allegedly "stressed ...". */
const SUBJECT_THEN_QUOTE = /(?:^|[.!?]\s+|\n)((?:[A-Z][\p{L}’'.-]*\s+){0,3}[A-Z][\p{L}’'-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|allegedly|reportedly|then|later|further|again|has|had|was|is)\s+)*$/u;
const PRONOUN = /^(he|she|they|him|her|it|we|i)$/i;
const PERSONAL = /^(he|she)$/i;
const MAX_SUBJECT_LOOKBACK = 120;

/**
 * Fills each quote's speaker after entity resolution (report-absolute offsets): the source of an
 * attribution whose content holds the quote, else a name standing right before a quote that
 * continues its sentence (Wang allegedly "stressed ..."). The speaker's name and entity come from
 * the report's entities; "he" / "she" resolve to the latest person named before them.
 */
export function attachSpeakers(text: string, quotes: readonly Quote[], attributions: readonly Attribution[], entities: readonly Entity[]): Quote[] {
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const byStart = [...attributions].filter((a) => a.source).sort((a, b) => a.content.start - b.content.start);
  return quotes.map((q) => {
    const span = speakerSpan(text, q, byStart);
    return span ? { ...q, speaker: resolveSpeaker(span, mentions) } : q;
  });
}

function speakerSpan(text: string, q: Quote, attributions: readonly Attribution[]): TextSpan | null {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (a.content.start > q.start) break;
    if (a.content.end < q.end || !a.source) continue;
    // the narrowest content that holds the quote: the innermost attribution
    if (!best || a.content.end - a.content.start <= best.content.end - best.content.start) best = a;
  }
  if (best?.source) return best.source;
  if (q.depth > 0) return null;
  const before = text.slice(Math.max(0, q.start - MAX_SUBJECT_LOOKBACK), q.start);
  const m = SUBJECT_THEN_QUOTE.exec(before);
  if (!m) return null;
  const start = q.start - before.length + (m.index ?? 0) + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1] };
}

interface PlacedMention {
  start: number;
  end: number;
  entity: Entity;
}

function resolveSpeaker(span: TextSpan, mentions: readonly PlacedMention[]): Speaker {
  if (PRONOUN.test(span.text)) {
    // "he"/"she": the latest person named before ("it" and "they" are too often wrong to guess)
    if (PERSONAL.test(span.text)) {
      let latest: PlacedMention | null = null;
      for (const m of mentions) {
        if (m.start >= span.start) break;
        if (m.entity.kind === 'person') latest = m;
      }
      if (latest) return { ...span, name: latest.entity.name, entityId: latest.entity.id };
    }
    return { ...span, name: span.text, entityId: null };
  }
  // the mention inside the span that covers most of it; people and organisations first
  let best: PlacedMention | null = null;
  for (const m of mentions) {
    if (m.start >= span.end) break;
    if (m.end <= span.start || m.start < span.start || m.end > span.end) continue;
    if (!best || rank(m) > rank(best)) best = m;
  }
  const entity = best?.entity ?? personBySurname(span.text, mentions);
  return entity ? { ...span, name: entity.name, entityId: entity.id } : { ...span, name: span.text, entityId: null };
}

/** "Wang" when the report names exactly one person with that word in the name ("Wang Kejian"). */
function personBySurname(text: string, mentions: readonly PlacedMention[]): Entity | null {
  if (!/^[A-Z][\p{L}’'-]+$/u.test(text)) return null;
  let found: Entity | null = null;
  for (const m of mentions) {
    if (m.entity.kind !== 'person' || m.entity === found || !m.entity.name.split(/\s+/).includes(text)) continue;
    if (found) return null;
    found = m.entity;
  }
  return found;
}

function rank(m: PlacedMention): number {
  return (m.end - m.start) + (m.entity.kind === 'place' ? 0 : 1000);
}
