/**
 * Seeded generator of hostile report texts for the reliability tests (issue 6): real reports
 * with random edits, random Unicode (astral characters, lone surrogates), unbalanced quotes,
 * huge numbers, very long lines, punctuation only. Same seed, same inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test inputs. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

/** The real reports the mutations start from: the seeds and the project's own fixtures. */
export function baseReports(): string[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

const PIECES = [
  '“', '”', '"', '‘', '’', "'", '—', '–', '…', '\r\n', '\n\n', '\r', '\t', '\u00a0', '\u200b', '\ufeff',
  '😀', '👩‍👩‍👧', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\ud800', '\udc00', '\udfff\ud83d', 'é', 'ß', '中文', 'العربية', '<!--', '-->',
  '<!-- newslens-disable-next-line -->', '[x](command:workbench.action.quit)', '<script>alert(1)</script>',
  '999999999999999999999999', '1e308', '-0', '3.14.15', '$1,000,000,000,000', '40%', 'Oct. 7', 'Tuesday, March 20',
  'more than 31,000 Palestinians killed', 'according to', 'said', ' reportedly ', 'Mr.', 'U.S.', 'St.', '(', ')', '[', ']',
];

export type Mutation = (rng: Rng, text: string) => string;

const MUTATIONS: Mutation[] = [
  (rng, t) => insertAt(rng, t, pick(rng, PIECES)),
  (rng, t) => deleteRange(rng, t),
  (rng, t) => insertAt(rng, t, randomUnicode(rng, int(rng, 1, 40))),
  (rng, t) => t.replace(/[“”"]/g, (m) => (rng() < 0.3 ? '' : m)),
  (rng, t) => t.replace(/\d[\d,]*/g, (m) => (rng() < 0.3 ? String(int(rng, 0, 9)).repeat(int(rng, 1, 30)) : m)),
  (rng, t) => t.replace(/\n/g, () => pick(rng, ['\n', '\r\n', '\r', ' '])),
  (rng, t) => { const i = int(rng, 0, t.length); return t.slice(i) + t.slice(0, i); },
];

function insertAt(rng: Rng, t: string, piece: string): string {
  const i = int(rng, 0, t.length);
  return t.slice(0, i) + piece + t.slice(i);
}

function deleteRange(rng: Rng, t: string): string {
  const i = int(rng, 0, t.length);
  return t.slice(0, i) + t.slice(Math.min(t.length, i + int(rng, 1, 200)));
}

/** Random code units from several planes, lone surrogates included. */
export function randomUnicode(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.4) s += String.fromCharCode(int(rng, 0x20, 0x7e));
    else if (r < 0.55) s += pick(rng, [' ', '\n', '.', ',', '"', '“', '”', '’']);
    else if (r < 0.7) s += String.fromCharCode(int(rng, 0xa0, 0x2fff));
    else if (r < 0.85) s += String.fromCodePoint(int(rng, 0x10000, 0x1faff));
    else s += String.fromCharCode(int(rng, 0xd800, 0xdfff));
  }
  return s;
}

/** The kinds of generated input, each a function of the rng. */
export function generateInput(rng: Rng, bases: readonly string[], index: number): { kind: string; text: string } {
  // One input in 50 is a very long line (they dominate the run time).
  const kind = index % 50 === 2 ? 2 : index % 10 === 2 ? 5 : index % 10;
  switch (kind) {
    case 0: return { kind: 'unicode', text: randomUnicode(rng, int(rng, 0, 2000)) };
    case 1: return { kind: 'punctuation', text: Array.from({ length: int(rng, 1, 3000) }, () => pick(rng, ['.', ',', '"', '“', '”', '!', '?', '—', ' ', '\n', '(', ')'])).join('') };
    case 2: return { kind: 'long-line', text: pick(rng, bases).replace(/\n+/g, ' ').repeat(int(rng, 1, 3)).padEnd(int(rng, 20000, 100000), ' word') };
    case 3: return { kind: 'numbers', text: Array.from({ length: int(rng, 1, 200) }, () => `${'9'.repeat(int(rng, 1, 40))} people ${pick(rng, ['killed', 'died', ''])}`).join(', ') };
    case 4: return { kind: 'quotes', text: pick(rng, bases).replace(/[”"]/g, () => (rng() < 0.5 ? '' : '“')) };
    default: {
      let t = pick(rng, bases);
      const edits = int(rng, 1, 12);
      for (let i = 0; i < edits; i++) t = pick(rng, MUTATIONS)(rng, t);
      return { kind: 'mutated', text: t };
    }
  }
}

/** Whether [start, end) splits a surrogate pair in text. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const lo = text.charCodeAt(offset);
  const hi = text.charCodeAt(offset - 1);
  return (hi & 0xfc00) === 0xd800 && (lo & 0xfc00) === 0xdc00;
}
