import type { Span } from '../types.js';
import { tagTexts, type SentenceCache, type TaggedTerm } from './tag.js';

/** One compromise term with its UTF-16 offsets into the text that was parsed. */
export interface Token {
  text: string;
  /** compromise's normal form: lower case, punctuation stripped. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and whitespace before/after the word, as compromise split them. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the sentence (in `ParsedText.sentences`) that holds the token. */
  sentence: number;
}

export interface ParsedText {
  tokens: Token[];
  /** Sentence spans (first token start to last token end plus closing punctuation). */
  sentences: Span[];
  /** Token index range [first, last) of each sentence. */
  sentenceTokens: Array<[number, number]>;
}

/** Trailing punctuation (and closing quote marks) kept in a sentence span. */
const SENTENCE_TAIL = /^[\s]*[.!?…]*["'”’)\]]*/;

/**
 * Parses `text` with compromise (the only call to its tagger in the service, see tag.ts) and
 * returns tokens with offsets. compromise is lossless (pre + text + post rebuild the input), but
 * the offsets are found by searching forward so that a mismatch can never produce a range outside
 * the text. With a sentence cache, only sentences not seen before are tagged.
 */
export function parseText(text: string, cache?: SentenceCache): ParsedText {
  return parseTexts([text], cache)[0];
}

/** parseText of each text, their sentences tagged in one pass (tagTexts: cheaper than one pass each). */
export function parseTexts(texts: readonly string[], cache?: SentenceCache): ParsedText[] {
  const blank = texts.map((t) => t.trim() === '');
  const tagged = tagTexts(texts.filter((_, i) => !blank[i]).map((t) => capRuns(unwrapLines(t))), cache);
  let next = 0;
  return texts.map((t, i) => (blank[i] ? { tokens: [], sentences: [], sentenceTokens: [] } : withOffsets(t, tagged[next++])));
}

/** Tokens with their offsets in `text`, and the sentences, from compromise's tagged sentences of it. */
function withOffsets(text: string, tagged: readonly TaggedTerm[][]): ParsedText {
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  let cursor = 0;
  for (const terms of tagged) {
    const first = tokens.length;
    for (const term of terms) {
      const word = term.text;
      let start = word === '' ? -1 : text.indexOf(word, cursor);
      if (start < 0) start = cursor;
      const end = word === '' ? start : start + word.length;
      tokens.push({ text: word, normal: term.normal, start, end, pre: term.pre, post: term.post, tags: term.tags, sentence: sentences.length });
      cursor = end;
    }
    if (tokens.length === first) continue;
    const last = tokens[tokens.length - 1];
    const tail = SENTENCE_TAIL.exec(last.post.replace(/\s+$/, ''));
    const sentEnd = Math.min(text.length, last.end + (tail ? tail[0].length : 0));
    sentences.push({ start: tokens[first].start - leadingMarks(tokens[first].pre), end: sentEnd });
    sentenceTokens.push([first, tokens.length]);
  }
  return { tokens, sentences, sentenceTokens };
}

/** Opening quote marks/brackets directly before a sentence's first word belong to the sentence. */
function leadingMarks(pre: string): number {
  const m = /["'“‘([]*$/.exec(pre);
  return m ? m[0].length : 0;
}

/** A line that ends a sentence, a heading or a list item: sentence punctuation or a closing mark last. */
const LINE_END = /[.!?:;"”’)\]]\s*$/;
/** A line cut mid-sentence: it ends with a comma, a hyphen or a word that cannot end one. */
const CUT_END = /(?:[,\-–—]|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|that|as|than|said|told|has|have|had|is|are|was|were|be|been|who|which|more|less)) *$/i;

/**
 * compromise ends a sentence at every line break, which breaks hard-wrapped reports (wire copy
 * wrapped at 72 columns) into fragments. A break inside a paragraph is read as a space when the
 * line before it cannot end a sentence and either the next line starts in lower case or the
 * line before ends mid-phrase. Headlines, datelines and one-sentence-per-line text keep their
 * breaks. The replacement is one character for one, so offsets do not move.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/([^\r\n]*)(\r?\n)(?=[ \t]*(\S))/g, (whole, line: string, br: string, next: string) => {
    if (line.trim() === '' || LINE_END.test(line)) return whole;
    const lowerNext = next.toLowerCase() === next && next.toUpperCase() !== next;
    if (!lowerNext && !CUT_END.test(line)) return whole;
    return line + ' '.repeat(br.length);
  });
}

/** The longest stretch compromise sees without a sentence end or a line break. */
const MAX_RUN = 2000;

/**
 * compromise's tagger slows down sharply on one sentence of thousands of words (a pasted dump
 * with no full stop: 85,000 characters took 25 s, capped 0.5 s). A stretch longer than MAX_RUN
 * with no `.`, `!`, `?` or line break gets a line break (where compromise ends a sentence) in
 * place of a space about every MAX_RUN characters. One character for one: offsets do not move.
 */
export function capRuns(text: string): string {
  if (text.length <= MAX_RUN) return text;
  return text.replace(new RegExp(`[^.!?\\n]{${MAX_RUN + 1},}`, 'g'), (run) => {
    let out = '';
    let from = 0;
    while (run.length - from > MAX_RUN) {
      const space = run.lastIndexOf(' ', from + MAX_RUN);
      const at = space > from ? space : from + MAX_RUN;
      out += run.slice(from, at) + (run[at] === ' ' ? '\n' : run[at]);
      from = at + 1;
    }
    return out + run.slice(from);
  });
}
