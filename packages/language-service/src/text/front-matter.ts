import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { isValidDay } from '../dates/calendar.js';
import type { FrontMatterProblem } from '../rules/findings.js';
import type { PublicationMetadata, Span } from '../types.js';

export interface FrontMatterOptions {
  /**
   * Characters of YAML read at most (between the fences). A news scraper's block is well under
   * 2 KB (title, date, source, url, author, tags); 16 KB leaves room for long tag lists and
   * descriptions while keeping a parse of a hostile or mistaken block (a whole report between
   * fences) cheap. A larger block is masked and not read (one warning).
   */
  maxChars: number;
}

export const FRONT_MATTER_OPTIONS: FrontMatterOptions = { maxChars: 16 * 1024 };

/** The front matter block at the top of a report and what it says. */
export interface FrontMatter {
  /** The block, fences included, with the line break after the closing fence: masked, never prose. */
  span: Span;
  metadata: PublicationMetadata;
  /** What is wrong with it (the front-matter-invalid rule reports these). */
  problems: FrontMatterProblem[];
}

/** The keys read, each with the names it is also written under (case-insensitive), first found wins. */
const KEYS = {
  publishedAt: ['date', 'published', 'publishdate', 'pubdate', 'published_at', 'publishedat', 'datepublished'],
  source: ['source', 'outlet', 'publisher'],
  title: ['title'],
  url: ['url'],
  author: ['author', 'authors'],
  event: ['event'],
} as const satisfies Record<keyof PublicationMetadata, readonly string[]>;

const OPEN = /^---[ \t]*\r?\n/;
/** Where a problem of the whole block is shown: its opening `---`. */
const OPENING_FENCE: Span = { start: 0, end: 3 };
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A date or date-time as ISO 8601 writes it (a space for the T, as Jekyll writes it, too). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?[ \t]*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
/** A first line that reads as a YAML key ("title:", "date :"), after comments and blank lines. */
const KEY_LINE = /^[ \t]*[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)/;

/**
 * The YAML front matter block a report opens with (`---` on the first line, `---` or `...`
 * closing it), parsed with the `yaml` package: YAML 1.2 core schema, no custom tags (an unknown
 * tag is an error), no aliases, unique keys, at most `maxChars` characters. Offsets count from
 * the start of `text` (the text without its BOM). Null when there is no block: in a Markdown report, no fenced block at the
 * top; in a plain-text report also a block that is not a YAML mapping (a `---` rule around a
 * headline is prose). A block that is meant as front matter but is broken is still a block (its
 * metadata empty, one problem): in plain text that means its first line reads as a key. Never throws.
 */
export function readFrontMatter(text: string, format: 'text' | 'markdown', options: FrontMatterOptions = FRONT_MATTER_OPTIONS): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const block = closingFence(text, open[0].length);
  if (!block) return null;
  const { contentEnd, end } = block;
  const start = open[0].length;
  const content = text.slice(start, contentEnd);
  const span = { start: 0, end };
  const at = (s: number, e: number): Span => {
    while (e > s && /\s/.test(content[e - 1] ?? '')) e--; // a block node's range takes its line break
    return { start: start + s, end: Math.max(start + s, start + e) };
  };
  const keyLike = KEY_LINE.test(content.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '');
  if (content.length > options.maxChars) {
    if (format === 'text' && !keyLike) return null;
    return { span, metadata: {}, problems: [{ ...OPENING_FENCE, kind: 'too-large', size: content.length, max: options.maxChars }] };
  }
  try {
    const doc = parseDocument(content, { schema: 'core', customTags: [], uniqueKeys: true, merge: false, prettyErrors: false, strict: true });
    const broken = doc.errors[0] ?? doc.warnings[0];
    if (broken) {
      if (format === 'text' && !keyLike) return null;
      const [s, e] = lineAt(content, broken.pos[0], broken.pos[1]);
      return { span, metadata: {}, problems: [{ ...at(s, e), kind: 'syntax', detail: broken.message.split('\n')[0] }] };
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) return { span, metadata: {}, problems: [] };
    if (!isMap(root)) {
      if (format === 'text') return null;
      return { span, metadata: {}, problems: [{ ...at(root.range?.[0] ?? 0, root.range?.[1] ?? 0), kind: 'not-mapping' }] };
    }
    const alias = firstAlias(root);
    if (alias) return { span, metadata: {}, problems: [{ ...at(alias.range?.[0] ?? 0, alias.range?.[1] ?? 0), kind: 'alias' }] };
    const metadata: PublicationMetadata = {};
    const problems: FrontMatterProblem[] = [];
    for (const [field, names] of Object.entries(KEYS) as Array<[keyof PublicationMetadata, readonly string[]]>) {
      const pair = root.items.find((p) => isScalar(p.key) && names.includes(String(p.key.value).toLowerCase()));
      if (!pair) continue;
      const key = String((pair.key as { value: unknown }).value);
      const node = pair.value as YamlNode | null;
      const range = node?.range ?? (pair.key as YamlNode).range ?? [0, 0];
      const value = readValue(field, node);
      if (value === undefined) continue;
      if (value === null) problems.push({ ...at(range[0], range[1]), kind: 'bad-value', key, expected: EXPECTED[field] });
      else metadata[field] = value;
    }
    return { span, metadata, problems };
  } catch {
    return format === 'text' && !keyLike ? null : { span, metadata: {}, problems: [{ ...OPENING_FENCE, kind: 'syntax', detail: 'unreadable' }] };
  }
}

