import { compareStrings } from '../order.js';
import { knownWord, oneEdit } from '../identity/names.js';
import { markOf, type ReportTerms } from './features.js';

export interface NameSlipOptions {
  /**
   * Letters a name word needs for a slip of it to count as the same word. 4: the shortest surname
   * the pairs eval plants a slip in ("Page" / "Pgae"); at 4, pnpm eval grouping and archive put
   * together exactly the pairs they did without mending (issue 13, session 17).
   */
  minLength: number;
}

export const NAME_SLIPS: NameSlipOptions = { minLength: 4 };

/**
 * The grouping terms with slipped name words mended: a word of a person's name that one report
 * alone writes, one slip (a letter changed, added, dropped, or two swapped) from a word of a
 * person's name in another report, where the two names share another word (by its first four
 * letters: "Bettie Pgae" / "Betty Mae Page", "Jerry Ortzi" / "Luis Gerardo (Jerry) Ortiz"), is read
 * as that word, in every term of the report (the word, its word pairs, the entity's name). A
 * misspelt surname then keeps its weight in the grouping, which compares the reports' terms
 * exactly. Not mended: a word the report also writes the other way (two names, not one spelled two
 * ways), two words the lexicon knows ("John" / "Joan"), a plural or a demonym ("Oscar" /
 * "Oscars"). Of two lone words, the first in string order is kept. Reports without such a word keep
 * their terms (the same object). Cost: one pass over the names of people, an index of the lone
 * words, then only the reports that hold one (about 0.4 s CPU of the 8-9 s that grouping 10,000
 * bench reports takes, session 17).
 */
export function mendNameSlips(all: readonly ReportTerms[], options: NameSlipOptions = NAME_SLIPS): readonly ReportTerms[] {
  // the reports that write each name word, in report order
  const reportsOf = new Map<string, number[]>();
  all.forEach((t, d) => {
    for (const w of nameWords(t, options.minLength)) {
      const list = reportsOf.get(w);
      if (list) list.push(d);
      else reportsOf.set(w, [d]);
    }
  });
  const mend = slipTargets(all, reportsOf);
  if (mend.size === 0) return all;
  const touched = new Set<number>();
  for (const b of mend.keys()) touched.add(reportsOf.get(b)![0]);
  return all.map((t, d) => (touched.has(d) ? rewritten(t, mend) : t));
}

/** Per terms object: its distinct name words of `min` letters a-z or more (terms kept between runs are read once). */
const wordsCache = new WeakMap<ReportTerms, { min: number; words: string[] }>();

function nameWords(t: ReportTerms, min: number): string[] {
  const cached = wordsCache.get(t);
  if (cached && cached.min === min) return cached.words;
  const words = new Set<string>();
  for (const key of t.names ?? []) for (const w of key.split(' ')) if (w.length >= min && /^[a-z]+$/.test(w)) words.add(w);
  const out = [...words];
  wordsCache.set(t, { min, words: out });
  return out;
}

/** Each slipped word (one report's alone) and the word it is read as. */
function slipTargets(all: readonly ReportTerms[], reportsOf: ReadonlyMap<string, readonly number[]>): Map<string, string> {
  // the lone words by their hashes and their hashes with a letter dropped: a word within one edit
  // of a lone word shares one of them (checked by oneEdit; no strings made)
  const lone = new Map<number, string | string[]>();
  for (const [w, list] of reportsOf) {
    if (list.length !== 1) continue;
    deletionHashes(w, (h) => {
      const there = lone.get(h);
      if (there === undefined) lone.set(h, w);
      else if (typeof there === 'string') { if (there !== w) lone.set(h, [there, w]); }
      else if (!there.includes(w)) there.push(w);
    });
  }
  if (lone.size === 0) return new Map();
  const out = new Map<string, string>();
  const consider = (a: string, reports: readonly number[], b: string) => {
    // of two lone words, the first in string order is kept
    if (b === a || (reports.length === 1 && compareStrings(a, b) > 0) || !oneEdit(a, b) || !slip(a, b)) return;
    const r = reportsOf.get(b)![0];
    if (reports.includes(r) || !shareWord(all, a, reports, b, r)) return;
    const before = out.get(b);
    const n = before === undefined ? -1 : reportsOf.get(before)!.length;
    if (n < reports.length || (n === reports.length && compareStrings(a, before!) < 0)) out.set(b, a);
  };
  for (const [a, reports] of reportsOf) {
    deletionHashes(a, (h) => {
      const there = lone.get(h);
      if (there === undefined) return;
      if (typeof there === 'string') consider(a, reports, there);
      else for (const b of there) consider(a, reports, b);
    });
  }
  // a word read as another is no target itself: one step, never a chain
  for (const [from, to] of out) if (out.has(to)) out.set(from, out.get(to)!);
  return out;
}

