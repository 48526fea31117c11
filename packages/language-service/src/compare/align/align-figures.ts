import type { Figure, Span } from '../../types.js';
import type { ReportInput } from '../types.js';
import type { EntityTokens } from './align-claims.js';
import { candidatePairs, matchItems } from './candidates.js';
import { clauseAround, differentSubjects, namedMentions, subjectsOf, type Subjects } from './clause-subjects.js';
import { figureMismatch } from '../../rules/figure-mismatch.js';
import { excerpt } from '../../text/excerpt.js';
import { emitMatching, type AlignOutput } from './output.js';
import { isStopWord, overlap, sentenceSpan, stem, windowStems } from './words.js';

/** Content words either side of a figure that say what it is about. */
const WINDOW = 6;

interface FigureItem {
  report: number;
  figure: Figure;
  /** Stems of what is counted. */
  counts: Set<string>;
  /** Content-word stems around the figure in its sentence, minus the figure and what it counts. */
  context: Set<string>;
  /** No counted thing from the extractor: compared on the next word, with a stricter context. */
  uncounted: boolean;
  place: number;
  /** Who the figure's clause is about. */
  subjects: Subjects;
  /** An amount converted in parentheses after the amount itself. */
  converted: boolean;
}

/** Ranges a figure allows. `about` allows 10% either way; `vague` ("hundreds") is never compared. */
function range(f: Figure): [number, number, boolean, boolean] | null {
  const v = f.value;
  switch (f.approx) {
    case 'exact': return [v, v, true, true];
    case 'about': return [v * 0.9, v * 1.1, true, true];
    case 'more-than': return [v, Infinity, false, false];
    case 'at-least': return [v, Infinity, true, false];
    case 'less-than': return [-Infinity, v, false, false];
    case 'up-to': return [-Infinity, v, false, true];
    default: return null;
  }
}

const kindOf = (f: Figure) => (f.approx === 'more-than' || f.approx === 'at-least' ? 'lower' : f.approx === 'less-than' || f.approx === 'up-to' ? 'upper' : f.approx);

/**
 * Whether two figures for the same thing agree. The same kind of figure must give the same value
 * ("more than 31,000" = "over 31,000", 31,000 ≠ 32,000); different kinds must leave a common range
 * ("more than 31,000" fits 32,000, not 30,000).
 */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) return true;
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return true;
  const close = (x: number, y: number, tol: number) => Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y));
  if (kindOf(a) === kindOf(b)) return close(a.value, b.value, a.approx === 'about' ? 0.05 : 1e-9);
  const lo = Math.max(ra[0], rb[0]);
  const hi = Math.min(ra[1], rb[1]);
  if (lo < hi) return true;
  const inside = (x: number, r: [number, number, boolean, boolean]) => (x > r[0] || (x === r[0] && r[2])) && (x < r[1] || (x === r[1] && r[3]));
  if (lo !== hi) return false;
  // a plain figure at the bound of the other ("$1 million" / "more than $1 million") is itself rounded
  if (a.approx === 'exact' || b.approx === 'exact') return true;
  return inside(lo, ra) && inside(lo, rb);
}

