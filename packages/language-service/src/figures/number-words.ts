import type { Token } from '../nlp/parse.js';

/** A number read from one or more tokens: "31,000", "1.2 billion", "twenty-five", "hundreds". */
export interface ReadNumber {
  /** Token index range [first, last) of the number, unit words included ("percent", "dollars"). */
  first: number;
  last: number;
  value: number;
  /** "hundreds", "dozens", "tens of thousands": a lower bound, not a count. */
  vague: boolean;
  /** Written in words ("three", "twenty-five"), not digits. */
  words: boolean;
  unit: 'percent' | 'money' | null;
  /** For money: "dollars", "euros", ... */
  currency: string | null;
}

const ONES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
};
/** Plural quantity words: the value is the lower bound ("hundreds" = 100). */
const VAGUE: Record<string, number> = {
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, dozens: 12, scores: 20, tens: 10,
};
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };
const SYMBOLS: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'dollars', dollars: 'dollars', euro: 'euros', euros: 'euros', pound: 'pounds', pounds: 'pounds',
  yuan: 'yuan', yen: 'yen', shekel: 'shekels', shekels: 'shekels', rupees: 'rupees', usd: 'dollars',
};

/** Digits as newspapers write them, with an optional currency symbol, decimals, % or a k/m/bn suffix. */
const DIGITS = /^([$€£¥])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|k|m|mn|b|bn|tn)?$/i;

/** Two tokens are one phrase when nothing but spaces separates them. */
export function joined(a: Token, b?: Token): boolean {
  return a.post.trim() === '' && (!b || b.pre.trim() === '');
}

/**
 * Whether readNumber can read a number at this token at all: digits or a currency symbol first, or
 * a number word, "a"/"an" or a quantity word (the same `in` tests readNumber makes). A cheap test
 * that lets a scan skip the other tokens.
 */
export function mayStartNumber(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return true;
  return NUMBER_STARTS.has(t.normal);
}

/**
 * Every word `n in ONES || n in TENS || n in VAGUE` holds for (the objects' own keys and what they
 * inherit from Object.prototype, as `in` sees it), and "a", "an": one set lookup instead of three.
 */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(VAGUE), ...Object.getOwnPropertyNames(Object.prototype), 'a', 'an',
]);

/**
 * Reads the number starting at token `i` (within [i, end)), or null. Hyphenated compounds that
 * are not numbers ("two-state", "31-year-old") are not numbers here.
 */
export function readNumber(tokens: readonly Token[], i: number, end: number): ReadNumber | null {
  const t = tokens[i];
  const n = t.normal;
  let value: number;
  let j = i + 1;
  let words = false;
  let vague = false;
  let unit: ReadNumber['unit'] = null;
  let currency: string | null = null;
  const m = DIGITS.exec(t.text);
  if (m) {
    value = Number(m[2].replace(/,/g, '') + (m[3] ? `.${m[3]}` : ''));
    if (m[1]) { unit = 'money'; currency = SYMBOLS[m[1]]; }
    const suffix = (m[4] ?? '').toLowerCase();
    if (suffix === '%') unit = 'percent';
    else if (suffix) {
      if (!m[1]) return null; // "5m" without a currency is a distance or a name
      value *= SUFFIX[suffix];
    }
  } else if (n in ONES || n in TENS) {
    words = true;
    value = ONES[n] ?? TENS[n];
    if (n in TENS && t.post === '-' && j < end && tokens[j].normal in ONES) { value += ONES[tokens[j].normal]; j++; }
  } else if ((n === 'a' || n === 'an') && j < end && joined(t) && tokens[j].normal in MULTIPLIERS) {
    words = true;
    value = 1;
  } else if (n in VAGUE && j + 1 < end && joined(t) && tokens[j].normal === 'of') {
    // "hundreds of", "tens of thousands of"; "scores" and "tens" only as quantities.
    value = VAGUE[n];
    vague = true;
    words = true;
    if (n === 'tens' && !(tokens[j + 1].normal in VAGUE && tokens[j + 1].normal !== 'tens')) return null;
    if (tokens[j + 1].normal in VAGUE && joined(tokens[j]) && tokens[j + 1].normal !== 'dozens' && tokens[j + 1].normal !== 'scores') {
      value *= VAGUE[tokens[j + 1].normal];
      j += 2;
    }
  } else if (n in VAGUE && (n === 'millions' || n === 'thousands' || n === 'hundreds' || n === 'billions')) {
    value = VAGUE[n]; // "millions displaced"
    vague = true;
    words = true;
  } else {
    return null;
  }
  // A hyphen joining the number to a word makes a compound: "two-state", "31-year-old".
  const lastTok = tokens[j - 1];
  if (lastTok.post === '-' || lastTok.post === '\u2010' || lastTok.post === '\u2011') return null;
  while (j < end && joined(tokens[j - 1]) && tokens[j].normal in MULTIPLIERS && !vague) {
    value *= MULTIPLIERS[tokens[j].normal];
    j++;
    if (tokens[j - 1].post === '-') return null;
  }
  if (j < end && joined(tokens[j - 1])) {
    const next = tokens[j].normal;
    if (next === 'percent' || next === '%') { unit = 'percent'; j++; }
    else if (next === 'per' && j + 1 < end && tokens[j + 1].normal === 'cent') { unit = 'percent'; j += 2; }
    else if (next in CURRENCY_WORDS && !unit) { unit = 'money'; currency = CURRENCY_WORDS[next]; j++; }
  }
  if (!Number.isFinite(value) || value <= 0) return null;
  return { first: i, last: j, value: Math.round(value * 1e6) / 1e6, vague, words, unit, currency };
}
