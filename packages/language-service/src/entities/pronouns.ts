// Who "he" and "she" are: each third-person personal pronoun of the narration ("he", "his", "him",
// "himself", "she", "her", "hers", "herself") goes to the person of the report it refers to, the most
// salient one before it whose sex the report does not contradict (label-salience.ts: each mention,
// the subject more, halved per sentence back; Lappin and Leass, 1994). Left unresolved when two
// people are close: a wrong person in a hover is worse than none. A pronoun inside a quotation is the
// speaker's ("he" in someone's words is seen from there), so it is skipped, and a name inside a
// quotation does not make anyone salient for the narration. "They" and "it" are not resolved.
// One pass over the text; plain data in, each entity's `pronouns` out.
import type { Entity, Span } from '../types.js';
import { genderOf, opensSentence, sentenceAt, type Ctx, type Placed } from './label-context.js';
import { mentionSalience } from './label-salience.js';
import { sameClause, sayerBefore } from './pronoun-syntax.js';
import { titleSex } from './surnames.js';
import { heldBy } from '../text/spans.js';

/** How pronouns are resolved; each value set on the ECB+ even topics (scripts/eval-identity.ts). */
export const PRONOUN_OPTIONS = {
  /**
   * Sentences back a pronoun looks for its person (0: its own sentence only). 2 on the even topics;
   * 3 ties a few more lowercase pronouns but loses sentence-opening ones ("He") in topics 4, 8, ...
   */
  window: 2,
  /**
   * The runner-up's salience over the best one's at or above which the pronoun stays unresolved
   * ("Smith met Jones. He said ...": two people equally salient). 0.67 on the even topics, picked on
   * topics 4, 8, .. and confirmed on 2, 6, ..: against 0.5, pronoun recall 65.7% -> 71.9% at the same
   * precision (97.9% -> 97.5%); 0.8 adds 6 right and no wrong, kept out for a margin.
   * (A name in a quotation, or the labels that refer back, as salient too: no gain, one wrong more.)
   */
  close: 0.67,
};

type Sex = 'female' | 'male';

/** A personal pronoun of the third person singular, with the sex it gives (group 1 male, group 2 female). */
export const PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/giu;

/** A name, or a pronoun already resolved, that makes its person salient for the pronouns after it. */
interface Salient extends Placed { opens: boolean }

/**
 * Sets each person entity's `pronouns`: the pronouns of the narration that refer to it, in text
 * order. `voiced`: the quotations and the passages set off as someone's words; `sentences` in text
 * order.
 */
