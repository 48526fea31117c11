import type { Attribution } from '../types.js';
import { sentenceOf } from '../text/spans.js';
import type { SourcingScope } from './sourcing-scope.js';

// Unnamed sources that source no claim, for vague-status.ts: the words after their cue are an act
// (telling someone about a topic, putting a question), another's words passed on (an interpreter's),
// or the writer's framing of the sentence's subject ("For someone who conceded ..."), or people a
// bare "some", "one" or "people" names doing something in the story rather than saying it.

/**
 * "Sources have also told SportsCenter 5's Mike Lynch more about the negotiations": telling someone
 * about a topic is an act, with no claim in it (judged corpus half A, issue 12); "told CNN about how
 * the plan was made" and "told him that ..." tell one.
 */
const TOLD_ABOUT = /^\s+(?:[\p{L}\p{N}.'’-]+\s+){1,6}?(?:more\s+)?about\s+(?!how\b|what\b|why\b|whether\b|who\b)/iu;

export function toldAbout(a: Attribution, text: string): boolean {
  if (!/^(?:told|tells|tell)$/i.test(a.cue.text)) return false;
  const m = TOLD_ABOUT.exec(text.slice(a.cue.end, a.cue.end + 120));
  return !!m && !/\bthat\b/i.test(m[0]);
}

/**
 * "A reporter asked Sanders how he was feeling", "voters wondered whether the plan would pass": a
 * question put is an act, and what it asks is no claim; the answer has a source of its own (judged
 * corpus half A, issue 12: a reporter's question read as a vaguely sourced claim). "asked the court
 * to dismiss the case" asks for an act (reportsAnAct), "asked that ..." states a demand and stays.
 */
const QUESTIONING = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|inquired|enquired|questioned)$/i;
const INDIRECT_QUESTION = /^[\s,]*(?:(?:[\p{L}\p{N}.'’-]+\s+){0,4}?)(?:how|whether|if|why|what|when|where|who|whom|which)\b/iu;

export function askedQuestion(a: Attribution, text: string): boolean {
  if (!QUESTIONING.test(a.cue.text)) return false;
  return INDIRECT_QUESTION.test(text.slice(Math.max(a.cue.end, a.content.start), a.content.end));
}

/**
 * "Guccifer said, per a translator, that ...": an interpreter passes on a named speaker's words in
 * the same sentence, and is no source of their own (judged corpus half A, issue 12).
 */
export function relayedByInterpreter(a: Attribution, scope: SourcingScope): boolean {
  if (!a.source || !/\b(?:translator|interpreter)s?$/i.test(a.source.text.trim())) return false;
  const sentence = sentenceOf(a.cue, scope.sentences);
  return !!sentence && scope.all.some((b) => b.sourceKind === 'named' && b.cue.start >= sentence.start && b.cue.end <= sentence.end);
}

/**
 * "For someone who conceded in a debate that ..., Hillary Clinton had a good night": the "who" of an
 * opening "For someone who" is the main clause's subject, framed by the writer, not a source.
 */
export function framesSubject(a: Attribution, scope: SourcingScope): boolean {
  const sentence = sentenceOf(a.cue, scope.sentences);
  if (!sentence || !a.source || !/^who$/i.test(a.source.text)) return false;
  return /^[\s“"‘']*for\s+(?:someone|somebody|anyone|(?:a|an)\s+[\p{L}-]+)\s+$/iu.test(scope.text.slice(sentence.start, a.source.start));
}

/**
 * A source that is only a quantifier or a pronoun for people: "some", "many", "others", "one",
 * "someone", "people", "the members". It names no role, so it is a source only when it voices a view
 * or a charge, the weasel words an editor strikes ("some say the pledge is unrealistic", "Some
 * accused Trump of inciting violence", "according to some on Twitter", "many believe"); with any
 * other verb it is a person in the story doing something ("people initially hailed these as bold
 * moves", "one suggested she marry an American", "Many spoke about how much they hoped", "someone
 * told Trump that ...", "the members wrote in a letter"). Measured by kind on judged half A (issue
 * 12, session 21): with every verb, 3 right, 2 arguable and 5 wrong of 10; it keeps the 3 right.
 */
const BARE_PEOPLE = /^(?:(?:the|a|other|some|many)\s+)?(?:some|many|most|few|others?|one|someone|somebody|people|members)$/i;
/** The verbs a bare "some" or "many" sources a view or a charge with. */
const VOICING = /^(?:says?|said|according to|per|argue[sd]?|contend(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|believes?|think|thinks|suggests?|fears?|worry|worries|accuse[sd]?|charge[sd]?|allege[sd]?|notes?|noted)$/i;

export function bareActor(a: Attribution): boolean {
  return !!a.source && BARE_PEOPLE.test(a.source.text.replace(/\s+/g, ' ').trim()) && !VOICING.test(a.cue.text.replace(/\s+/g, ' ').trim());
}
