import type { ReportAnalysis } from '../../types.js';
import { compareStrings } from '../order.js';
import { withoutFrontMatter } from '../../text/front-matter.js';
import { STOPWORDS } from './stopwords.js';

/** The terms of one report for grouping: content words, word pairs, entity names and years. */
export interface ReportTerms {
  /** Term -> raw count (a Map, or CompactCounts when kept between runs). */
  counts: TermCounts;
  /** Years the report is about (publication date first, then dated mentions and written years), most frequent first. */
  years: string[];
  /** Day of publication (days since 1970) when the report gives a full date, else null. */
  day: number | null;
  /** The report's names of people as its `@` terms hold them, without the `@` (read by mendNameSlips). */
  names?: readonly string[];
  /**
   * The figures of the lead as its `=` terms hold them, without the `=` ("5.6", "1200"): numbers
   * among the lead's words that are not a date's or a time's digits (read by events/lead-figures.ts).
   */
  leadFigures?: readonly string[];
  /**
   * The months the report's dates name (read by events/far-apart.ts: a report that looks back to
   * another's month): `YYYY-MM` of a date with its day ("September 10, 2010", "Tuesday"), `MM` of
   * a month without a day ("September", "April 2007": its year is often the resolver's guess, read
   * forward from the publication date).
   */
  months?: readonly string[];
  /**
   * Who the lead names (read by events/lead-actors.ts): each person and organisation with a name
   * mention among the lead's words, by the last word of its name and its kind (`p:felt`,
   * `o:angel` for "the Los Angeles Angels", `o:sox`).
   */
  leadActors?: readonly string[];
}

/** What grouping reads of a report's term counts, in insertion order. */
export interface TermCounts {
  readonly size: number;
  keys(): IterableIterator<string>;
  values(): IterableIterator<number>;
}

/**
 * One string per distinct term among the terms kept between runs: the same word in 10,000 reports
 * is then one string, not 10,000 (kept terms of 3,000 corpus reports: 14.3 KB a report without,
 * 8.7 KB with, 205,000 distinct terms). Emptied once it holds MAX_INTERNED terms, so that a long
 * session's edits do not grow it without bound (equal strings stay equal: only memory is at stake).
 */
const interned = new Map<string, string>();
const MAX_INTERNED = 1_000_000;

function intern(term: string): string {
  const known = interned.get(term);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(term, term);
  return term;
}

/** Term counts in two arrays (a third of a Map's memory), same order, terms interned: for terms kept between runs. */
export class CompactCounts implements TermCounts {
  private readonly terms: string[];
  private readonly counts: Float64Array;
  constructor(from: TermCounts) {
    this.terms = Array.from(from.keys(), intern);
    this.counts = Float64Array.from(from.values());
  }
  get size(): number {
    return this.terms.length;
  }
  keys(): IterableIterator<string> {
    return this.terms.values();
  }
  values(): IterableIterator<number> {
    return this.counts.values();
  }
}

/**
 * A word, or a number with its decimal point or thousands separators ("5.6", "1,200", "2.6"): a
 * magnitude, a toll or a sum read whole tells one happening from another of its kind; split at
 * the point, "5.6" and "5.9" were both the single digits grouping skips. A hyphen before such a
 * number ends the word ("magnitude-5.6" is "magnitude" and "5.6": read as one word up to the
 * point, "magnitude-5.6" and "magnitude-5.2" were both "magnitude-5").
 */
