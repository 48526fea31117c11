/**
 * What one double quotation mark does in its place: opens a quote, closes one, or is no quote
 * mark at all (an inch mark, a mark inside leftover HTML or tweet markup). A curly mark turned the
 * wrong way (”Like this“) is read by its neighbours, as a straight mark is, and said to be
 * reversed. Where the neighbours leave it open, a mark has more than one reading and the caller
 * takes the one that balances its paragraph best.
 */
import type { Span } from '../types.js';

export const OPEN_DOUBLE = '\u201C'; // “
export const CLOSE_DOUBLE = '\u201D'; // ”
/** Characters after which a mark opens a quote (or that are "nothing" before it). */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/\u201C\u2018'"]/;
/** Characters after which (after the mark) a mark closes a quote. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-\u2026\u201D\u2019'"]/;
/** Punctuation that ends a clause: a mark glued to it closes the quote that is open. */
const CLAUSE_END = /[.,;:!?\u2026]/;
/** 5'10" and 6’2”: a height, not a quote mark. */
const FEET_INCHES = /\d['\u2019\u2032]\s?\d{1,2}(?:\.\d+)?$/;
/** Invisible format characters (direction marks, zero-width spaces) that pasted text carries. */
const FORMAT = /\p{Cf}/u;
/**
 * A tag of leftover HTML or tweet markup (`<tweet pic="" author="...">`, `<a href=”...”>`): the
 * marks around its attribute values delimit markup, not quotations. Bounded (30 attributes, values
 * of 1,000 characters: the longest in the development data is about 400) so that a stray `<`
 * before a long run of text costs little.
 */
const TAG = /<\/?[A-Za-z][\w:-]{0,30}(?:\s+[\w:-]{1,40}(?:\s*=\s*(?:"[^"<>]{0,1000}"|[\u201C\u201D][^\u201C\u201D"<>]{0,1000}[\u201C\u201D]|'[^'<>]{0,1000}'|[^\s"'\u201C\u201D<>]{1,1000}))?){0,30}\s*\/?>/g;

/**
 * `continue`: the re-opening mark of a quote continued from an earlier paragraph or line;
 * `reopen`: an opening mark that shows the quote still open was never closed.
 */
export type Role = 'open' | 'close' | 'none' | 'continue' | 'reopen';

/** One reading of a mark: its role, and whether a curly mark is read against its shape. */
export interface Reading {
  role: Role;
  reversed: boolean;
}

/**
 * Tweets embedded in leftover markup (`<tweet author="..." ...>“@someone: “...” – @x #tag“<tweet/>`):
 * the tweet's text reproduced as posted, whose marks an editor cannot correct (judged corpus half
 * A, issue 12). From an opening `<tweet ...>` to the next `</tweet>` or `<tweet/>`.
 */
const TWEET = /<tweet\b[^<>]{0,2000}>[^]*?<\/?tweet\s*\/?>/gi;

