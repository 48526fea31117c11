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
  /** "a dozen", "a million": a round number word, itself approximate. */
  round: boolean;
  /** "48-page", "three-member": the unit joined to the number by a hyphen (at token `last`), in its singular. */
  hyphenUnit: string | null;
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
/**
 * Units a number is joined to by a hyphen in a figure that describes a thing: "a 48-page
 * indictment", "a 10-day trip", "a three-member panel". Not "year-old" (an age, "31-year-old"),
 * "two-state" or a score: only these words. Left out on purpose: game, point, yard, run (lines of
 * sports statistics, where most figure false alarms are) and time ("two-time champion").
 */
const HYPHEN_UNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  page: 'page', count: 'count', day: 'day', week: 'week', month: 'month', year: 'year', hour: 'hour', minute: 'minute',
  mile: 'mile', kilometre: 'kilometre', kilometer: 'kilometre', km: 'kilometre', foot: 'foot', feet: 'foot',
  metre: 'metre', meter: 'metre', acre: 'acre', story: 'story', storey: 'story', member: 'member', seat: 'seat',
  bed: 'bed', room: 'room', ton: 'ton', tonne: 'ton', man: 'man', woman: 'woman', person: 'person',
}));
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
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
  let round = false;
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
    round = true;
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
  // A hyphen joining the number to a word makes a compound: "two-state", "31-year-old"; a figure
  // only before a unit that ends the compound ("48-page indictment").
  if (HYPHENS.has(tokens[j - 1].post)) {
    const hyphenUnit = vague || unit ? undefined : hyphenUnitAt(tokens, j, end);
    return hyphenUnit ? done(i, j, value, false, words, null, null, round, hyphenUnit) : null;
  }
  while (j < end && joined(tokens[j - 1]) && tokens[j].normal in MULTIPLIERS && !vague) {
    value *= MULTIPLIERS[tokens[j].normal];
    j++;
    if (HYPHENS.has(tokens[j - 1].post)) {
      const hyphenUnit = unit ? undefined : hyphenUnitAt(tokens, j, end);
      return hyphenUnit ? done(i, j, value, false, words, null, null, round, hyphenUnit) : null;
    }
  }
  if (j < end && joined(tokens[j - 1])) {
    const next = tokens[j].normal;
    if (next === 'percent' || next === '%') { unit = 'percent'; j++; }
    else if (next === 'per' && j + 1 < end && tokens[j + 1].normal === 'cent') { unit = 'percent'; j += 2; }
    else if (next in CURRENCY_WORDS && !unit) { unit = 'money'; currency = CURRENCY_WORDS[next]; j++; }
  }
  return done(i, j, value, vague, words, unit, currency, round, null);
}

/** The unit that ends a hyphenated compound at token `j` ("48-page"), in its singular; not "31-year-old". */
function hyphenUnitAt(tokens: readonly Token[], j: number, end: number): string | undefined {
  const t = tokens[j];
  return j < end && t.pre === '' && !HYPHENS.has(t.post) ? HYPHEN_UNITS.get(t.normal) : undefined;
}

function done(
  first: number, last: number, value: number, vague: boolean, words: boolean, unit: ReadNumber['unit'], currency: string | null,
  round: boolean, hyphenUnit: string | null,
): ReadNumber | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  return { first, last, value: Math.round(value * 1e6) / 1e6, vague, words, unit, currency, round, hyphenUnit };
}