export const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}](?:[\p{L}\p{N}'’]|-(?!\p{N}+[.,]\p{N}))*/gu;
/**
 * The scheme and host of a web address ("http://www.latimes.com", "www.bbc.co.uk"): they name the
 * outlet, not the event, and tie reports of one site across unrelated stories. The path stays (its
 * words repeat the headline, its digits the date).
 */
const URL_HOST = /\b(?:https?:\/\/|www\.)[^\s/]*/gi;
const YEAR = /^(?:19|20)\d\d$/;
/** What grouping reads of a report's words beyond the words themselves. */
export const TERM_OPTIONS: Readonly<{ leadWords: number }> = Object.freeze({
  /**
   * Words from the top of the report (the front matter's title and address first, then the text:
   * a dateline, the headline, the lede) whose content words count again as lead terms (`^word`):
   * the lede tells the happening, so two reports of one event share their lead's words, and two
   * events of one kind (two quakes on one island, two heists in one city) share the kind's words
   * further down. 45 (session 23, pnpm eval grouping, even topics in two parts by topic mod 4):
   * topics mod 4 = 0 false pairs 89 -> 79 and missed 51 -> 39, mod 4 = 2 unchanged (30 and 60
   * alike; 150 worse).
   */
  leadWords: 45,
});

/** A grouping term's mark: `@` an entity's name, `#` a year, `=` a number, `^` a word of the lead; the rest are words and word pairs. */
export function markOf(term: string): '' | '@' | '#' | '=' | '^' {
  const c = term[0];
  return c === '@' || c === '#' || c === '=' || c === '^' ? c : '';
}

/** Entity names count like this many occurrences of a word. */
const ENTITY_WEIGHT = 2;
/** A capitalised word inside a sentence counts like this many plain words. */
const PROPER_WEIGHT = 2;

/** Lower case, no diacritics, no possessive, a crude plural strip: enough to match words across reports. */
export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase();
  if (NON_ASCII.test(w)) w = w.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'");
  if (w.includes("'")) w = w.replace(/'s?$/, '').replace(/^'+|'+$/g, '');
  const n = w.length;
  if (n > 4 && w.charCodeAt(n - 1) === 115 /* s */) {
    const before = w.charCodeAt(n - 2);
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (before !== 115 && before !== 117 /* u */ && before !== 105 /* i */) w = w.slice(0, -1);
  }
  return w;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether the word at `start` follows the end of a sentence (or starts the text). */
function sentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    return c === '.' || c === '!' || c === '?' || c === '"' || c === '“';
  }
  return true;
}

/** Terms of one report. Only the text and the analysis are looked at, never the report's id. */
export function reportTerms(analysis: ReportAnalysis): ReportTerms {
  const counts = new Map<string, number>();
  const add = (term: string, n = 1) => counts.set(term, (counts.get(term) ?? 0) + n);
  const yearCounts = new Map<string, number>();
  const full = withoutFrontMatter(analysis.text, analysis.frontMatter); // metadata ("source: Example News") is no event's words
  const body = full.length > 200_000 ? full.slice(0, 200_000) : full;
  const head = headline(analysis);
  const text = withoutHosts(head ? `${head}\n${body}` : body);
  let prev = '';
  let prevEnd = -1;
  let words = 0;
  const leadFigures = new Set<string>();
  let leadEnd = 0;
  // the dates' spans, in `text` (the headline read first shifts the analysis' offsets)
  const shift = head ? head.length + 1 : 0;
  const dated = analysis.dates.map((d) => [d.start + shift, d.end + shift] as const);
  for (const m of text.matchAll(WORD)) {
    const lead = ++words <= TERM_OPTIONS.leadWords;
    const raw = m[0];
    const start = m.index ?? 0;
    if (lead) leadEnd = start + raw.length - shift; // in the analysis' offsets
    const w = normalizeWord(raw);
    if (YEAR.test(w)) {
      yearCounts.set(w, (yearCounts.get(w) ?? 0) + 1);
      prev = '';
      continue;
    }
    if (/^\d/.test(w)) {
      // counts and amounts are details of one event: "eight-year", "180", "7.1"
      if (w.length >= 2 && !/^\d$/.test(w)) {
        const n = w.replace(/,/g, '');
        add(`=${n}`);
        if (lead && isFigure(text, start, raw.length, dated)) leadFigures.add(n);
      }
      prev = '';
      continue;
    }
    if (w.length < 3 || STOPWORDS.has(w)) {
      prev = '';
      continue;
    }
    // names weigh more than common words: a capital not at the start of a sentence
    const c0 = raw.charCodeAt(0);
    const proper = (c0 >= 65 && c0 <= 90 ? true : c0 > 127 && raw[0] !== raw[0].toLowerCase()) && !sentenceStart(text, start);
    add(w, proper ? PROPER_WEIGHT : 1);
    if (lead) add(`^${w}`);
    // a word pair only across a single space or hyphen: "tara reid", "magnitude quake"
    if (prev && start - prevEnd <= 1) add(`${prev} ${w}`);
    prev = w;
    prevEnd = start + raw.length;
  }
  const names: string[] = [];
  const leadActors = new Set<string>();
  for (const e of analysis.entities) {
    const key = normalizeWord(e.name.replace(/\s+/g, ' '));
    if (e.kind !== 'place' && e.mentions.some((m) => m.form !== 'description' && m.start < leadEnd)) {
      const last = key.slice(key.lastIndexOf(' ') + 1);
      if (last.length >= 3) leadActors.add(`${e.kind === 'person' ? 'p' : 'o'}:${last}`);
    }
    // someone the report calls by a title alone ("the President"): no name to group by
    if (e.kind === 'person' && e.mentions.every((m) => m.form === 'description')) continue;
    if (key.length < 2) continue;
    add(`@${key}`, ENTITY_WEIGHT * Math.min(3, e.mentions.length));
    if (e.kind === 'person') names.push(key);
  }
  const years: string[] = [];
  const pub = analysis.publishedAt?.slice(0, 4);
  if (pub && YEAR.test(pub)) years.push(pub);
  const months = new Set<string>();
  for (const d of analysis.dates) {
    if (d.value && /^\d{4}-\d\d/.test(d.value)) months.add(d.value.length === 7 ? d.value.slice(5, 7) : d.value.slice(0, 7));
    const y = d.value?.slice(0, 4);
    if (y && YEAR.test(y)) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
  }
  const ranked = [...yearCounts].sort((a, b) => b[1] - a[1] || compareStrings(b[0], a[0]));
  for (const [y] of ranked) if (!years.includes(y)) years.push(y);
  for (const y of years.slice(0, 3)) add(`#${y}`);
  return {
    counts, years, day: dayOf(analysis.publishedAt), names, leadFigures: [...leadFigures],
    months: [...months].sort(compareStrings),
    leadActors: [...leadActors].sort(compareStrings),
  };
}

/**
 * Whether the number at `start` is a figure: not a date's digits ("27 November", "11/27/2005":
 * a span of the analysis' dates, or a slash beside it) nor a time's ("7:21").
 */
function isFigure(text: string, start: number, length: number, dated: ReadonlyArray<readonly [number, number]>): boolean {
  const before = text[start - 1];
  const after = text[start + length];
  if (before === ':' || before === '/' || after === ':' || after === '/') return false;
  return !dated.some(([s, e]) => start >= s && start < e);
}

/**
 * What of the front matter tells the event: its `title` (the headline) and its `url` (whose path
 * repeats the headline and often the date; the host is blanked like any other). A report whose
 * scraper moved its headline and address into the block is grouped as the same report with them
 * in its text; the outlet, author and date are no event's words. Empty when the report has none.
 */
export function headline(analysis: ReportAnalysis): string {
  const m = analysis.metadata;
  if (!m) return '';
  return [m.title, m.url].filter((x): x is string => typeof x === 'string' && x.trim() !== '').join('\n');
}

/** The text with every web address' scheme and host blanked out (same length: offsets hold). */
export function withoutHosts(text: string): string {
  // most reports have no web address: a substring search is far cheaper than the expression
  if (!ADDRESS_MARKS.some((mark) => text.includes(mark))) return text;
  return text.replace(URL_HOST, (m) => ' '.repeat(m.length));
}

/** What every match of URL_HOST contains, in the spellings reports use. */
const ADDRESS_MARKS = ['http', 'HTTP', 'Http', 'www.', 'WWW.', 'Www.'];

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` date; null for partial or no dates. */
export function dayOf(iso: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso ?? '');
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : null;
}