export function embeddedTweets(text: string): Span[] {
  if (!text.includes('<tweet')) return [];
  return [...text.matchAll(TWEET)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The spans of markup tags in `text`, in order. */
export function markupSpans(text: string): Span[] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(TAG)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Whether `c` is a double quotation mark. */
export const isDoubleMark = (c: string): boolean => c === '"' || c === OPEN_DOUBLE || c === CLOSE_DOUBLE;

/** The character before `i` in the paragraph starting at `min`, format characters skipped; a space at its start. */
function prevChar(text: string, i: number, min: number): string {
  let j = i - 1;
  while (j >= min && FORMAT.test(text[j])) j--;
  return j >= min ? text[j] : ' ';
}

/** Whether only white space and format characters stand between the line's start and `i`. */
export function atLineStart(text: string, i: number, min: number): boolean {
  let j = i - 1;
  while (j >= min && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || FORMAT.test(text[j]))) j--;
  return j < min || text[j] === '\n';
}

/**
 * The readings of the mark at `i` in the paragraph [min, max) (which ends on a non-space, so a
 * mark at `max - 1` has nothing after it) when a quote is (`isOpen`) or is not open; the first is
 * the one its neighbours favour.
 */
export function readings(text: string, i: number, min: number, max: number, isOpen: boolean): Reading[] {
  const c = text[i];
  const prev = prevChar(text, i, min);
  const next = i + 1 < max ? text[i + 1] : ' ';
  if (/\d/.test(prev) && c !== OPEN_DOUBLE) {
    const height = FEET_INCHES.test(text.slice(Math.max(min, i - 8), i));
    if (height || !isOpen) return [{ role: 'none', reversed: false }]; // 5'10", a 12" pipe, a 13.3” display
  }
  const leftOk = BEFORE_OPEN.test(prev);
  const rightOk = AFTER_CLOSE.test(next);
  if (c === '"') return [{ role: straightRole(prev, next, leftOk, rightOk, isOpen), reversed: false }];
  const byNeighbours: Role | null = leftOk && !rightOk ? 'open' : !leftOk && rightOk ? 'close' : null;
  const open: Reading = { role: 'open', reversed: c === CLOSE_DOUBLE };
  const close: Reading = { role: 'close', reversed: c === OPEN_DOUBLE };
  if (c === OPEN_DOUBLE) {
    if (!isOpen) return [open]; // closing nothing: an opening mark, at worst mis-spaced (KKK“ abhorrent”)
    if (byNeighbours === 'close') return [close, open]; // here,“ said he
    if (byNeighbours === null && (CLAUSE_END.test(prev) || i + 1 >= max)) return [close, open]; // stand.“[Source] / that. “
    return byNeighbours === null ? [open, close] : [open];
  }
  if (byNeighbours === 'open') return [open, close]; // a paragraph or a word opened with ”
  if (byNeighbours === 'close' && !isOpen && /[,:]/.test(prev) && i + 1 < max) return [close, open]; // He says,” nobody listens”
  // ” … he said: at a line's start, with words after it, it can only open
  return byNeighbours === null && !isOpen && i + 1 < max && atLineStart(text, i, min) ? [open, close] : [close];
}

/**
 * What a straight double mark does, from its neighbours: after a space and before a word it
 * opens, after a word and before a space or punctuation it closes; otherwise the state decides.
 */
function straightRole(prev: string, next: string, leftOk: boolean, rightOk: boolean, isOpen: boolean): Role {
  if (leftOk && !rightOk) return 'open';
  if (!leftOk && rightOk) return 'close';
  if (leftOk && rightOk && /\s/.test(prev) && /\s/.test(next) && !isOpen) return 'none'; // a lone mark between spaces
  return isOpen ? 'close' : 'open';
}

/**
 * An abbreviation's period at the end of a passage, not a sentence's end: an initial (U.S.), a title
 * (Sen., Dr., Pres.), a month (Sept., Feb.), etc. Also read by continued-quotes.ts.
 */
export const ABBREVIATION = /(?:^|[\s(.])(?:\p{L}|Mrs?|Ms|Dr|Prof|Pres|Rev|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|vs|etc|Inc|Co|Corp|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/**
 * Whether the opening mark at `i` starts a new sentence: after a sentence's end on the same line
 * and before a capital. Inside an open quote of the same kind of mark, such a mark starts a new
 * quote, so the open one was never closed: a quote nested in a quote is a phrase of its
 * sentence ("he calls “hell” home"), and does not open a sentence of its own.
 */
export function startsSentence(text: string, i: number, min: number): boolean {
  if (!/\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  let j = i - 1;
  while (j >= min && (text[j] === ' ' || text[j] === '\t' || FORMAT.test(text[j]))) j--;
  if (j === i - 1 || j < min || !/[.!?\u2026]/.test(text[j])) return false;
  return text[j] !== '.' || !ABBREVIATION.test(text.slice(Math.max(min, j - 6), j + 1));
}

/** Whether a paragraph starts with a mark that re-opens a quote left open by the previous one. */
export function opensContinuation(text: string, start: number, end: number): boolean {
  const c = text[start];
  if (c === OPEN_DOUBLE) return true;
  return c === '"' && readings(text, start, start, end, false)[0].role === 'open';
}
