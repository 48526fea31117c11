import type { Token } from '../nlp/parse.js';
import type { Sentence } from './content-spans.js';
import { BE_FORMS as BE, FINDINGS, GERUND_PREPOSITIONS, POLLED, VERB_COORDINATORS, WORD_NOUNS } from './cue-words.js';
import { breaksAfter, closesQuote, skipBetweenBack } from './phrases.js';

// Whether a cue word at token k reports in its sentence, for the attribution extractor: a gerund
// compromise tagged an adjective, the topic after "spoke", a poll that shows, and the uses of a verb
// form that name or describe rather than report.

/**
 * ", telling reporters that", "and saying": compromise tags a gerund of saying an adjective when
 * no verb stands near it; after a comma or a word that joins a second verb of the clause's subject
 * it is the verb ("a telling sign" has a determiner before it).
 */
export function gerundOfClause(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (!tokens[k].normal.endsWith('ing') || k === s.first) return false;
  const prev = tokens[k - 1];
  if (tokens[k].normal === 'saying' && POLLED.test(prev.normal) && !breaksAfter(prev)) return true; // "62 percent of voters saying", which compromise tags a noun
  return /,\s*$/.test(prev.post) && !closesQuote(prev) || VERB_COORDINATORS.has(prev.normal) || GERUND_PREPOSITIONS.has(prev.normal);
}

/** "One poll shows Cruz ahead", "exit polls found a split": a poll or a document finds, "that" or not. */
export function findingBefore(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const j = skipBetweenBack(tokens, k, s.first);
  return j >= s.first && !breaksAfter(tokens[j]) && FINDINGS.test(tokens[j].normal);
}

/** How far after "spoke" or "talked" its topic may start: "spoke to reporters on Monday about". */
const TOPIC_REACH = 5;

/** "spoke about how", "talked of leaving", "spoke to reporters about": the topic of the speaking follows. */
export function topicFollows(tokens: readonly Token[], s: Sentence, k: number): boolean {
  for (let i = k + 1; i < Math.min(s.end - 1, k + 1 + TOPIC_REACH); i++) {
    if (/^(about|of)$/.test(tokens[i].normal)) return true;
    if (breaksAfter(tokens[i]) || tokens[i].tags.has('Verb')) return false;
  }
  return false;
}

/**
 * A verb form that names or describes rather than reports: "a group called Lashkar", "an
 * estimated $10 trillion", "people accused of", "it was later revealed to be".
 */
