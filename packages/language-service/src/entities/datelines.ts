import type { Token } from '../nlp/parse.js';
import { lookupPlace } from './gazetteer.js';
import { lexiconTags } from './lexicon.js';
import { lexiconSaysName } from './name-tokens.js';
import { NOT_NAMES } from './patterns.js';

// A dateline opens a wire report's line with the place it was filed from: "NAIROBI 1996-08-31",
// "KHASAVYURT, Russia 1996-08-31", "ORLANDO, Fla. -", "WASHINGTON (Reuters) -". Its words are a
// place whatever they are, known to the gazetteer or not.

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;
/** What ends a dateline's place: a dash, or an agency in brackets. */
const CLOSER = /^[ ,]*(?:[-–—]|\()/;

/**
 * Words of at least two letters, all capitals ("NEW", "YORK"), that may name a place: a common word
 * opens a headline's topic instead ("SOCCER - ...", "PRESS DIGEST").
 */
function isCapsWord(t: Token): boolean {
  if (!/^\p{Lu}[\p{Lu}'’.-]+$/u.test(t.text) || !/\p{Lu}{2}/u.test(t.text) || NOT_NAMES.has(t.normal)) return false;
  return lookupPlace(t.normal) !== undefined || lexiconTags(t.normal) === null || lexiconSaysName(t.normal);
}

function opensLine(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1].post.includes('\n');
}

function isDate(t: Token): boolean {
  return t.tags.has('Date') || /^\d{4}-\d\d-\d\d$/.test(t.text) || MONTH.test(t.normal);
}

/**
 * The place ends before token `b` (`post` what separates them) with an agency in brackets, or with
 * a dash before running text: a headline in capitals has a topic before its dash ("CRICKET - ...").
 */
function closes(tokens: readonly Token[], b: number, post: string): boolean {
  const next = tokens[b];
  if (next === undefined || post.includes('\n')) return false;
  if (post === ' ' && next.pre.startsWith('(')) return true;
  return CLOSER.test(post) && (post.includes('(') || /\p{Ll}/u.test(next.text));
}

/**
 * The token ranges [a, b) of dateline places in the paragraph: the capitals that open a line and,
 * after a comma, the state or country that follows them ("Bosnia", "Fla."). Linear in tokens.
 */
export function datelinePlaces(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensLine(tokens, i) || !isCapsWord(tokens[i])) continue;
    let b = i + 1;
    while (b < tokens.length && b - i < 3 && tokens[b - 1].post === ' ' && isCapsWord(tokens[b])) b++;
    const post = tokens[b - 1].post;
    if (b < tokens.length && post === ' ' && isDate(tokens[b])) { out.push([i, b]); continue; }
    if (closes(tokens, b, post)) { out.push([i, b]); continue; }
    if (post !== ', ' || b >= tokens.length) continue;
    // "NEW YORK, June 5 (AP) -"
    if (isDate(tokens[b])) { out.push([i, b]); continue; }
    // "KHASAVYURT, Russia 1996-08-31": up to three capitalised words, then a date or a closer.
    let e = b;
    while (e < tokens.length && e - b < 3 && /^\p{Lu}/u.test(tokens[e].text) && !isDate(tokens[e])) {
      const after = tokens[e].post;
      e++;
      if (after !== ' ') break;
    }
    if (e === b) continue;
    const end = tokens[e - 1].post;
    if ((e < tokens.length && end === ' ' && isDate(tokens[e])) || closes(tokens, e, end.replace(/^\./, ''))) {
      out.push([i, b], [b, e]);
    }
  }
  return out;
}
