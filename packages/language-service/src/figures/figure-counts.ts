import type { Token } from '../nlp/parse.js';
import type { Figure } from '../types.js';
import { joined } from './number-words.js';

/** What a number counts: the head phrase after it and a participle of what happened to them. */
export interface CountedPhrase {
  /** Token index range [first, last) of the phrase (participle and its auxiliaries included). */
  first: number;
  last: number;
  /** Normal form: lower-case nouns (demonyms kept, other adjectives dropped) + participle. */
  counts: string;
  /** The head noun is plural ("troops"). */
  plural: boolean;
  /** The head is a capitalised singular name: "131 West (55th Street)", "Apollo 11" the other way round. */
  name: boolean;
}

/**
 * What happened to the counted people or things, normalised so that two reports that say
 * "wounded" and "injured" count the same thing.
 */
const EFFECTS: Record<string, string> = {
  killed: 'killed', dead: 'dead', died: 'dead', injured: 'injured', wounded: 'injured', hurt: 'injured',
  displaced: 'displaced', missing: 'missing', detained: 'detained', arrested: 'arrested',
  abducted: 'abducted', kidnapped: 'abducted', captured: 'captured', held: 'held', released: 'released',
  freed: 'released', evacuated: 'evacuated', rescued: 'rescued', hospitalized: 'hospitalized',
  hospitalised: 'hospitalized', executed: 'executed', deported: 'deported', jailed: 'imprisoned',
  imprisoned: 'imprisoned', infected: 'infected', destroyed: 'destroyed', damaged: 'damaged',
};
const AUX = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'now', 'already', 'still']);
const NP_STOP = new Set(['Value', 'Date', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Adverb', 'Copula']);
/** Units of time and measure: "three days" is a figure, but not a count of people or things. */
export const MEASURE_WORDS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'time', 'times', 'am', 'pm',
  'mile', 'miles', 'kilometers', 'kilometres', 'km', 'meters', 'metres', 'feet', 'foot', 'inches',
  'percent', 'points', 'point', 'degrees', "o'clock", 'o’clock',
]);

/** What an amount of money counts ("dollars", "euros", or "money" where the currency is unknown). */
export function isMoneyCount(counts: string): boolean {
  return /^(?:dollars|euros|pounds|yen|yuan|shekels|rupees|money)\b/i.test(counts);
}

function isNounLike(t: Token): boolean {
  return /\p{L}/u.test(t.normal) && !AUX.has(t.normal) && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value');
}

/**
 * A plural noun the tagger read as a verb right after a number ("captured 23 pirates who", "150
 * migrants"): no present-tense verb follows a cardinal, so a lower-case word in -s there is what
 * the number counts.
 */
function pluralReadAsVerb(t: Token): boolean {
  return t.tags.has('Verb') && t.tags.has('PresentTense') && !t.tags.has('Noun') && /^\p{Ll}{2,}[^s]s$/u.test(t.text) && !AUX.has(t.normal);
}

/**
 * Reads the counted phrase starting at token `k` (before `end`, the sentence end). `allowOf`:
 * "hundreds of", "12 percent of" take an "of" before their phrase.
 */
export function readCounted(tokens: readonly Token[], k: number, end: number, allowOf: boolean): CountedPhrase | null {
  const first = k;
  if (k >= end || (k > 0 && !joined(tokens[k - 1], tokens[k]))) return null;
  if (allowOf && k + 1 < end && tokens[k].normal === 'of' && joined(tokens[k], tokens[k + 1])) {
    k++;
    if (tokens[k].normal === 'the' && k + 1 < end && joined(tokens[k], tokens[k + 1])) k++;
  }
  const np: number[] = [];
  // the word right after the number may be a plural the tagger took for a verb: then it is the whole phrase
  let misread = k === first && pluralReadAsVerb(tokens[k]) ? k : -1;
  const nounLike = (x: number) => x === misread || isNounLike(tokens[x]);
  let j = k;
  for (; j < end && np.length < 5; j++) {
    const t = tokens[j];
    const tags = t.tags;
    // ... or right after the modifiers that open the phrase ("23 Somali pirates": the tagger's proper noun, then a verb)
    if (j !== misread && np.length > 0 && np.length <= 2 && pluralReadAsVerb(t) && np.every((x) => !tokens[x].tags.has('Plural'))) misread = j;
    if (j === misread) {
      np.push(j);
      j++;
      break;
    }
    const effectBeforeNoun = t.normal in EFFECTS && j + 1 < end && isNounLike(tokens[j + 1]) && joined(t, tokens[j + 1]);
    const mod = tags.has('Adjective') || isNounLike(t) || effectBeforeNoun;
    if (!mod || (!effectBeforeNoun && [...NP_STOP].some((s) => tags.has(s)))) break;
    if (tags.has('Verb') && !effectBeforeNoun && !tags.has('Noun')) break;
    np.push(j);
    if (j + 1 >= end || !joined(t, tokens[j + 1])) { j++; break; }
  }
  // The head is the last noun; adjectives after it ("killed" read as an adjective) are not part of it.
  let head = -1;
  for (let x = np.length - 1; x >= 0; x--) if (nounLike(np[x])) { head = x; break; }
  const words: string[] = [];
  let last = first;
  let canContinue = true;
  if (head >= 0) {
    for (let x = 0; x <= head; x++) {
      const t = tokens[np[x]];
      if (nounLike(np[x]) || t.tags.has('Demonym')) words.push(t.normal.replace(/['’]s$/, ''));
    }
    last = np[head] + 1;
    canContinue = np[head] + 1 < end && joined(tokens[np[head]], tokens[np[head] + 1]);
  } else if (allowOf && k !== first) {
    return null; // "hundreds of" with nothing countable after it
  }
  // The participle: "Palestinians killed", "millions displaced", "Israelis were killed".
  if (canContinue) {
    let a = last;
    while (a + 1 < end && a - last < 3 && AUX.has(tokens[a].normal) && joined(tokens[a], tokens[a + 1])) a++;
    if (a < end && tokens[a].normal in EFFECTS && (a === last || tokens[a].tags.has('Verb') || tokens[a].tags.has('Adjective'))) {
      words.push(EFFECTS[tokens[a].normal]);
      last = a + 1;
    }
  }
  if (words.length === 0) return null;
  const h = head >= 0 ? tokens[np[head]] : null;
  return {
    first: head >= 0 ? np[0] : last - 1, last, counts: words.join(' '),
    plural: !!h && (h.tags.has('Plural') || np[head] === misread),
    name: !!h && /^\p{Lu}/u.test(h.text) && !h.tags.has('Plural') && !h.tags.has('Demonym') && !/s$/.test(h.text),
  };
}

/**
 * A number joined to its unit by a hyphen ("a 48-page indictment", "a 10-day trip"): it describes a
 * thing, it counts nothing a claim is about. Compared across reports like any figure; left out of
 * claims, their check-worthiness and toll totals.
 */
export function describesThing(f: Figure): boolean {
  return f.countsSpan !== null && /[-\u2010\u2011]$/.test(f.text.slice(0, f.countsSpan.start - f.start));
}
