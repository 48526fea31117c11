// The layout a quotation's marks are paired in: the double marks of the text (not those of markup
// tags), the line of its paragraph each stands on, and the lines no quotation runs across.
import type { Span } from '../types.js';
import { isDoubleMark, markupSpans } from './quote-marks.js';

/** One paragraph: its span, its double marks and the line of the paragraph each stands on. */
export interface Para extends Span {
  text: string;
  marks: number[];
  lines: number[];
  /** The lines (of the paragraph) that end a block of text no quote runs across (`headLines`), in order. */
  stops: number[];
}

/** The paragraph's marks with the line each stands on. */
export function withLines(text: string, para: Span, marks: number[]): Para {
  const lines: number[] = [];
  let line = 0;
  let at = para.start;
  for (const i of marks) {
    for (; at < i; at++) if (text.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return { ...para, text, marks, lines, stops: marks.length > 0 ? headLines(text, para) : [] };
}

/** When a paragraph's lines are read as sentences or paragraphs of their own (`headLines`). */
export const QUOTE_LINE_OPTIONS = Object.freeze({
  /**
   * Above this share of a paragraph's lines (the last aside) ending without punctuation, the
   * paragraph is text wrapped at a fixed width, whose lines end anywhere in a sentence. Not tuned:
   * ECB+ paragraphs (a sentence a line) are mostly under 0.3, their headline and address lines
   * being the bare ones; wrapped prose ends nearly every line on a word.
   */
  wrappedShare: 0.5,
});

/** Words a line ends on when it ends without punctuation: a letter or a digit (a headline, a dateline, an address). */
const BARE_END = /[\p{L}\p{N}][\s\p{Cf}]*$/u;
/** What opens a line that starts afresh: a capital, a digit or a quotation mark. */
const FRESH_START = /^[\s\p{Cf}]*[\p{Lu}\p{N}"\u201C\u201D]/u;

/**
 * The lines of a paragraph written one sentence or one paragraph a line (the lines of news copy
 * pasted from the web, or of a corpus' one-sentence-a-line text) that end without punctuation
 * before a line starting afresh: a headline, a dateline, a web address, a byline. A quotation never
 * runs across one (`CHARGED WITH MURDER: ... the "very spiritual' female Kraft employee⏎The woman
 * who ...`, ECB+ 22_3ecbplus: the straight mark is never closed, and does not pair with a closing
 * mark twelve lines on). Text wrapped at a fixed width (most lines end without punctuation) has
 * none: its lines are not sentences.
 */
function headLines(text: string, para: Span): number[] {
  const lines = text.slice(para.start, para.end).split('\n');
  if (lines.length < 2) return [];
  const bare = lines.slice(0, -1).map((l) => BARE_END.test(l));
  if (bare.length >= 2 && bare.filter(Boolean).length / bare.length > QUOTE_LINE_OPTIONS.wrappedShare) return []; // wrapped at a fixed width
  return bare.flatMap((b, i) => (b && FRESH_START.test(lines[i + 1]) ? [i] : []));
}

/** The double marks of the text, leaving out those inside markup tags. */
export function markPositions(text: string): number[] {
  const tags = markupSpans(text);
  const out: number[] = [];
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDoubleMark(text[i])) continue;
    while (t < tags.length && tags[t].end <= i) t++;
    if (t < tags.length && tags[t].start <= i) continue;
    out.push(i);
  }
  return out;
}