export function isModifierUse(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const prev = k > s.first ? tokens[k - 1] : null;
  // the next word of the sentence: "said. By not ..." starts another one
  const next = k + 1 < s.end ? tokens[k + 1] : undefined;
  if (prev && prev.tags.has('Determiner') && !breaksAfter(prev) && !closesQuote(prev) && !STANDALONE_DETERMINERS.has(prev.normal)) return true;
  const agent = next?.normal === 'by' && !MEDIUM.test(tokens[k + 2]?.normal ?? '');
  if (next && (agent || next.normal === 'of' && /^accused$/.test(tokens[k].normal))) return true;
  if (next && /^(with|in)$/.test(next.normal) && /^charged$/.test(tokens[k].normal)) return true; // "a man charged with murder"
  // "a vehicle described on radio reports"; not "an explosion that Mayor Bill de Blasio described as “...”" (a name describes)
  if (next && /^(on|in|as)$/.test(next.normal) && /^described$/.test(tokens[k].normal) && prev && !prev.tags.has('Pronoun') && !prev.tags.has('ProperNoun')) return true;
  let j = k - 1;
  // "was later revealed", "were mistakenly charged": a passive, whatever adverb stands in it; not across a break ("“The
  // odds are long,” says Jane Roe": the quote's words end before the cue)
  const joined = (t: Token) => !breaksAfter(t) && !closesQuote(t);
  while (j >= s.first && joined(tokens[j]) && (/^(also|later|first|then|often|widely|long|previously|recently|never|not)$/.test(tokens[j].normal) || isAdverb(tokens[j]))) j--;
  if (j >= s.first && joined(tokens[j]) && BE.has(tokens[j].normal)) return true;
  // "a program called EB-5" names; "the campaign called AP's report a “rush to judgment”" does not (a possessive is no name given)
  const naming = tokens[k].normal === 'called' || tokens[k].normal === 'calls';
  return naming && !!prev && prev.tags.has('Noun') && !prev.tags.has('ProperNoun') && !prev.tags.has('Pronoun') && /^[A-Z]/.test(next?.text ?? '')
    && !next!.tags.has('Possessive') && !/['’]s?$/.test(next!.text);
}

export function isAdverb(t: Token): boolean {
  return t.tags.has('Adverb') && !t.tags.has('Noun') && !/^[A-Z]/.test(t.text);
}

/** Determiners that stand alone as a subject: "another says", "that said", "several said", "who say". */
const STANDALONE_DETERMINERS = new Set(['another', 'that', 'several', 'some', 'many', 'each', 'both', 'all', 'one', 'who', 'few', 'most', 'others', 'either', 'neither', 'any']);
/** What "by" introduces after a verb of saying when it is the means, not an agent: "said by telephone". */
const MEDIUM = /^(telephone|phone|email|e-mail|text|video|videolink|satellite|teleconference|skype|letter|twitter|cellphone)$/;

/**
 * "Jan Brewer, an early supporter of Trump, calls the issue “a priority”": a cue's -s form the tagger read as a plural
 * noun is the verb when an aside's comma or a name stands before it and an article or a possessive after it (not "Phone
 * calls the campaign made": no comma nor name before it).
 */
export function verbBeforeObject(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const t = tokens[k];
  if (!/s$/.test(t.normal) || k === s.first || k + 1 >= s.end) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const subject = /^,\s*$/.test(prev.post) || prev.tags.has('ProperNoun');
  return subject && !prev.tags.has('Determiner') && !prev.tags.has('Possessive') && /^(the|a|an|his|her|their|its|this|that)$/.test(next.normal);
}

/** How many words may stand between a closing quote and "read" ("“...,” the campaign's statement read"). */
const READER_REACH = 4;

/**
 * "read" as a cue (TEXT_READS): a quote closes right before it or before its subject ("“...,” read
 * one", "“...,” the statement read"), or opens right after it ("One message read “...”", "The sign
 * read: “...”"); and what reads is a text, not a person (no name, no personal pronoun: "Trump read a
 * statement", "he read “Ulysses”").
 */
export function textReads(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const quoteAfter = k + 1 < tokens.length && /^[\s:,]*[“"]\s*$/.test(t.post + tokens[k + 1].pre);
  let j = k - 1;
  while (j >= 0 && j >= k - READER_REACH && !closesQuote(tokens[j]) && !breaksAfter(tokens[j])) j--;
  const quoteBefore = j >= 0 && closesQuote(tokens[j]) && /[,?!]/.test(tokens[j].post);
  if (!quoteAfter && !quoteBefore) return false;
  const reader = quoteBefore && j === k - 1 ? tokens[k + 1] : tokens[k - 1];
  if (!reader || reader.tags.has('ProperNoun') || reader.tags.has('Person')) return false;
  // "will read", "wants to read", "then read": a person's act (the subject is further back), not a text's words
  if (reader.normal === 'to' || ['Verb', 'Modal', 'Auxiliary', 'Adverb', 'Conjunction'].some((tag) => reader.tags.has(tag))) return false;
  return !/^(he|she|i|we|they|you)$/.test(reader.normal);
}

/** "has used the phrase “Islamic terrorism”", "coined the term “...”": a noun of words, then the quoted words. */
export function usesQuotedWords(tokens: readonly Token[], k: number): boolean {
  let i = k + 1;
  if (tokens[i] && (tokens[i].tags.has('Determiner') || tokens[i].tags.has('Possessive'))) i++;
  const noun = tokens[i];
  return !!noun && !!tokens[i + 1] && WORD_NOUNS.test(noun.normal) && !breaksAfter(tokens[k]) && /^\s*[“"]\s*$/.test(noun.post + tokens[i + 1].pre);
}
