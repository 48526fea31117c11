// How salient an entity is where a reference back ("the actress", "the company") is read: a reader
// takes the entity the last sentences are about, not only the one named last. Each mention of the
// entity in the window counts (the entity named most), weighted by its role (the subject of its
// sentence, which opens it, over one named inside it) and halved for each sentence back (after
// Lappin and Leass's salience factors, 1994, without their grammatical roles past the subject: a
// name after a preposition is as often the verb's object, "spend it on Mark Teixeira", as an
// oblique one). Report offsets; plain data in, a number out.
import type { Span } from '../types.js';

/**
 * The weights of a mention's salience, Lappin and Leass's (sentence recency 100, subject 80, halved
 * per sentence). On the ECB+ even topics they move no judged label; of the 35 unjudged ones they
 * move, an editor finds about 11 better and 4 worse (docs/labels.md).
 */
export const SALIENCE = {
  /** Any mention in the window: an entity named twice outweighs one named once in the same sentence. */
  mention: 100,
  /** The mention opens its sentence, after its own title at most: the sentence's subject. */
  subject: 80,
  /** Each sentence between the mention and the reference multiplies its weight by this. */
  decay: 0.5,
};

export interface SalienceMention extends Span { sentence: number }

/**
 * The weight of one mention for a reference in sentence `at`: `opens` says whether it opens its
 * sentence (attach-labels.ts knows its titles).
 */
export function mentionSalience(m: SalienceMention, at: number, opens: boolean): number {
  return (SALIENCE.mention + (opens ? SALIENCE.subject : 0)) * SALIENCE.decay ** Math.max(0, at - m.sentence);
}
