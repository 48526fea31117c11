import type { Quote, Span } from '../types.js';

const OPEN_SINGLE = '\u2018'; // ‘
const CLOSE_SINGLE = '\u2019'; // ’
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** What may stand before an opening single mark: a space, an opening bracket or double mark, a dash. */
const BEFORE_OPEN = /[\s([{\u2014\u2013/\u201C"]/;
/** Elisions written with a leading apostrophe: 'n', 'em, 'til, 'cause, 'tis, 'twas, 'round. */
const ELISION = /^(?:n|em|til|cause|tis|twas|round|bout|til|nuff)(?![\p{L}\p{N}])/iu;

/**
 * Single-mark quotes in one paragraph: nested inside the double quotes `doubles` (depth 1) and
 * standing alone outside them (depth 0). A mark between two letters (don't, Isma’il, Israel's)
 * is an apostrophe; so is one before a digit ('90s) or an elision ('n', 'em). An opening mark
 * with no closing mark in its region is left alone: apostrophes are far more common than
 * unbalanced single quotes, so single marks never raise a diagnostic.
 */
export function findSingleQuotes(text: string, paragraph: Span, doubles: readonly Span[]): Quote[] {
  const out: Quote[] = [];
  let at = paragraph.start;
  for (const d of doubles) {
    scanRegion(text, at, d.start, 0, out);
    scanRegion(text, d.start + 1, d.end - 1, 1, out);
    at = d.end;
  }
  scanRegion(text, at, paragraph.end, 0, out);
  return out;
}

function scanRegion(text: string, start: number, end: number, depth: number, out: Quote[]): void {
  let i = start;
  while (i < end) {
    if (!isOpener(text, i, start, end)) { i++; continue; }
    const close = findCloser(text, i + 1, end, depth > 0);
    if (close < 0) { i++; continue; }
    const content = text.slice(i + 1, close);
    out.push({ start: i, end: close + 1, content: { start: i + 1, end: close, text: content }, speaker: null, depth });
    i = close + 1;
  }
}

function isOpener(text: string, i: number, min: number, max: number): boolean {
  const c = text[i];
  if (c !== OPEN_SINGLE && c !== "'") return false;
  const prev = i > min ? text[i - 1] : ' ';
  const next = i + 1 < max ? text[i + 1] : ' ';
  if (!BEFORE_OPEN.test(prev) || !LETTER.test(next)) return false;
  const rest = text.slice(i + 1, Math.min(max, i + 8));
  if (ELISION.test(rest)) return false;
  return !/^\p{L}(?![\p{L}\p{N}])/u.test(rest) || /^[AI]\s/.test(rest); // 's, 'd, 'm: elided words
}

/**
 * The closing mark for an opener: the first mark after a non-space that is not followed by a
 * letter or digit, before the next opener. A plural possessive before a lower-case word ("the
 * players' union") is taken only inside a double quote and only when no other mark closes, or when
 * what comes next is another opener ("‘Hunger Games’ sequel ‘Catching Fire’": single quotes do not
 * nest in single quotes) or a closer on a later line ("'The Hunger Games' sequel is in
 * negotiations.⏎04/04/2012⏎According to ''The Hollywood Reporter''": a line of its own is closed
 * on its line).
 */
function findCloser(text: string, from: number, end: number, allowWeak: boolean): number {
  let weak = -1;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === OPEN_SINGLE && isOpener(text, j, from, end)) return weak;
    if (c !== CLOSE_SINGLE && c !== "'") continue;
    const prev = text[j - 1];
    const next = j + 1 < end ? text[j + 1] : ' ';
    if (/\s/.test(prev) || WORD.test(next)) {
      if (isOpener(text, j, from, end)) return weak;
      continue;
    }
    const after = text[j + 2] ?? '';
    if (/[sS]/.test(prev) && /\s/.test(next) && LETTER.test(after) && after === after.toLowerCase()) {
      if (weak < 0) weak = j;
      continue;
    }
    return weak >= 0 && text.slice(weak, j).includes('\n') ? weak : j;
  }
  return allowWeak ? weak : -1;
}