export function resolvePronouns(entities: readonly Entity[], text: string, sentences: readonly Span[], voiced: readonly Span[]): void {
  const people = entities.filter((e) => e.kind === 'person');
  for (const e of people) e.pronouns = [];
  if (people.length === 0 || sentences.length === 0) return;
  const ctx: Ctx = {
    text, mentions: [], sentences, quotes: voiced, loaded: [],
    labels: new Map(people.map((e) => [e, (e.labels ?? []).filter((l) => l.kind !== 'reference')])),
    taken: new Set(), genders: new Map(), outlets: new Map(),
  };
  const sorted = [...voiced].sort((a, b) => a.start - b.start);
  const quoted = heldBy(sorted);
  const names: Salient[] = people
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, sentence: sentenceAt(sentences, m.start), opens: false })))
    .filter((m) => !quoted(m))
    .sort((a, b) => a.start - b.start);
  // the subject of its sentence, or joined to it by "and" ("Robert Dunmore and Michael Dunmore were arrested": both)
  names.forEach((m, i) => {
    const prev = names[i - 1];
    m.opens = opensSentence(ctx, m) || (prev?.opens === true && prev.sentence === m.sentence && AND.test(text.slice(prev.end, m.start)));
  });
  const occupied = heldBy(entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start));
  const sexes = new Map<Entity, Sex | null>();
  const sexOf = (e: Entity): Sex | null => {
    if (!sexes.has(e)) sexes.set(e, genderOf(ctx, e) ?? told(text, e));
    return sexes.get(e) ?? null;
  };
  // each name's and label's end, for the speaker of "X said he"
  const ends = new Map<number, Entity>();
  for (const e of people) for (const m of [...e.mentions, ...(e.labels ?? [])]) ends.set(m.end, e);
  const recent: Salient[] = [];
  let next = 0;
  for (const p of text.matchAll(PRONOUN)) {
    const span = { start: p.index, end: p.index + p[0].length };
    if (quoted(span) || occupied(span)) continue;
    const at = sentenceAt(sentences, span.start);
    while (next < names.length && names[next].start < span.start) recent.push(names[next++]);
    const word = p[0].toLowerCase();
    const sex: Sex = p[1] ? 'male' : 'female';
    const sentence = sentences[at];
    const fits = (e: Entity) => { const s = sexOf(e); return s === null || s === sex; };
    let person: Entity | null;
    const sayer = SUBJECT.test(word) ? sayerBefore(text.slice(sentence.start, span.start), sentence.start) : null;
    if (sayer && (ends.has(sayer.end) || sayer.personNoun)) {
      // "LaRue said he": the one who speaks; "the coroner said he": someone the report does not name here
      const e = ends.get(sayer.end);
      person = e && fits(e) ? e : null;
    } else {
      const excluded = new Set<Entity>();
      // "He shot Ortiz", "he thinks LaRue died": never a name later in its own clause
      if (/^(?:he|she|him)$/.test(word)) {
        for (let k = next; k < names.length && names[k].start < sentence.end; k++) {
          if (!/[,;:()]/.test(text.slice(span.end, names[k].start))) excluded.add(names[k].entity);
        }
      }
      // "Obama was intent on recruiting him": never the subject of its own clause
      if (word === 'him') {
        for (let k = recent.length - 1; k >= 0 && recent[k].sentence === at; k--) {
          if (sameClause(text.slice(recent[k].end, span.start))) excluded.add(recent[k].entity);
        }
      }
      person = choose(recent, at, (e) => fits(e) && !excluded.has(e), /self$/.test(word));
    }
    if (!person) continue;
    person.pronouns!.push({ ...span, text: p[0] });
    // a pronoun tied to a person tells the person's sex, and keeps the person salient
    if (!sexes.get(person)) sexes.set(person, sex);
    recent.push({ ...span, entity: person, sentence: at, opens: /^[\s"“‘'(]*$/.test(text.slice(sentence.start, span.start)) });
  }
}

/** What joins two subjects ("Smith and Jones were arrested"). */
const AND = /^\s*,?\s*(?:and|&)\s+$/;

/** The pronouns that open what a speaker says ("LaRue said he", "Felt said his"). */
const SUBJECT = /^(?:he|she|his)$/;

/**
 * The person a pronoun refers to among the salient ones before it in the window that `fits`; null
 * when none does, or when the runner-up is close. A reflexive ("himself") refers within its own
 * sentence.
 */
function choose(recent: readonly Salient[], at: number, fits: (e: Entity) => boolean, reflexive: boolean): Entity | null {
  const first = reflexive ? at : at - PRONOUN_OPTIONS.window;
  const salience = new Map<Entity, number>();
  for (let i = recent.length - 1; i >= 0; i--) {
    const m = recent[i];
    if (m.sentence < first) break;
    if (!fits(m.entity)) continue;
    salience.set(m.entity, (salience.get(m.entity) ?? 0) + mentionSalience(m, at, m.opens));
  }
  let best: Entity | null = null;
  let top = 0;
  let second = 0;
  for (const [e, s] of salience) {
    if (s > top) [best, top, second] = [e, s, top];
    else second = Math.max(second, s);
  }
  return best && second < PRONOUN_OPTIONS.close * top ? best : null;
}

/** The sex a title before a mention gives beyond its honorific and labels: "Congressman Hunter", "Prince Harry". */
function told(text: string, e: Entity): Sex | null {
  for (const m of e.mentions) {
    const s = titleSex(text.slice(Math.max(0, m.start - 16), m.start));
    if (s) return s;
  }
  return null;
}
