// What attaching a report's labels works with (attach-labels.ts): its name mentions by sentence, the
// labels placed so far, each entity's gender, and the tests of a head's kind and a mention's place.
import type { Entity, Label, LoadedWord, Span } from '../types.js';
import { nounSex } from './descriptions.js';
import { lookupPlace } from './gazetteer.js';
import type { HeadClass } from './label-nouns.js';
import { givenNameSex, honorificSex } from './surnames.js';

export interface Placed extends Span { entity: Entity; sentence: number }

export interface Ctx {
  text: string;
  mentions: Placed[];
  sentences: readonly Span[];
  quotes: readonly Span[];
  /** The report's loaded words (sense-checked, loaded/find-loaded.ts): a label lists those inside it. */
  loaded: readonly LoadedWord[];
  labels: Map<Entity, Label[]>;
  taken: Set<string>;
  genders: Map<Entity, 'female' | 'male' | null>;
  /** Whether an entity's name is an outlet's (isOutlet), once per entity. */
  outlets: Map<Entity, boolean>;
  /** Entities whose kind was misread upstream (surnameOfPerson): no label is theirs by its kind. */
  misread?: ReadonlySet<Entity>;
}

/** The index of the sentence holding `offset` (the last sentence starting at or before it). */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The entities not read as people that a reader knows for a person: a one-word name that is the
 * surname of a person the report names ("Gupta" beside "Sanjay Gupta"). No label is theirs by its
 * kind ("the cable network" is not Gupta's).
 */
export function surnameOfPerson(entities: readonly Entity[]): Set<Entity> {
  const surnames = new Set(entities.filter((e) => e.kind === 'person' && /\s/.test(e.name)).map((e) => e.name.split(/\s+/).pop()!.toLowerCase()));
  return new Set(entities.filter((e) => e.kind !== 'person' && !/\s/.test(e.name) && surnames.has(e.name.toLowerCase())));
}

/** The entity kinds a head class can name; an entity in `misread` fits none. */
export function fits(cls: HeadClass, e: Entity, misread?: ReadonlySet<Entity>): boolean {
  if (misread?.has(e)) return false;
  if (cls === 'person') return e.kind === 'person';
  if (cls === 'organization' || cls === 'members') return e.kind === 'organization';
  if (cls === 'place') return e.kind === 'place';
  return e.kind === 'organization' || isCountry(e);
}

export function isCountry(e: Entity): boolean {
  return e.kind === 'place' && lookupPlace(e.name) === 'country';
}

/** The mention opens its sentence, after quote marks or its own title at most ("Mafia boss Gaetano Lo Presti"). */
export function opensSentence(ctx: Ctx, m: Placed): boolean {
  const s = ctx.sentences[m.sentence];
  if (!s) return false;
  let from = s.start;
  for (const d of m.entity.descriptors) if (d.start >= s.start && d.end <= m.start && m.start - d.end <= 2 && d.start <= from + 2) from = d.end;
  return /^[\s"“‘'(]*$/.test(ctx.text.slice(from, m.start));
}

/** The mention opens the clause a source's verb reports ("Police said Lo Presti, ..., hanged himself", "Police allege Eric Kirkpatrick opened fire"). */
export function reportedSubject(ctx: Ctx, m: Placed): boolean {
  const s = ctx.sentences[m.sentence];
  return s !== undefined && REPORTED.test(ctx.text.slice(s.start, m.start));
}

/** A sentence's opening up to a reported clause: its source in at most five words ("Carabinieri paramilitary police in Palermo said"), a verb of saying or believing, "that". */
const REPORTED = /^[\s"“]*(?:[\p{L}.'’-]+\s+){1,5}(?:said|say|says|allege|alleges|alleged|believe|believes|believed)\s+(?:that\s+)?$/u;

/** From a title before a mention ("Mr.", "Mrs."), the given name, or a gendered label ("the actress"), if any. */
export function genderOf(ctx: Ctx, e: Entity): 'female' | 'male' | null {
  if (ctx.genders.has(e)) return ctx.genders.get(e) ?? null;
  let g: 'female' | 'male' | null = null;
  for (const m of e.mentions) if ((g = honorificSex(ctx.text.slice(Math.max(0, m.start - 12), m.start)))) break;
  // the given name, as compromise's lexicon knows it ("Jerry": male, "Esther": female)
  if (e.name.includes(' ')) g ??= givenNameSex(e.name);
  for (const d of [...e.descriptors, ...(ctx.labels.get(e) ?? [])]) g ??= nounSex(d.text);
  ctx.genders.set(e, g);
  return g;
}
