import type { Approx, Figure, FigureInterval } from '../types.js';
import { isMoneyCount } from './figure-counts.js';

/** How wide an approximate figure is read. */
export interface FigureIntervalOptions {
  /**
   * Share either way of an "about" figure ("about 200": 180 to 220), below an "almost" figure
   * ("nearly 1 million": 900,000 up to, not including, 1 million), above "just over" and below
   * "just under", and either way of a round number word ("a dozen": 10.8 to 13.2, so 11 to 13).
   */
  aboutRange: number;
  /** A plural quantity word starts at this many of its unit ("hundreds": 200 or more) ... */
  pluralLow: number;
  /** ... and stays under this many ("hundreds": under 1,000, where "thousands" takes over). */
  pluralHigh: number;
}

/** The defaults. None is tuned on an eval: each is the plain reading of the words. */
export const FIGURE_INTERVAL_OPTIONS: Readonly<FigureIntervalOptions> = Object.freeze({
  // not tuned: the plain reading of "about" (0f1edfd, where it was the aligner's aboutRange)
  aboutRange: 0.1,
  // not tuned: "hundreds" is more than one hundred ("a hundred or so" is not "hundreds"), so two at least
  pluralLow: 2,
  // not tuned: the next word up ("thousands" at 10 x 100, "tens of thousands" at 10 x 1,000)
  pluralHigh: 10,
});

/** When two figures agree beyond their intervals. */
export interface FigureAgreementOptions {
  /** Two "about" figures agree within this share of the larger ("about 800" / "about 830"). */
  aboutTolerance: number;
}

export const FIGURE_AGREEMENT_OPTIONS: Readonly<FigureAgreementOptions> = Object.freeze({
  // not tuned (0f1edfd, where it was the aligner's)
  aboutTolerance: 0.05,
});

/** How the words around a number widen it, beyond its `approx`. */
export type NearCue = 'almost' | 'just-over' | 'just-under' | 'round' | null;

/** Twelve significant digits: no float dust in an interval's ends ("110000000000.00002"). */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The values a figure allows. `approx` gives the form; `near` says what the extractor saw
 * beyond it: "nearly"/"almost" (`about` below the value only), "just over"/"just under" (a
 * bound with a near end), a round number word ("a dozen", read as about). A vague amount
 * ("hundreds", `value` 100) runs from `pluralLow` to `pluralHigh` times its unit.
 */
export function intervalOf(value: number, approx: Approx, near: NearCue = null, options: FigureIntervalOptions = FIGURE_INTERVAL_OPTIONS): FigureInterval {
  const r = options.aboutRange;
  const v = value;
  const iv = (low: number | null, high: number | null, lowIncluded: boolean, highIncluded: boolean): FigureInterval =>
    ({ low: low === null ? null : clean(low), high: high === null ? null : clean(high), lowIncluded, highIncluded });
  switch (approx) {
    case 'more-than': return near === 'just-over' ? iv(v, v * (1 + r), false, true) : iv(v, null, false, false);
    case 'at-least': return iv(v, null, true, false);
    case 'less-than': return near === 'just-under' ? iv(v * (1 - r), v, true, false) : iv(null, v, false, false);
    case 'up-to': return iv(null, v, false, true);
    case 'about': return near === 'almost' ? iv(v * (1 - r), v, true, false) : iv(v * (1 - r), v * (1 + r), true, true);
    case 'vague': return iv(v * options.pluralLow, v * options.pluralHigh, true, false);
    case 'exact': return near === 'round' ? iv(v * (1 - r), v * (1 + r), true, true) : iv(v, v, true, true);
  }
}

/** The figure's interval: the extractor's, or read from its value and approx (figures made by hand). */
export function figureInterval(f: Figure): FigureInterval {
  return f.interval ?? intervalOf(f.value, f.approx);
}

/**
 * A bound the reporter wrote as a number: two figures of the same such form are compared by that
 * number, not by their intervals ("more than 26,000" and "more than 31,000" give two tolls, even
 * though both can be true). Exact and vague figures have none.
 */
type Form = 'lower' | 'upper' | 'about' | 'almost' | null;

function formOf(f: Figure, iv: FigureInterval): Form {
  switch (f.approx) {
    case 'more-than': case 'at-least': return 'lower';
    case 'less-than': case 'up-to': return 'upper';
    case 'about': return iv.high === f.value && !iv.highIncluded ? 'almost' : 'about';
    default: return null;
  }
}

