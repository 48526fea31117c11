import type { ParagraphContext } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Span } from '../types.js';
import { CUE_FORMS } from './cue-words.js';
import { breaksAfter, npStartingAt, participleOpens } from './phrases.js';

/**
 * Where reported content starts and ends, on compromise's tokens and the paragraph's quote spans:
 * after a cue, up to a contrast or a second cue, grown over the quotes it cuts into.
 */

/** A sentence as a token range. */
export interface Sentence {
  first: number;
  /** Exclusive. */
  end: number;
}

/** The sentence after a cue that ends its own sentence with a colon ("He said: “...”"). */
export function nextSentence(ctx: ParagraphContext, tokens: readonly Token[], from: number): Span | null {
  if (from >= tokens.length) return null;
  const sentence = tokens[from].sentence;
  let end = from;
  while (end < tokens.length && tokens[end].sentence === sentence) end++;
  return withQuotes(ctx, { start: tokenStart(tokens[from]), end: sentenceEnd(tokens, { first: from, end }) });
}

/** A quote that opens right after the sentence ("“A,” he said. “B.”"), or null. */
export function quoteResuming(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence): Span | null {
  const at = sentenceEnd(tokens, s);
  const q = ctx.quotes.find((x) => x.start >= at && x.start <= at + 2);
  return q && /^[\s.]*$/.test(ctx.text.slice(at, q.start)) ? q : null;
}

/** The index of the quote that holds `pos` (marks excluded), or -1. */
export function quoteAt(ctx: ParagraphContext, pos: number): number {
  return ctx.quotes.findIndex((q) => q.start < pos && pos < q.end);
}

export function quoteJustBefore(ctx: ParagraphContext, at: number): Span | null {
  for (let i = ctx.quotes.length - 1; i >= 0; i--) {
    const q = ctx.quotes[i];
    if (q.end > at) continue;
    return /^[\s,.!?]*$/.test(ctx.text.slice(q.end, at)) ? { start: q.start, end: q.end } : null;
  }
  return null;
}

/**
 * The content after a cue at token `from`: "that ...", a quote after a comma or colon, or the
 * clause. Skips the hearer of "told" and a short adjunct ("in a statement", "on Tuesday").
 */
/**
 * The hearer after "told": a noun phrase that stops where a second one starts ("told CNN the deal
 * was near", "told reporters the talks failed").
 */
function objectEnd(tokens: readonly Token[], first: number, max: number): number {
  const last = npStartingAt(tokens, first, max);
  for (let i = first + 1; i <= last; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    // "told CBS the deal": the name is the object; "called AP's report a ...": a possessive name goes on
    if (t.tags.has('Determiner') || /^[a-z]/.test(t.text) && /^[A-Z]/.test(prev.text) && !prev.tags.has('Determiner') && !prev.tags.has('Possessive')) return i - 1;
    if (prev.tags.has('Plural') && !t.tags.has('Plural') && !/^(of|for|at|from|with|in|on)$/.test(t.normal)) return i - 1;
  }
  return last;
}

