// Planted changes in pairs of DIFFERENT reports of one event (scripts/eval-pairs.ts): a change is
// planted in report A only where report B states the same fact the same way, so the comparison
// must find the fact across paraphrase, order and sentence boundaries, not across a copy. Like
// mutations-lib.ts it reads the raw text only (and, for names, the gold person mentions), never
// the analysis, so the comparison is measured, not echoed.

import { datesSomething, hashSeed, quotedStrings, sites, type MutationType } from './mutations-lib.ts';

/** Share of shared 5-word runs above which two reports are near-copies (one outlet's text reused), not two reports. */
export const NEAR_COPY = 0.3;

/** One replacement of text[start, end) by `after`, in the unchanged text's offsets. */
export interface Edit { start: number; end: number; before: string; after: string }

/**
 * A planted change: one edit (figure, date, quote) or every occurrence of a surname (name). A figure's
 * plant says where A states the fact (`at`: the number and its counted noun) and where B writes it the
 * same way (`twins`), for the gold to say whether they are one fact (scripts/eval-pairs.ts).
 */
export interface Plant { type: MutationType; edits: Edit[]; fact: string; at?: Span; twins?: Span[] }

/** A span of a report's text. */
export interface Span { start: number; end: number }

/** A person mention of the gold (ECB+ `coarse_type: PER`): its text and its coreference chain. */
export interface PersonMention { start: number; end: number; text: string; chain: string }

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The 5-word runs of a text (lower-cased words, punctuation dropped). */
export function wordRuns(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  return out;
}

/** Shared 5-word runs over the runs of the shorter report: 1 for a copy, near 0 for two outlets' own texts. */
export function sharedRunShare(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const r of small) if (large.has(r)) shared++;
  return shared / small.size;
}

export const isNearCopy = (a: Set<string>, b: Set<string>): boolean => sharedRunShare(a, b) > NEAR_COPY;

