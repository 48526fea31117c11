import type { Attribution } from '../types.js';
import { sentenceOf } from '../text/spans.js';
import type { SourcingScope } from './sourcing-scope.js';

// Unnamed sources that source no claim, for vague-status.ts: the words after their cue are an act
// (telling someone about a topic, putting a question), another's words passed on (an interpreter's),
// or the writer's framing of the sentence's subject ("For someone who conceded ...").

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
