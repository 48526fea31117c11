// Who "he" is before anyone is named: a report may open on a person it describes and name him only after
// ("One of the Mafia bosses arrested ... has hanged himself in his prison cell. His suicide ... Gaetano Lo
// Presti, 52, ... was found dead"). The pronouns of such a lede, before the report names any person,
// refer to the one it describes, and he is the person named next when the report names him as the
// subject of a sentence soon after (or gives his age: "Gaetano Lo Presti, 52,"). Runs after
// pronouns.ts, on the pronouns it left untied; plain data in, each entity's `pronouns` out.
import type { Entity, Span } from '../types.js';
import { sentenceAt, opensSentence, reportedSubject, type Ctx } from './label-context.js';
import { PRONOUN } from './pronouns.js';
import { givenNameSex } from './surnames.js';
import { heldBy } from '../text/spans.js';

/** How lede pronouns are tied; each value set on the ECB+ even topics (scripts/eval-pronouns.ts). */
export const LEDE_OPTIONS = {
  /** Sentences after the pronoun's within which the person must be named (26_7ecb: two). */
  ahead: 2,
};


/** A sentence or line that opens on an unnamed person: "A man ...", "An alleged mafia boss ...", "One of the ...". */
const DESCRIBED = /(?:^|\n)[\s"“]*(?:A|An|One\s+of)\s+\S/u;

/** One pronoun alone, with the sex it gives. */
const ONE_PRONOUN = new RegExp(`^${PRONOUN.source}$`, 'iu');

/** A verb of saying right before a pronoun ("said he", "told reporters he"): the pronoun is likely the speaker. */
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|added|stated|explained|insisted)\s+(?:that\s+)?$/i;

/** An age set off by commas after a name (", 52,"). */
const AGE_AFTER = /^,\s*\d{1,3},/;

/**
 * Ties the untied pronouns before the report's first named person to the person named next, when the
 * pronoun's sentence or the one before it opens on a described person and the name comes within
 * LEDE_OPTIONS.ahead sentences as its sentence's subject (or with an age), the sexes agreeing.
 */
export function tieLedePronouns(entities: readonly Entity[], text: string, sentences: readonly Span[], voiced: readonly Span[]): void {
  const people = entities.filter((e) => e.kind === 'person');
  if (people.length === 0 || sentences.length === 0) return;
  const quoted = heldBy([...voiced].sort((a, b) => a.start - b.start));
  const named = people
    .flatMap((entity) => entity.mentions.filter((m) => m.form !== 'description').map((m) => ({ start: m.start, end: m.end, entity, sentence: sentenceAt(sentences, m.start) })))
    .filter((m) => !quoted(m))
    .sort((a, b) => a.start - b.start);
  const first = named[0];
  if (!first) return;
  const ctx: Ctx = { text, mentions: [], sentences, quotes: voiced, loaded: [], labels: new Map(), taken: new Set(), genders: new Map(), outlets: new Map() };
  // the person named next must be the subject of his sentence, the one a source's verb reports, or aged
  const identified = opensSentence(ctx, first) || reportedSubject(ctx, first) || AGE_AFTER.test(text.slice(first.end, first.end + 6));
  if (!identified) return;
  const tied = new Set(people.flatMap((e) => (e.pronouns ?? []).map((p) => p.start)));
  const occupied = (s: Span) => entities.some((e) => e.mentions.some((m) => m.start < s.end && s.start < m.end));
  const person = first.entity;
  const given = givenNameSex(person.name);
  const sexOf = (p: string) => { const m = ONE_PRONOUN.exec(p); return m ? (m[1] ? 'male' : 'female') : null; };
  const found: Array<Span & { text: string }> = [];
  for (const p of text.slice(0, first.start).matchAll(PRONOUN)) {
    const span = { start: p.index, end: p.index + p[0].length };
    if (tied.has(span.start) || quoted(span) || occupied(span)) continue;
    // "A spokesman for the family said he was grateful": the subject of what a source reports is likely the source
    if (SAID_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) continue;
    const at = sentenceAt(sentences, span.start);
    if (first.sentence - at > LEDE_OPTIONS.ahead) continue;
    const opening = [at, at - 1].filter((k) => k >= 0).map((k) => text.slice(sentences[k].start, k === at ? span.start : sentences[k].end));
    if (!opening.some((s) => DESCRIBED.test(s))) continue;
    if (given !== null && given !== sexOf(p[0])) continue;
    if ((person.pronouns ?? []).some((x) => sexOf(x.text) !== null && sexOf(x.text) !== sexOf(p[0]))) continue;
    found.push({ ...span, text: p[0] });
  }
  if (found.length === 0) return;
  person.pronouns = [...(person.pronouns ?? []), ...found].sort((a, b) => a.start - b.start);
}
