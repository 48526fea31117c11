// Who "I" is in a quotation: the first person singular ("I", "me", "my", "myself") inside a
// quotation is its speaker when the analysis gives the quotation a speaker that is a person entity
// ("It's official: I'm hosting the Oscars!" DeGeneres tweeted). Runs after the speakers are attached
// (quotes/attach-speakers.ts) and adds to the person's `pronouns`, kept in text order. A quotation
// inside the quotation is someone else's words ("He told me: 'I will stay'"), and so is a passage set
// off as someone's that is no quotation: neither is read.
import type { Entity, Quote, Span } from '../types.js';
import { heldBy } from '../text/spans.js';

/**
 * The first person singular; "I" in capitals only (a Roman numeral after a noun is excluded below). Not "mine", as
 * often the noun ("The mine was not safe"), nor "Me" before a capitalised word (the "Me Too" movement).
 */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’-])(?:I|me|My|my|Me(?!\s+\p{Lu})|[Mm]yself)(?![\p{L}\p{N}-])/gu;

/** Words after which "I" is a numeral, not the speaker ("World War I", "Phase I", "Title I"). */
const NUMBERED = /\b(?:War|Phase|Part|Stage|Type|Class|Tier|Level|Title|Chapter|Section|Article|Act|Division|Round|Volume|Book|Henry|Elizabeth|Charles|James|George|Louis|Edward|John|Paul|Pope)\s+$/;

/** How far a quotation's speaker may stand from it, in characters ("..., Ross said in a statement: \""). */
const SPEAKER_GAP = 60;

/**
 * The speaker is named beside the quotation, in its sentence ("...!" DeGeneres tweeted; Ross said: "...");
 * not a speaker carried over from an earlier quotation ("..." said DeGeneres. "I agreed ...": a new
 * sentence, perhaps someone else's words), which the first person would tie to the wrong person.
 */
function besideSpeaker(text: string, q: Span, speaker: Span): boolean {
  // a speaker described by whom they are of ("the widow of Officer Tom Reed", "Reed's widow") is not the person named
  if (/\b(?:of|for)\s|['’]s?\s/.test(text.slice(speaker.start, speaker.end))) return false;
  const gap = speaker.start >= q.end ? text.slice(q.end, speaker.start) : speaker.end <= q.start ? text.slice(speaker.end, q.start) : null;
  return gap !== null && gap.length <= SPEAKER_GAP && !/[.!?]/.test(gap) && !/\n\s*\n/.test(gap);
}

/**
 * Ties the first-person pronouns of each top-level quotation whose speaker is a person entity to
 * that person. `quotes` with their speakers; spans occupied by names are left to the names.
 */
export function tieQuotedFirstPerson(entities: readonly Entity[], quotes: readonly Quote[], text: string): void {
  const people = new Map(entities.filter((e) => e.kind === 'person').map((e) => [e.id, e]));
  if (people.size === 0) return;
  const byStart = (a: Span, b: Span) => a.start - b.start;
  const inNested = heldBy(quotes.filter((q) => q.depth > 0).sort(byStart));
  const inName = heldBy(entities.flatMap((e) => e.mentions).sort(byStart));
  const found = new Map<Entity, Array<Span & { text: string }>>();
  for (const q of quotes) {
    const person = q.depth === 0 && q.speaker?.entityId ? people.get(q.speaker.entityId) : undefined;
    if (!person || !besideSpeaker(text, q, q.speaker!)) continue;
    const words = text.slice(q.content.start, q.content.end);
    for (const p of words.matchAll(FIRST_PERSON)) {
      const span = { start: q.content.start + p.index, end: q.content.start + p.index + p[0].length };
      if (p[0] === 'I' && NUMBERED.test(words.slice(Math.max(0, p.index - 16), p.index))) continue;
      if (inNested(span) || inName(span)) continue;
      const list = found.get(person);
      if (list) list.push({ ...span, text: p[0] }); else found.set(person, [{ ...span, text: p[0] }]);
    }
  }
  for (const [e, list] of found) e.pronouns = [...(e.pronouns ?? []), ...list].sort((a, b) => a.start - b.start);
}