/** Reports of `a` looked at, at the most, for a word its names share with b's. */
const MAX_SHARED_LOOKUP = 50;

/** The first four letters of the other words of the report's names of people that hold `w`. */
function besideWord(t: ReportTerms, w: string): Set<string> {
  const out = new Set<string>();
  for (const key of t.names ?? []) {
    if (!` ${key} `.includes(` ${w} `)) continue;
    for (const u of key.split(' ')) if (u !== w) out.add(u.slice(0, 4));
  }
  return out;
}

/** Whether a name holding `a` (in one of its reports) and a name holding `b` (in report `r`) share another word, by its first four letters. */
function shareWord(all: readonly ReportTerms[], a: string, reports: readonly number[], b: string, r: number): boolean {
  const mine = besideWord(all[r], b);
  if (mine.size === 0) return false;
  for (let k = 0; k < reports.length && k < MAX_SHARED_LOOKUP; k++) {
    for (const u of besideWord(all[reports[k]], a)) if (mine.has(u)) return true;
  }
  return false;
}

const BASE = 131;
const MAX_WORD = 64;
const prefix = new Uint32Array(MAX_WORD + 1);
const suffix = new Uint32Array(MAX_WORD + 1);
const power = new Uint32Array(MAX_WORD + 1);

/**
 * Calls `each` with the hash of the word and the hash of the word with each letter dropped
 * (polynomial mod 2^32, with the length; buffers reused: no allocation). Words longer than
 * MAX_WORD letters have none.
 */
function deletionHashes(w: string, each: (h: number) => void): void {
  const n = w.length;
  if (n > MAX_WORD) return;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i], BASE) + w.charCodeAt(i)) >>> 0;
    power[i + 1] = Math.imul(power[i], BASE) >>> 0;
  }
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(w.charCodeAt(i), power[n - 1 - i]) + suffix[i + 1]) >>> 0;
  each((Math.imul(prefix[n], 31) + n) >>> 0);
  for (let c = 0; c < n; c++) each((Math.imul((Math.imul(prefix[c], power[n - 1 - c]) + suffix[c + 1]) >>> 0, 31) + n - 1) >>> 0);
}

/** Two words one edit apart that are one name spelled two ways: not a plural or demonym, not two words the lexicon knows. */
function slip(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length > s.length && l.startsWith(s) && /[sn]$/.test(l)) return false;
  return !(knownWord(a) && knownWord(b));
}

/** The report's terms with each word of `mend` replaced, counts of terms that become one added up. */
function rewritten(t: ReportTerms, mend: ReadonlyMap<string, string>): ReportTerms {
  const counts = new Map<string, number>();
  const values = t.counts.values();
  for (const term of t.counts.keys()) {
    const n = values.next().value as number;
    const at = markOf(term).length;
    const words = term.slice(at).split(' ');
    let changed = false;
    for (let k = 0; k < words.length; k++) {
      const to = mend.get(words[k]);
      if (to !== undefined) { words[k] = to; changed = true; }
    }
    const key = changed ? term.slice(0, at) + words.join(' ') : term;
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return { ...t, counts };
}