/** `text` with its front matter block (`span`, from the analysis) blanked out, offsets kept: what reads words off the whole text must not read the metadata's. */
export function withoutFrontMatter(text: string, span: Span | undefined): string {
  return span && span.end > 0 ? ' '.repeat(span.end) + text.slice(span.end) : text;
}

/** What each field must be, for the message. */
const EXPECTED: Record<keyof PublicationMetadata, string> = {
  publishedAt: 'an ISO 8601 date or date-time (2024-03-19, 2024-03-19T10:00:00Z)',
  source: 'text', title: 'text', url: 'text', author: 'text or a list of names', event: 'text',
};

/** The line after the opening fence up to the closing fence: where the YAML ends and the block ends (its line break included). */
function closingFence(text: string, from: number): { contentEnd: number; end: number } | null {
  let at = from;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).replace(/\r$/, '');
    if (CLOSE.test(line)) {
      const contentEnd = at === from ? from : at - (text[at - 2] === '\r' ? 2 : 1);
      return { contentEnd: Math.max(from, contentEnd), end: nl < 0 ? text.length : nl + 1 };
    }
    if (nl < 0) return null;
    at = nl + 1;
  }
  return null;
}

/** A field's value: undefined when empty (`title:`), null when of the wrong kind or form. */
function readValue(field: keyof PublicationMetadata, node: YamlNode | null): string | null | undefined {
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return undefined;
  if (field === 'author' && isSeq(node)) {
    const names = node.items.map((n) => (isScalar(n) ? scalarText(n.value) : null));
    return names.length > 0 && names.every((n) => n !== null && n.trim() !== '') ? names.map((n) => n!.trim()).join(', ') : null;
  }
  if (!isScalar(node)) return null;
  const text = scalarText(node.value);
  if (text === null || text.trim() === '') return text === null ? null : undefined;
  if (field === 'publishedAt') return calendarDate(text.trim());
  // a number as a title or event name ("1984", "2024") is text as written
  return typeof node.value === 'string' ? node.value.trim() : (node.source ?? text).trim();
}

function scalarText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return null;
}

/** The calendar date as written (`YYYY-MM-DD`, the zone of a date-time ignored), or null when not ISO 8601 or no such day. */
function calendarDate(s: string): string | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDay(year, month, day)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 24 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The first alias: aliases are not expanded (no "billion laughs"), and a block that uses one is not read. */
function firstAlias(root: YamlNode): YamlNode | null {
  let found: YamlNode | null = null;
  visit(root, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where a parse error is shown: from its position to the end of its line (the rest of the line is
 * what to look at), or the line before when the parser points at a line break (an unclosed quote).
 */
function lineAt(content: string, start: number, end: number): [number, number] {
  const s = Math.min(start, content.length);
  if (s === content.length || content[s] === '\n' || content[s] === '\r') {
    const before = content.slice(0, s).replace(/[\r\n]+$/, '');
    const lineStart = before.lastIndexOf('\n') + 1;
    const lead = /^[ \t]*/.exec(before.slice(lineStart))![0].length;
    return [Math.min(lineStart + lead, before.length), before.length];
  }
  const nl = content.indexOf('\n', s);
  const lineEnd = nl < 0 ? content.length : nl;
  const e = Math.max(end, lineEnd - (content[lineEnd - 1] === '\r' ? 1 : 0));
  return [s, Math.max(s, Math.min(e, lineEnd))];
}