/** Whether two intervals share a value. */
export function intervalsMeet(a: FigureInterval, b: FigureInterval): boolean {
  const lo = Math.max(a.low ?? -Infinity, b.low ?? -Infinity);
  const hi = Math.min(a.high ?? Infinity, b.high ?? Infinity);
  if (lo < hi) return true;
  if (lo > hi) return false;
  const holds = (iv: FigureInterval) => (iv.low !== lo || iv.lowIncluded) && (iv.high !== hi || iv.highIncluded);
  return holds(a) && holds(b);
}

/**
 * Whether two figures for the same thing agree: the one test of the figure-mismatch rule and the
 * hover. Two figures of the same bound form must give the same number ("more than 31,000" =
 * "over 31,000"; "about" figures within `aboutTolerance`); any other two agree when their
 * intervals meet ("more than 150" fits 200; "at least 48" and "almost 48" do not meet). A plain
 * figure at the written bound of the other agrees ("$1 million" / "more than $1 million": a plain
 * figure is itself rounded).
 */
export function figuresAgree(a: Figure, b: Figure, options: FigureAgreementOptions = FIGURE_AGREEMENT_OPTIONS): boolean {
  if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) return true;
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  const fa = formOf(a, ia);
  const fb = formOf(b, ib);
  if (fa !== null && fa === fb) {
    const tol = fa === 'about' ? options.aboutTolerance : 1e-9;
    return Math.abs(a.value - b.value) <= tol * Math.max(Math.abs(a.value), Math.abs(b.value));
  }
  if (intervalsMeet(ia, ib)) return true;
  return (a.approx === 'exact' && fb !== null && a.value === b.value) || (b.approx === 'exact' && fa !== null && a.value === b.value);
}

/**
 * The ranges of two figures that disagree, as words ("at least 48" / "44 to 47"), when one of them
 * is not a plain number and their intervals do not meet; null otherwise (two plain numbers, or two
 * bounds of one form that give different numbers: the figures as written say it).
 */
export function disagreementRanges(a: Figure, b: Figure): [string, string] | null {
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  const point = (iv: FigureInterval) => iv.low !== null && iv.low === iv.high;
  if ((point(ia) && point(ib)) || intervalsMeet(ia, ib)) return null;
  return [describeInterval(a, ia), describeInterval(b, ib)];
}

/** An interval in words: "at least 48", "more than 150", "fewer than 48", "up to 50", "720 to 880", "20,000 to 99,999". */
export function describeInterval(f: Figure, iv: FigureInterval = figureInterval(f)): string {
  const measure = f.counts.startsWith('percent') || isMoneyCount(f.counts);
  const n = formatAmount;
  if (iv.high === null) return iv.low === null ? 'any number' : `${iv.lowIncluded ? 'at least' : 'more than'} ${n(iv.low)}`;
  if (iv.low === null) return iv.highIncluded ? `up to ${n(iv.high)}` : `${measure ? 'less' : 'fewer'} than ${n(iv.high)}`;
  if (iv.low === iv.high) return n(iv.low);
  // whole things counted: the whole numbers inside ("almost 48": 44 to 47)
  if (!measure && Number.isInteger(f.value)) {
    const lo = iv.lowIncluded ? Math.ceil(iv.low) : Math.floor(iv.low) + 1;
    const hi = iv.highIncluded ? Math.floor(iv.high) : Math.ceil(iv.high) - 1;
    if (lo <= hi) return lo === hi ? n(lo) : `${n(lo)} to ${n(hi)}`;
  }
  return `${iv.lowIncluded ? '' : 'over '}${n(iv.low)} to ${iv.highIncluded ? '' : 'under '}${n(iv.high)}`;
}

/** As newspapers write an amount: "184 million", "19.8 million", "1.5 billion"; else with commas ("999,999"). */
function formatAmount(x: number): string {
  for (const [unit, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (x >= unit && Number.isInteger(clean(x / (unit / 10)))) return `${formatNumber(clean(x / unit))} ${word}`;
  }
  return formatNumber(x);
}

/** 31000 -> "31,000"; 2.5 -> "2.5". Deterministic (no locale). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n) < 1e21 ? n : n.toExponential()).split('.');
  const grouped = /e/.test(int) ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}
