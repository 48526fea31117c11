// Labels whose entity the sentence's shape gives, not a reference back (attach-labels.ts): a role
// after "as" or "to be", a relative by a tie ("his mother"), an indefinite lead ("A Mafia boss ...").
import type { Entity } from '../types.js';
import { nounSex } from './descriptions.js';
import { fits, genderOf, opensSentence, reportedSubject, sentenceAt, type Ctx } from './label-context.js';
import type { RawLabel } from './label-phrases.js';

/**
 * "Jackman was announced as the host", "to be surgeon general": the last one named before it in its
 * sentence, if its kind fits; not one a preposition governs ("DeGeneres would return to the Academy
 * Awards as emcee", "nominated by Obama as surgeon general", "in negotiations with Lionsgate to return
 * as director"), but "with" right before "as" ("with Jerusalem as its capital").
 */
export function roleOf(ctx: Ctx, l: RawLabel): Entity | null {
  const s = ctx.sentences[sentenceAt(ctx.sentences, l.start)];
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= l.start) continue;
    if (s && m.start < s.start) return null;
    const before = ctx.text.slice(Math.max(s?.start ?? 0, m.start - 16), m.start);
    if (GOVERNED.test(before) || /(?:^|\s)with\s+(?:the\s+)?$/i.test(before) && !/^\s+as\s+$/.test(ctx.text.slice(m.end, l.start))) continue;
    return fits(l.cls, m.entity, ctx.misread) ? m.entity : null;
  }
  return null;
}

/** A preposition (and "the") right before a name: the name is its object ("with", apart: "with X as Y" is X's). */
const GOVERNED = /(?:^|\s)(?:to|at|in|on|for|from|by|into|of|about|against)\s+(?:the\s+)?$/i;

/** Words for one tie ("his mum" is the one the report calls "mother"). */
const SAME_TIE: Readonly<Record<string, string>> = { mum: 'mother', mom: 'mother', dad: 'father' };

/**
 * "his mother and sister": the one person the report calls by that tie beside the name, before or
 * after ("... and mother Alice McMeekin, 58, were found"); no one when the report gives it to none or
 * to several. Beside the name only: a predicate or a reference back may be wrong ("Katie thought of
 * my mum as a second mum" gave Katie a mum), and one wrong label would carry every "his mum".
 */
export function tiedTo(ctx: Ctx, l: RawLabel, entities: readonly Entity[]): Entity | null {
  const tie = SAME_TIE[l.head] ?? l.head;
  const words = [tie, ...Object.keys(SAME_TIE).filter((w) => SAME_TIE[w] === tie)];
  const said = new RegExp(`(?:^|[^\\p{L}-])(?:${words.join('|')})(?:$|[^\\p{L}-])`, 'iu');
  const beside = (e: Entity) => [...e.descriptors, ...(ctx.labels.get(e) ?? []).filter((x) => x.kind === 'apposition' || x.kind === 'title')];
  const called = entities.filter((e) => e.kind === 'person' && beside(e).some((d) => said.test(d.text)));
  return called.length === 1 ? called[0] : null;
}

/** "A suspected Mafia boss arrested Tuesday ...": the person first named right after it, within `window` sentences. */
export function leadPerson(ctx: Ctx, l: RawLabel, others: ReadonlySet<Entity>, window: number): Entity | null {
  const last = sentenceAt(ctx.sentences, l.start) + window;
  const sex = nounSex(l.head);
  for (const m of ctx.mentions) {
    if (m.start < l.end || m.entity.kind !== 'person' || others.has(m.entity)) continue;
    if (m.sentence > last) return null;
    // the one the story is about is its next sentence's subject ("Gaetano Lo Presti, 52, was found ..."):
    // a person named inside a sentence is more often the victim
    if (!opensSentence(ctx, m) && !reportedSubject(ctx, m)) continue;
    if (sex && genderOf(ctx, m.entity) === (sex === 'female' ? 'male' : 'female')) return null;
    // named before only in the headline ("Yvonne Hiller Charged With Two Counts Of Murder ... A Kraft Foods plant worker ..."): the story's first sentence
    return m.entity.mentions[0].start > l.start || !/[.!?]["”’)]*\s/.test(ctx.text.slice(0, l.start)) ? m.entity : null;
  }
  return null;
}