function countsStems(f: Figure): Set<string> {
  const out = new Set<string>();
  for (const w of (f.counts ?? '').toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (w && !isStopWord(w)) out.add(stem(w));
  return out;
}

/** The word right after a figure ("18 hours"): what an uncounted figure is compared on. */
function nextWord(text: string, end: number): string {
  const m = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  return m && !isStopWord(m[1].toLowerCase()) ? stem(m[1].toLowerCase()) : '';
}

/** Where in its sentence a passage sits, 0 to 1: ties between equally similar items go to the same place. */
function place(sentence: { start: number; end: number }, at: number): number {
  return (at - sentence.start) / Math.max(1, sentence.end - sentence.start);
}

/** Distinct values of one counted thing in one report from which it is busy (a line of statistics). */
const BUSY_VALUES = 3;
const BUSY_CONTEXT = 0.8;

/** Per item: whether its report gives its counted thing BUSY_VALUES different values or more. */
function busyCounts(items: readonly FigureItem[]): boolean[] {
  const values = new Map<string, Set<number>>();
  const keyOf = (it: FigureItem) => `${it.report}\u0000${[...it.counts].sort().join(' ')}`;
  for (const it of items) {
    const k = keyOf(it);
    let set = values.get(k);
    if (!set) values.set(k, (set = new Set()));
    set.add(it.figure.value);
  }
  return items.map((it) => (values.get(keyOf(it))?.size ?? 0) >= BUSY_VALUES);
}

/** Where the number of a figure starts ("about 500 feet": at "500"). */
function numberAt(text: string, f: Span): number {
  const i = text.slice(f.start, f.end).search(/\d/);
  return i < 0 ? f.start : f.start + i;
}

/**
 * A number that is no figure of the story: a group of digits of a phone number or a code ("0845
 * 125 2222", "0800"), or one end of a range ("$140-$150 million", "between 140 and 150"): the
 * range is the figure.
 */
export function notCounted(text: string, f: Span): boolean {
  const at = numberAt(text, f);
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(f.end, f.end + 6);
  if (/^0\d/.test(text.slice(at, f.end)) || /\d[ \t-]?$/.test(before) || /^[ \t-]?\d/.test(after)) return true;
  return /^[ \t]?[-–][ \t]?[$£€]?\d/.test(after) || /\d[ \t]?[-–][ \t]?[$£€]?$|\bbetween\s+[$£€]?$|\bbetween\s+[$£€]?[\d.,]+(?:\s+(?:million|billion|thousand))?\s+and\s+[$£€]?$/i.test(before);
}

/**
 * An amount converted in parentheses after the amount itself ("$US1 million ($1.52 million)",
 * "110 billion euro (93.6 billion pound)"): compared only with another such.
 */
export function converted(text: string, f: Figure): boolean {
  const at = numberAt(text, f);
  const before = text.slice(Math.max(0, at - 40), at);
  const open = /\(\s*(?:[A-Z]{0,3}[$£€¥]|[$£€¥][A-Z]{0,3})?\s*$/.exec(before);
  if (!open || !/\d/.test(before.slice(Math.max(0, open.index - 25), open.index))) return false;
  return /[$£€¥]/.test(before.slice(open.index)) || /\b(?:dollars?|pounds?|euros?|yen|yuan|rupees?|francs?|sterling)\b/i.test(f.counts ?? '');
}

/**
 * Links figures of the same counted thing across reports; flags `figure-mismatch` where they
 * disagree. What is counted must match (the extractor's `counts`, else the next word, with a
 * stricter context), and so must the words of the sentence around it; figures whose clauses
 * are about different people, organisations or places are not compared (`entities`: the
 * event-wide ids of the reports' entity mentions).
 */
export function alignFigures(reports: readonly ReportInput[], out: AlignOutput, entities?: EntityTokens): void {
  const items: FigureItem[] = [];
  reports.forEach((r, ri) => {
    const { text, sentences } = r.analysis;
    const named = r.analysis.figures.length > 0 ? namedMentions(r.id, ri, r.analysis, entities) : [];
    for (const f of r.analysis.figures) {
      if (!Number.isFinite(f.value) || notCounted(text, f)) continue;
      let counts = countsStems(f);
      const uncounted = counts.size === 0;
      if (uncounted) counts = new Set([`#${nextWord(text, f.end)}`]);
      const exclude = f.countsSpan ? [f, f.countsSpan] : [f];
      const sentence = sentenceSpan(sentences, f);
      const context = windowStems(r.analysis, sentence, f, exclude, WINDOW);
      for (const c of counts) context.delete(c);
      const subjects = subjectsOf(named, sentence, clauseAround(text, sentence, f), f);
      items.push({ report: ri, figure: f, counts, context, uncounted, place: place(sentence, f.start), subjects, converted: converted(text, f) });
    }
  });
  const busy = busyCounts(items);
  const pairs = candidatePairs(items.map((it) => it.counts), items.map((it) => it.report), 1, 256);
  const similarity = (i: number, j: number): number | null => {
    const a = items[i];
    const b = items[j];
    if (a.uncounted !== b.uncounted || a.converted !== b.converted || differentSubjects(a.subjects, b.subjects)) return null;
    const counted = overlap(a.counts, b.counts);
    if (counted.coefficient < 1) return null;
    const ctx = overlap(a.context, b.context);
    // counted: three words in common around it (two if they are most of its words); uncounted: stricter
    const near = a.uncounted ? ctx.shared >= 4 && ctx.coefficient >= 0.8 : ctx.coefficient >= (ctx.shared >= 3 ? 0.5 : ctx.shared === 2 ? 0.75 : 2);
    // a thing both reports count many times over (a player's yards, points, passes) is told apart by nearly all its words
    if (!near || (busy[i] && busy[j] && ctx.coefficient < BUSY_CONTEXT)) return null;
    return ctx.coefficient + 0.05 * (1 - Math.abs(a.place - b.place));
  };
  const m = matchItems(items.map((it) => it.report), pairs, similarity, (i, j) => figuresAgree(items[i].figure, items[j].figure));
  const written = (i: number) => excerpt(reports[items[i].report].analysis.text, items[i].figure, 60);
  emitMatching(out, 'figure', figureMismatch, reports, items.map((it) => ({ report: it.report, span: it.figure })), m,
    (score) => Math.min(1, score), (here, there) => ({ here: written(here), there: written(there), counts: items[here].figure.counts || null }));
}
