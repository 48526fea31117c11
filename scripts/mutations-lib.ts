// Planted changes for the mutation eval: a seeded generator working on the RAW TEXT only (numbers,
// dates written out, quoted strings, capitalised names). It never asks the analysis what is a
// figure, a date, a quote or a name, so the comparison is measured, not echoed.

import { seeded } from './eval-grouping.ts';

export type MutationType = 'figure' | 'date' | 'quote' | 'name';
export const MUTATION_TYPES: readonly MutationType[] = ['figure', 'date', 'quote', 'name'];

/** Replace text[start, end) with `after`. */
export interface Mutation {
  type: MutationType;
  start: number;
  end: number;
  before: string;
  after: string;
}

export function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SMALL = new Set('that this with from have were been they their there which would could about after before said says when where while into than them then what your also just over only very more most some such other these those will shall being because between against during without within'.split(' '));

export function apply(text: string, m: Mutation): string {
  return text.slice(0, m.start) + m.after + text.slice(m.end);
}

/**
 * Quoted strings of the raw text: curly pairs, and straight pairs taken left to right within a
 * line with an even number of marks, each pair hugging its words (`"a b"`, not `" a b "`).
 */
export function quotedStrings(text: string): Array<{ start: number; inner: string }> {
  const out: Array<{ start: number; inner: string }> = [];
  for (const m of text.matchAll(/“([^“”\n]{10,400})”/g)) out.push({ start: m.index! + 1, inner: m[1] });
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marks = [...line.matchAll(/"/g)].map((m) => m.index!);
    if (marks.length % 2 === 0) {
      for (let i = 0; i < marks.length; i += 2) {
        const inner = line.slice(marks[i] + 1, marks[i + 1]);
        if (inner.length >= 10 && inner.trim() === inner) out.push({ start: lineStart + marks[i] + 1, inner });
      }
    }
    lineStart += line.length + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A date on a line of its own (a dateline, "January 5, 2011 at 12:19 PM") dates the report, not a happening. */
export function datesSomething(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
  return (line.match(/\b[a-z]{3,}\b/g) ?? []).length >= 4;
}

/** Every place the generator could change, for one type. */
export function sites(text: string, type: MutationType): Mutation[] {
  const out: Mutation[] = [];
  const add = (start: number, before: string, after: string) => {
    if (type === 'date' && !datesSomething(text, start)) return;
    if (after !== before) out.push({ type, start, end: start + before.length, before, after });
  };
  if (type === 'figure') {
    const re = /(?<![\p{L}\p{N}$.,:/#'’-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s+(?:million\s+|billion\s+|thousand\s+)?[a-z]{3,})/gu;
    for (const m of text.matchAll(re)) {
      const n = m[1];
      const at = m.index!;
      if (/^(1[6-9]|20)\d\d$/.test(n)) continue; // a year
      if (new RegExp(`${MONTH}\\s*$`).test(text.slice(Math.max(0, at - 12), at))) continue; // a date
      if (/^\s+(a\.?m\b|p\.?m\b|o'clock|percent)/.test(text.slice(at + n.length, at + n.length + 12))) continue;
      const d = Number(n[0]);
      add(at, n, `${d === 9 ? 8 : d + 1}${n.slice(1)}`);
    }
  } else if (type === 'date') {

    for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?![\\d,]\\d)`, 'g'))) {
      const day = m[1];
      const d = Number(day);
      if (d < 1 || d > 31) continue;
      add(m.index! + m[0].length - day.length, day, String(d <= 27 ? d + 1 : d - 1));
    }
    for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${MONTH}`, 'g'))) {
      const d = Number(m[1]);
      if (d >= 1 && d <= 31) add(m.index!, m[1], String(d <= 27 ? d + 1 : d - 1));
    }
    for (const m of text.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'))) {
      add(m.index!, m[1], WEEKDAYS[(WEEKDAYS.indexOf(m[1]) + 2) % 7]);
    }
  } else if (type === 'quote') {
    const outside = [...text.matchAll(/\b[a-z]{5,}\b/g)].map((m) => m[0]);
    for (const q of quotedStrings(text)) {
      const inner = q.inner;
      const words = [...inner.matchAll(/[\p{L}\p{N}'’]+/gu)];
      if (words.length < 6) continue;
      const inQuote = new Set(words.map((w) => w[0].toLowerCase()));
      const pool = outside.filter((w) => !inQuote.has(w) && !SMALL.has(w));
      for (const w of words) {
        if (!/^[a-z]{4,}$/.test(w[0]) || SMALL.has(w[0]) || pool.length === 0) continue;
        // the replacement: another word of the report, picked by a hash (seeded, reproducible)
        add(q.start + w.index!, w[0], pool[hashSeed(w[0] + inner) % pool.length]);
      }
    }
  } else {
    const re = /(?<=[a-z,;] )([A-Z][a-z]{3,})\b(?!['’]s\b)/g;
    const skip = new Set([...WEEKDAYS, 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
    for (const m of text.matchAll(re)) {
      const w = m[1];
      if (skip.has(w)) continue;
      const vowels = [...w.slice(1, -1)].map((c, i) => ({ c, i: i + 1 })).filter((x) => 'aeiou'.includes(x.c));
      if (vowels.length === 0) continue;
      const v = vowels[hashSeed(w) % vowels.length];
      const swap: Record<string, string> = { a: 'e', e: 'a', i: 'y', o: 'u', u: 'o' };
      add(m.index!, w, w.slice(0, v.i) + swap[v.c] + w.slice(v.i + 1));
    }
  }
  return out;
}

/** One seeded change of the given type in text, or null when the text offers none. */
export function plant(text: string, type: MutationType, seed: number): Mutation | null {
  const all = sites(text, type);
  if (all.length === 0) return null;
  return all[Math.floor(seeded(seed)() * all.length)];
}
