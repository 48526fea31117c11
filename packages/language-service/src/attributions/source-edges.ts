import type { ParagraphContext } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Sentence } from './content-spans.js';
import { clauseFollows } from './cue-context.js';
import { BE_FORMS as BE, CUE_FORMS, POLLED, SPEAK_ABOUT } from './cue-words.js';
import { CONTRACTED_AUXILIARY, breaksAfter, closesQuote, npEndingAt, skipBetweenBack, uncontracted } from './phrases.js';

// The edges of a source the attribution extractor found, and the shapes around a cue that decide
// who the source is: a document and the one who issued it, a name before a gerund of saying, the
// "be" of a passive, a pronoun's contracted auxiliary, a parenthesis that belongs to a name.

const DOCUMENT = /^(statement|readout|report|release|letter|post|tweet|email|memo|message|document|filing|study|poll|survey|transcript|note|notice|video|ad|advertisement)s?$/;

/** "Hamas released a statement revealing": the one who issued the document is the source. */
export function documentOwner(tokens: readonly Token[], s: Sentence, doc: [number, number]): [number, number] {
  const v = doc[0] - 1;
  if (v <= s.first || !ISSUE_VERBS.test(tokens[v].normal)) return doc;
  const j = skipBetweenBack(tokens, v, s.first);
  const first = j >= s.first && !breaksAfter(tokens[j]) ? npEndingAt(tokens, j, s.first) : -1;
  return first >= 0 ? [first, j] : doc;
}

const ISSUE_VERBS = /^(released|issued|published|put|sent|posted|circulated|distributed|releases|issues|publishes)$/;

export function isDocument(t: Token): boolean {
  return DOCUMENT.test(t.normal);
}

/**
 * Where a source that starts at `start` and ends with token `t` ends: without an auxiliary
 * contracted onto a pronoun ("He’s claiming": "He"), with the bracket that closes a parenthesis
 * the source opened ("Sen. David Perdue (R-Ga.)").
 */
export function sourceEnd(text: string, start: number, t: Token): number {
  const m = CONTRACTED_AUXILIARY.exec(t.text);
  if (m && t.tags.has('Pronoun') && !t.tags.has('Possessive')) return t.end - m[0].length;
  const close = /^\.?\)/.exec(t.post);
  return close && text.slice(start, t.end).includes('(') ? t.end + close[0].length : t.end;
}

/** How many words may stand between a gerund of saying and the quote it reports: "saying during the debate last week, “...”". */
const GERUND_QUOTE_REACH = 8;

/**
 * "footage of Trump saying, “That makes me smart”", "Clinton asking, “Why ...?”": a name right
 * before a gerund of saying that reports a quote or a "that" clause is its speaker, though no
 * verb of its own stands in the clause.
 */
export function namedSpeakerGerund(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, k: number, source: [number, number]): boolean {
  const head = tokens[source[1]];
  // "with 50 percent saying she is prepared", "voters saying they want a ban": those polled, as a reduced relative clause
  if (source[1] === k - 1 && tokens[k].normal === 'saying' && POLLED.test(head.normal) && clauseFollows(tokens, s, tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1)) return true;
  if (source[1] !== k - 1 || !(head.tags.has('Person') || head.tags.has('ProperNoun')) || head.tags.has('Possessive')) return false;
  // "talking about “Collapse”": a topic, not words; "Rhodes recalled Mr. Obama saying": the name is an object of another cue
  if (SPEAK_ABOUT.has(tokens[k].normal) || source[0] > s.first && CUE_FORMS.has(tokens[source[0] - 1].normal)) return false;
  if (tokens[k + 1]?.normal === 'that' && clauseFollows(tokens, s, k + 2)) return true;
  const reach = tokens[Math.min(s.end - 1, k + GERUND_QUOTE_REACH)].end;
  return ctx.quotes.some((q) => q.start >= tokens[k].end && q.start <= reach);
}

/**
 * Where the cue of a passive participle at `k` starts: its form of "be", over adverbs between them
 * ("was first reported", "is widely believed"), or the word after a "be" contracted onto "it"
 * ("It’s said", which compromise splits into "It's" and an empty token); -1 when no "be" stands there.
 */
export function passiveBe(tokens: readonly Token[], s: Sentence, k: number): number {
  let i = k - 1;
  while (i > s.first && (tokens[i].tags.has('Adverb') || tokens[i].normal === 'first') && !tokens[i].tags.has('Negative') && !breaksAfter(tokens[i])) i--;
  // "It’s said": the empty token of a contraction, "is" after "it" ("he’s said" is "he has said")
  if (i < s.first) return -1;
  if (tokens[i].text === '') return i > s.first && (tokens[i].tags.has('Copula') || uncontracted(tokens[i - 1]) === 'it') ? i + 1 : -1;
  // "... how important Obama is,” said Greenberg": a quote that ends on "is" is no passive
  return BE.has(tokens[i].normal) && !breaksAfter(tokens[i]) ? i : -1;
}

/**
 * "“...,” Tulsa police Chief Chuck Jordan said": a source that stops a word or two short of the
 * closing quote (a word compromise read as a verb) starts right after the quote.
 */
export function reachQuoteEnd(tokens: readonly Token[], s: Sentence, first: number): number {
  for (let j = first - 1; j >= Math.max(s.first, first - 3); j--) {
    if (closesQuote(tokens[j]) && /[,?!]/.test(tokens[j].post)) return j + 1;
    if (breaksAfter(tokens[j]) || /^(that|who|which|and|but|when|as)$/.test(tokens[j].normal)) break;
  }
  return first;
}