/** The text with the plant's edits applied. */
export function applyPlant(text: string, p: Plant): string {
  let out = text;
  for (const e of [...p.edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.after + out.slice(e.end);
  return out;
}

/** An offset of the unchanged text in the changed text (an offset inside an edit maps to the edit's start). */
export function mapOffset(p: Plant, at: number): number {
  let shift = 0;
  for (const e of p.edits) {
    if (at >= e.end) shift += e.after.length - e.before.length;
    else if (at > e.start) return e.start + shift;
  }
  return at + shift;
}

/** The changed places, in the changed text's offsets. */
export function changedPlaces(p: Plant): Array<[number, number]> {
  return p.edits.map((e) => { const s = mapOffset(p, e.start); return [s, s + e.after.length]; });
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/** A number a third or more away: x 1.5, rounded up, written as it was (digits with or without commas, or a number word). */
export function changedNumber(n: string): string | null {
  const lower = n.toLowerCase();
  const word = NUMBER_WORDS.indexOf(lower) >= 0 ? NUMBER_WORDS.indexOf(lower) : TENS[lower];
  if (word !== undefined) {
    if (word < 2) return null;
    const v = Math.ceil(word * 1.5);
    const w = NUMBER_WORDS[v] ?? Object.keys(TENS).find((k) => TENS[k] === v) ?? String(v);
    return /^[A-Z]/.test(n) ? w[0].toUpperCase() + w.slice(1) : w;
  }
  const decimals = n.split('.')[1]?.length ?? 0;
  const v = Number(n.replace(/,/g, ''));
  if (!(v > 0)) return null;
  const out = decimals > 0 ? (v * 1.5).toFixed(decimals) : String(Math.max(v + 1, Math.ceil(v * 1.5)));
  return n.includes(',') ? Number(out).toLocaleString('en-US') : out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words after a number that are not what it counts ("8 and 9", "two other men", "150 nautical miles" keeps "nautical": a modifier, kept as B must match it too). */
const NOT_COUNTED = new Set('and or but nor other others more less of to in at on for the with from than per are were was have had has who which that'.split(' '));
const COUNTED = /^\s+((?:million\s+|billion\s+|thousand\s+)?[a-z]{3,})/;

/**
 * Numbers that name or place, not count, so no two reports state them as a figure of the story: a
 * model or a calibre ("AK 47 rifles", "a. 357 magnum", the decimal point of ".357" cut off), a street
 * block ("the 12200 block of 223rd Street"), a decade ("the nineteen fifties").
 */
const NAMING_BEFORE = /(?:(?<![\p{L}\p{N}])(?:\p{Lu}{2,4}[\s-]|\p{Lu}-)|\b(?:a|an|the)\.\s?)$/u;
const NAMING_NOUN = /^(?:block|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)$/;
/** A span of time told as the time since another happening ("two weeks ago", "30 years after he tipped off reporters"), not a length ("for 30 years"). */
const SINCE = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|later|earlier|after|before|since|afterwards?)\b/i;
const since = (text: string, end: number) => SINCE.test(text.slice(end, end + 40));
/** An upper bound before a number ("as many as four robbers", "up to 50"): raised, it still allows the other report's plain figure. */
const UPPER_BOUND = /\b(as\s+many\s+as|up\s+to|fewer\s+than|less\s+than|no\s+more\s+than|at\s+most|under|almost|nearly)\s+$/i;
const boundBefore = (text: string, start: number) => UPPER_BOUND.exec(text.slice(Math.max(0, start - 20), start))?.[1].toLowerCase().replace(/\s+/g, ' ') ?? '';

/**
 * Figures: a number and its counted noun ("150 migrants", "three people") that B writes the same. A
 * span of time only where B tells it the same way, as a time since another happening or as a length
 * in both ("married two weeks ago" / "married two weeks before the shooting"; not "hospitalized for
 * the past three weeks" / "a heart attack suffered almost three weeks ago": two facts). An upper bound
 * ("as many as four robbers") only where B gives the same bound: raised, "as many as six robbers" still
 * allows B's "four robbers", which is no disagreement.
 */
function figurePlants(a: string, b: string): Plant[] {
  const found = sites(a, 'figure').map((m) => ({ start: m.start, n: m.before }));
  for (const m of a.matchAll(new RegExp(`(?<![\\w-])(${[...NUMBER_WORDS.slice(2), ...Object.keys(TENS).slice(1)].join('|')})\\b`, 'gi'))) found.push({ start: m.index!, n: m[1] });
  const out: Plant[] = [];
  for (const { start, n } of found) {
    const noun = COUNTED.exec(a.slice(start + n.length, start + n.length + 40))?.[1];
    const after = changedNumber(n);
    if (!noun || !after || NOT_COUNTED.has(noun) || NAMING_NOUN.test(noun) || NAMING_BEFORE.test(a.slice(Math.max(0, start - 8), start))) continue;
    const same = new RegExp(`(?<![\\p{L}\\p{N}$.,-])${escape(n)}(?=\\s+${escape(noun).replace(/\s+/g, '\\s+')}\\b)`, 'giu');
    const told = since(a, start + n.length);
    const bound = boundBefore(a, start);
    const twins = [...b.matchAll(same)].filter((m) => since(b, m.index! + m[0].length) === told && (bound === '' || boundBefore(b, m.index!) === bound));
    if (twins.length === 0) continue;
    const spanOf = (at: number, text: string) => ({ start: at, end: at + (COUNTED.exec(text.slice(at + n.length, at + n.length + 40))?.[0].length ?? 0) + n.length });
    out.push({ type: 'figure', fact: `${n} ${noun}`, edits: [{ start, end: start + n.length, before: n, after }], at: spanOf(start, a), twins: twins.map((m) => spanOf(m.index!, b)) });
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.?';
const monthOf = (m: string) => MONTHS.findIndex((x) => x.startsWith(m.replace('.', '').slice(0, 3)));

/** The month and day of every date in a text that dates a happening (not a dateline), with the day's offset. */
export function monthDays(text: string): Array<{ month: number; day: number; at: number }> {
  const out: Array<{ month: number; day: number; at: number }> = [];
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?![\\d,]\\d|:)`, 'g'))) out.push({ month: monthOf(m[1]), day: Number(m[2]), at: m.index! + m[0].length - m[2].length });
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}`, 'g'))) out.push({ month: monthOf(m[2]), day: Number(m[1]), at: m.index! });
  return out.filter((d) => d.day >= 1 && d.day <= 31 && datesSomething(text, d.at)).sort((x, y) => x.at - y.at);
}

/** Dates: a month and day, dating a happening in both reports; the day moves by three. */
function datePlants(a: string, b: string): Plant[] {
  const inB = new Set(monthDays(b).map((d) => `${d.month}-${d.day}`));
  return monthDays(a).filter((d) => inB.has(`${d.month}-${d.day}`)).map((d) => {
    const before = String(d.day);
    return { type: 'date', fact: `${MONTHS[d.month]} ${d.day}`, edits: [{ start: d.at, end: d.at + before.length, before, after: String(d.day <= 25 ? d.day + 3 : d.day - 3) }] };
  });
}

/**
 * Quotes: one word of a quotation, where B quotes the same words around it (three either side,
 * within the quote; nearer a quote's start or end than that, B's quote starts or ends there too:
 * "... for a long time" at the end of one quote is not "for a long time whether ..." inside another).
 */
function quotePlants(a: string, b: string): Plant[] {
  const quotesB = quotedStrings(b).map((q) => ` ^ ${words(q.inner).join(' ')} $ `);
  const quotesA = quotedStrings(a);
  const out: Plant[] = [];
  for (const m of sites(a, 'quote')) {
    const q = quotesA.find((x) => x.start <= m.start && m.start < x.start + x.inner.length)!;
    const before = words(q.inner.slice(0, m.start - q.start));
    const after = words(q.inner.slice(m.end - q.start));
    const left = before.length >= 3 ? before.slice(-3) : ['^', ...before];
    const right = after.length >= 3 ? after.slice(0, 3) : [...after, '$'];
    const window = [...left, m.before.toLowerCase(), ...right].join(' ');
    if (!quotesB.some((x) => x.includes(` ${window} `))) continue;
    out.push({ type: 'quote', fact: window, edits: [{ start: m.start, end: m.end, before: m.before, after: m.after }] });
  }
  return out;
}

/** Two neighbouring letters of a surname swapped (a hash picks which), e.g. Lohan -> Lhoan. */
export function misspelt(name: string): string | null {
  const at = [...Array(name.length - 2).keys()].map((i) => i + 1).filter((i) => name[i] !== name[i + 1] && i + 1 < name.length);
  if (at.length === 0) return null;
  const i = at[hashSeed(name) % at.length];
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** Names: a person's surname that both reports' gold mentions of that person use, and that neither report writes in lower case (a word, not a name); every occurrence in A misspelt. */
function namePlants(a: string, b: string, personsA: readonly PersonMention[], personsB: readonly PersonMention[]): Plant[] {
  const surname = (m: PersonMention) => /(?:^|\s)([A-Z][a-z]{3,})$/.exec(m.text)?.[1];
  const inB = new Set(personsB.map((m) => `${m.chain} ${surname(m)}`));
  const out: Plant[] = [];
  const seen = new Set<string>();
  // a capitalised common word the gold marks as a person ("Three", "Suspect", "Employees" in a headline) is no surname
  const lower = new Set([...words(a.replace(/\b\p{Lu}\p{L}*/gu, ' ')), ...words(b.replace(/\b\p{Lu}\p{L}*/gu, ' '))]);
  for (const m of personsA) {
    const s = surname(m);
    if (!s || seen.has(s) || !inB.has(`${m.chain} ${s}`) || lower.has(s.toLowerCase())) continue;
    seen.add(s);
    const after = misspelt(s);
    if (!after) continue;
    const edits = [...a.matchAll(new RegExp(`\\b${s}\\b`, 'g'))].map((x) => ({ start: x.index!, end: x.index! + s.length, before: s, after }));
    out.push({ type: 'name', fact: s, edits });
  }
  return out;
}

/** Every change that could be planted in A for the pair (A, B), of one type. */
export function pairPlants(a: string, b: string, type: MutationType, persons: { a: readonly PersonMention[]; b: readonly PersonMention[] } = { a: [], b: [] }): Plant[] {
  if (type === 'figure') return figurePlants(a, b);
  if (type === 'date') return datePlants(a, b);
  if (type === 'quote') return quotePlants(a, b);
  return namePlants(a, b, persons.a, persons.b);
}
