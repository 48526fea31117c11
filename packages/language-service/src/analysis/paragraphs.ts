import { parseTexts, type ParsedText } from '../nlp/parse.js';
import type { Span } from '../types.js';
import { analyzeParagraph, analyzeParsedParagraph, type ParagraphResult } from './paragraph.js';
import type { SentenceCache } from '../nlp/tag.js';
import type { AnalyzeOptions } from '../types.js';

/** A cache of paragraph results keyed by content (see issue: incremental analysis). */
export interface ParagraphCache {
  get(key: string): ParagraphResult | undefined;
  set(key: string, value: ParagraphResult): void;
}

/** What analyzeReport's options say to the paragraphs' analysis. */
export interface ParagraphOptions extends Pick<AnalyzeOptions, 'onInternalError'> {
  paragraphCache?: ParagraphCache;
  sentenceCache?: SentenceCache;
}

/**
 * How many characters of paragraphs compromise tags in one pass. The bench's 46 reports (1,092
 * paragraphs), CPU against nlp(text) of each report, session 26: one pass per paragraph 1.02x,
 * passes of 2,000, 5,000, 10,000 or 20,000 characters 0.83-0.87x, one pass per report 0.85x (each of
 * compromise's hooks runs over more sentences at once; nothing more to gain past 2,000). The bound
 * keeps what one pass holds (compromise's terms, then the paragraphs' tokens) small in a long report.
 */
export const TAG_PASS = { maxChars: 20_000 } as const;

const NOTHING: ParagraphResult = { sentences: [], mentions: [], attributions: [], figures: [], dates: [], claims: [], labels: [], loaded: [] };

interface ParagraphInput {
  text: string;
  /** The quotes that cross the paragraph, clipped to it. */
  quotes: Span[];
  /** Its key in the paragraph cache ('' without one). */
  key: string;
}

/**
 * Each paragraph's result (offsets relative to it), in order: from the paragraph cache when it
 * has the paragraph, else analysed, the sentences of the paragraphs analysed tagged together in
 * passes of TAG_PASS.maxChars. A paragraph an extractor throws on yields nothing and is not cached
 * (the next analysis meets, and reports, the error again).
 */
export function paragraphResults(prose: string, paragraphs: readonly Span[], quotes: readonly Span[], options: ParagraphOptions): ParagraphResult[] {
  const cache = options.paragraphCache;
  const inputs = paragraphs.map((p): ParagraphInput => {
    // cached results must not keep the whole report alive (a substring holds on to its text)
    const text = cache ? ownCopy(prose.slice(p.start, p.end)) : prose.slice(p.start, p.end);
    const clipped = clipQuotes(quotes, p);
    return { text, quotes: clipped, key: cache ? cacheKey(text, clipped) : '' };
  });
  const results: Array<ParagraphResult | undefined> = inputs.map((x) => cache?.get(x.key));
  // with a cache, a paragraph met twice in a report is analysed once (the second copy is a cache hit)
  const first = new Map<string, number>();
  const todo: number[] = [];
  inputs.forEach((x, i) => {
    if (results[i] || first.has(x.key)) return;
    if (cache) first.set(x.key, i);
    todo.push(i);
  });
  const failed = new Set<number>();
  for (const pass of passes(todo, inputs)) {
    const parsed = safeParse(pass.map((i) => inputs[i].text), options);
    pass.forEach((i, k) => {
      const fresh = safeAnalyze(inputs[i], parsed?.[k], options);
      if (fresh) cache?.set(inputs[i].key, fresh);
      else failed.add(i);
      results[i] = fresh ?? undefined;
    });
  }
  return inputs.map((x, i) => {
    if (failed.has(i)) return NOTHING;
    const known = results[i] ?? results[first.get(x.key) ?? i];
    if (known) return known;
    // another copy of a paragraph that failed: analysed again, as it was before the first copy failed
    const fresh = safeAnalyze(x, undefined, options);
    if (fresh) cache?.set(x.key, fresh);
    return fresh ?? NOTHING;
  });
}

/** `todo` in runs of consecutive paragraphs of at most TAG_PASS.maxChars (at least one paragraph each). */
function passes(todo: readonly number[], inputs: readonly ParagraphInput[]): number[][] {
  const out: number[][] = [];
  let chars = 0;
  for (const i of todo) {
    const n = inputs[i].text.length;
    if (out.length === 0 || chars + n > TAG_PASS.maxChars) {
      out.push([]);
      chars = 0;
    }
    out[out.length - 1].push(i);
    chars += n;
  }
  return out;
}

/** The pass's paragraphs parsed, or null when the tagger threw (each is then parsed alone, so the one it throws on reports it). */
function safeParse(texts: string[], options: ParagraphOptions): ParsedText[] | null {
  try {
    return parseTexts(texts, options.sentenceCache);
  } catch {
    return null;
  }
}

/** A paragraph that makes an extractor throw yields no results (null) rather than failing the report. */
function safeAnalyze(x: ParagraphInput, parsed: ParsedText | undefined, options: ParagraphOptions): ParagraphResult | null {
  try {
    return parsed ? analyzeParsedParagraph(x.text, parsed, x.quotes) : analyzeParagraph(x.text, x.quotes, options.sentenceCache);
  } catch (e) {
    options.onInternalError?.(e);
    return null;
  }
}

function clipQuotes(quotes: readonly Span[], p: Span): Span[] {
  const out: Span[] = [];
  for (const q of quotes) {
    if (q.end <= p.start || q.start >= p.end) continue;
    out.push({ start: Math.max(q.start, p.start) - p.start, end: Math.min(q.end, p.end) - p.start });
  }
  return out;
}

/** A string that shares no memory with the text it came from (V8 flattens the pair into a new one). */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

function cacheKey(text: string, quotes: Span[]): string {
  return quotes.length === 0 ? text : `${quotes.map((q) => `${q.start}-${q.end}`).join(',')}\u0000${text}`;
}
