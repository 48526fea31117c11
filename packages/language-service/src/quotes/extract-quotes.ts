import { splitParagraphs } from '../text/prepare.js';
import type { UnbalancedQuote } from '../rules/findings.js';
import type { Quote, Span } from '../types.js';
import { findSingleQuotes } from './single-quotes.js';


const OPEN_DOUBLE = '\u201C'; // “
const CLOSE_DOUBLE = '\u201D'; // ”
/** Characters after which a straight mark opens a quote (or that are "nothing" before it). */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/\u201C\u2018'"]/;
/** Characters after which (after the mark) a straight mark closes a quote. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-\u2026\u201D\u2019'"]/;
/** 5'10" and 6' 2": a height, not a quote mark. */
const FEET_INCHES = /\d['\u2019\u2032]\s?\d{1,2}(?:\.\d+)?$/;

type Role = 'open' | 'close' | 'none';

interface OpenMark {
  pos: number;
  curly: boolean;
}

/**
 * Finds quotations in the whole report (straight and curly double marks, and a double quote of the
 * other style nested in one: "He read: “...” aloud"; single marks nested inside them or standing
 * alone) and reports unbalanced double marks. A paragraph that ends inside a quote continues it
 * when the next paragraph opens with a new mark (the news convention for quotes over several
 * paragraphs): the quote then spans both paragraphs. Apostrophes and inch marks are never taken
 * as quote marks.
 */
export function extractQuotes(text: string): { quotes: Quote[]; unbalanced: UnbalancedQuote[] } {
  const quotes: Quote[] = [];
  const unbalanced: UnbalancedQuote[] = [];
  const paragraphs = splitParagraphs(text);
  const open: OpenMark[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const doubles: Span[] = [];
    const from = open.length > 0 ? start + 1 : start; // skip the re-opening mark of a continued quote
    for (let i = from; i < end; i++) {
      const c = text[i];
      if (c !== '"' && c !== OPEN_DOUBLE && c !== CLOSE_DOUBLE) continue;
      const role = c === OPEN_DOUBLE ? 'open' : c === CLOSE_DOUBLE ? curlyCloseRole(text, i, start, open.length > 0) : straightRole(text, i, start, end, open.length > 0);
      if (role === 'open') {
        const top = open[open.length - 1];
        if (top && continuesOnNewLine(text, top.pos, i)) continue; // one paragraph a line: the same convention
        // a quote of the other style may nest once; otherwise the open quote was never closed
        if (top && (open.length > 1 || top.curly === (c === OPEN_DOUBLE))) unbalanced.push(unclosed(open.pop()!.pos));
        open.push({ pos: i, curly: c === OPEN_DOUBLE });
      } else if (role === 'close') {
        const top = open.pop();
        if (!top) { unbalanced.push(unopened(i)); continue; }
        pushQuote(quotes, text, top.pos, i + 1, open.length);
        if (open.length === 0) doubles.push({ start: Math.max(top.pos, start), end: i + 1 });
      }
    }
    if (open.length > 0) {
      const next = paragraphs[p + 1];
      if (next && opensContinuation(text, next.start, next.end)) {
        doubles.push({ start: Math.max(open[0].pos, start), end }); // the quote goes on in the next paragraph
      } else {
        for (const o of open) unbalanced.push(unclosed(o.pos));
        open.length = 0;
      }
    }
    for (const q of findSingleQuotes(text, { start, end }, doubles)) quotes.push(q);
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  unbalanced.sort((a, b) => a.start - b.start);
  return { quotes, unbalanced };
}

function pushQuote(quotes: Quote[], text: string, start: number, end: number, depth: number): void {
  const content = text.slice(start + 1, end - 1);
  if (content.trim() === '') return;
  quotes.push({ start, end, content: { start: start + 1, end: end - 1, text: content }, speaker: null, depth });
}

/** An opening mark at the start of a line while a quote opened on an earlier line is still open. */
function continuesOnNewLine(text: string, openPos: number, i: number): boolean {
  let j = i - 1;
  while (j > openPos && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  return j > openPos && text[j] === '\n';
}

/** Whether a paragraph starts with a mark that re-opens a quote left open by the previous one. */
function opensContinuation(text: string, start: number, end: number): boolean {
  const c = text[start];
  if (c === OPEN_DOUBLE) return true;
  return c === '"' && straightRole(text, start, start, end, false) === 'open';
}

/**
 * What a straight double mark does, from its neighbours: after a space and before a word it
 * opens, after a word and before a space or punctuation it closes; otherwise the state decides.
 */
function straightRole(text: string, i: number, min: number, max: number, isOpen: boolean): Role {
  const prev = i > min ? text[i - 1] : ' ';
  const next = i + 1 < max ? text[i + 1] : ' ';
  if (/\d/.test(prev) && (FEET_INCHES.test(text.slice(Math.max(min, i - 8), i)) || !isOpen)) return 'none';
  const leftOk = BEFORE_OPEN.test(prev);
  const rightOk = AFTER_CLOSE.test(next);
  if (leftOk && !rightOk) return 'open';
  if (!leftOk && rightOk) return 'close';
  if (leftOk && rightOk && /\s/.test(prev) && /\s/.test(next) && !isOpen) return 'none'; // a lone mark between spaces
  return isOpen ? 'close' : 'open';
}

/** A curly closing mark after a number with no quote open is an inch mark: a 13.3” display. */
function curlyCloseRole(text: string, i: number, min: number, isOpen: boolean): Role {
  return !isOpen && i > min && /\d/.test(text[i - 1]) ? 'none' : 'close';
}

function unclosed(pos: number): UnbalancedQuote {
  return { start: pos, end: pos + 1, side: 'unclosed' };
}

function unopened(pos: number): UnbalancedQuote {
  return { start: pos, end: pos + 1, side: 'unopened' };
}