export function contentAfter(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, from: number, hasObject: boolean): Span | null {
  if (from >= s.end || breaksAfter(tokens[from - 1]) && !/[:,]/.test(tokens[from - 1].post) && !/[“"]/.test(tokens[from]?.pre ?? '')) return null;
  // "“...?” Trump asked, looking far from displeased.": a participle after the comma opens an aside, not what was said;
  // "The company said, citing sales data, that profits rose": what follows the aside is
  if (/^,\s*$/.test(tokens[from - 1].post) && participleOpens(tokens[from])) {
    let close = from;
    while (close < s.end - 1 && !/^,\s*$/.test(tokens[close].post)) close++;
    if (close >= s.end - 1) return null;
    from = close + 1;
  }
  let i = from;
  if (hasObject && tokens[i].normal !== 'that' && !/[“"]/.test(tokens[i].pre)) {
    const objLast = objectEnd(tokens, i, s.end);
    if (objLast >= 0) i = objLast + 1;
  }
  // a short adjunct before "that" or before a comma/colon that opens a quote
  for (let a = i; a < Math.min(s.end, i + 12); a++) {
    if (tokens[a].normal === 'that' && !/[“"]/.test(tokens[a].pre)) { i = a; break; }
    if (/[“"]/.test(tokens[a].pre) || tokens[a].tags.has('Verb') && a > i) break;
    if (breaksAfter(tokens[a])) {
      if (/[:,]\s*[“"]?\s*$/.test(tokens[a].post) && a + 1 < s.end && /[“"]/.test(tokens[a].post + tokens[a + 1].pre)) i = a + 1;
      break;
    }
  }
  if (i >= s.end || isBareAdjunct(tokens, i, s.end)) return null;
  return withQuotes(ctx, { start: tokenStart(tokens[i]), end: clauseEnd(ctx, tokens, s, i) });
}

/** Prepositions that open where, when or to whom something was said ("to a crowd", "at a rally in Iowa"). */
const PLACE_PREPOSITIONS = new Set(['to', 'at', 'in', 'during', 'after', 'before', 'from', 'outside', 'inside', 'near', 'with', 'aboard']);

/** "to a crowd of about 500 in Iowa": a phrase of place or hearer to the sentence's end, no verb nor quote in it. */
export function placeAdjunct(tokens: readonly Token[], from: number, end: number): boolean {
  if (from >= end || !PLACE_PREPOSITIONS.has(tokens[from].normal)) return false;
  for (let i = from; i < end; i++) if (tokens[i].tags.has('Verb') || /[“"”]/.test(tokens[i].pre + tokens[i].post)) return false;
  return true;
}

/** "said Monday.", "said in a statement.", "told reporters on Tuesday.": no content after the cue. */
function isBareAdjunct(tokens: readonly Token[], from: number, end: number): boolean {
  if (end - from > 5 || /[“"]/.test(tokens[from].pre)) return false;
  for (let i = from; i < end; i++) if (tokens[i].tags.has('Verb') || /[“"”]/.test(tokens[i].pre + tokens[i].post)) return false;
  return true;
}

const CONTRAST = new Set(['though', 'although', 'but', 'while', 'whereas']);

/**
 * Where reported content that starts at token `from` ends: the sentence end, or before ", though
 * ..." and the like, or before "and" + another cue verb ("... and encouraged Americans to").
 */
export function clauseEnd(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, from: number): number {
  const inQuote = quoteAt(ctx, tokens[from].start);
  for (let i = from + 1; i < s.end - 1; i++) {
    if (quoteAt(ctx, tokens[i].start) !== inQuote) continue;
    const next = tokens[i + 1];
    if (/,/.test(tokens[i].post) && CONTRAST.has(next.normal)) return tokens[i].end;
    if (next.normal === 'and' && i + 2 < s.end && CUE_FORMS.has(tokens[i + 2].normal) && tokens[i + 2].tags.has('Verb')) return tokens[i].end;
  }
  return sentenceEnd(tokens, s);
}

/** Grows a span to cover every quote it starts or ends inside (multi-sentence quotes). */
export function withQuotes(ctx: ParagraphContext, span: Span): Span {
  let { start, end } = span;
  for (const q of ctx.quotes) {
    if (q.start < start && q.end > start && q.end <= end + 2) start = q.start;
    if (q.start < end && q.end > end && q.start >= start - 1) end = q.end;
  }
  return { start, end };
}

/** A token's start including an opening quote mark directly before it. */
export function tokenStart(t: Token): number {
  const m = /[“"‘]$/.exec(t.pre);
  return m ? t.start - 1 : t.start;
}

export function sentenceStart(tokens: readonly Token[], s: Sentence): number {
  return tokenStart(tokens[s.first]);
}

/** The end of the sentence's last word, plus closing punctuation and a closing quote mark. */
export function sentenceEnd(tokens: readonly Token[], s: Sentence): number {
  const last = tokens[s.end - 1];
  const m = /^[.,!?;:…]*["”’']/.exec(last.post);
  return last.end + (m ? m[0].length : 0);
}

const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where', 'while', 'whereas', 'but', 'although', 'though', 'as', 'when']);

/** The clause around token `k`: the sentence, cut before ", which ..." and the like after `k`. */
export function clauseSpan(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, k: number): Span {
  for (let i = k; i < s.end - 1; i++) {
    if (/[,;]/.test(tokens[i].post) && CLAUSE_OPENERS.has(tokens[i + 1].normal) && quoteAt(ctx, tokens[i].end) < 0) {
      return withQuotes(ctx, { start: sentenceStart(tokens, s), end: tokens[i].end });
    }
  }
  return sentenceSpan(ctx, tokens, s);
}

export function sentenceSpan(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence): Span {
  return withQuotes(ctx, { start: sentenceStart(tokens, s), end: tokens[s.end - 1].end });
}
