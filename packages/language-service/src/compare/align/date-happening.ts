/**
 * What a date of a report dates (issue 13, item 1): the happening, read from the words of its
 * clause that lead up to it ("was killed on June 24": kill; "a shooting at an office party in
 * Vancouver Friday": shoot, office, party), or that it modifies ("the June 20, 2005 attempted
 * murder": attempt, murder). Two dates whose happenings share no word date two happenings and are
 * not compared. A dateline or a stamp of the page dates the report, not a happening.
 */
import type { Span } from '../../types.js';
import { wordsIn } from './words.js';

/** Where the words leading up to a date stop: punctuation (not inside "9:15" or "31,000"), a dash, and words that open another happening. */
const LEAD_BREAK = /[;()[\]—–]|[:,](?!\d)|\s-\s|\b(?:after|before|while|when|as|following|since|until|because|although|though|and|but|which|who|that|where|than)\b/gi;
/** Month and day names and other time words: the date itself, not what it dates. */
const TIME_WORDS = new Set((
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night week month year day ' +
  'ago last next earlier later early late date am pm m p'
).split(' '));
/** Words that date a statement about the event, not a happening of it ("Seacom announced on Twitter today (14 October)"). */
const SAYING_STEMS = new Set(['announc', 'announce', 'said', 'say', 'says', 'tell', 'told', 'tweet', 'confirm', 'report', 'state', 'stat', 'reveal', 'post']);

/** What a date dates: the stems of its happening, and whether that is a statement about the event. */
export interface Happening {
  stems: Set<string>;
  /** The word nearest before the date says or posts something ("announced on Twitter today (14 October)"). */
  saying: boolean;
  /** Where the words leading up to the date start: who is named there is who the happening is of. */
  leadStart: number;
  /** The spans read: the words leading up to the date, and those it modifies ("the June 20 attempted murder"). */
  spans: Span[];
  /** The words of the clause before the lead's break ("died" in "died while in prison custody on December 19"). */
  previous: Span;
  /** The date modifies the words after it ("the June 20 attempted murder"): spans[1] is what it dates. */
  modifies: boolean;
}

/**
 * The stems of the happening a date dates: the lower-case content words between the last break
 * before the date and the date (names and time words left out: who and when are compared
 * elsewhere), and after "the <date>" the words it modifies up to the next preposition.
 */
export function happeningOf(analysis: { text: string }, sentence: Span, d: Span): Happening {
  const { text } = analysis;
  const lead = text.slice(sentence.start, d.start);
  const breaks = [0];
  LEAD_BREAK.lastIndex = 0;
  for (let m = LEAD_BREAK.exec(lead); m !== null; m = LEAD_BREAK.exec(lead)) {
    // "restored before 28 December", "take until December 28": a preposition of the date, not a new clause
    if (/^(?:before|until|since|after)$/i.test(m[0]) && /^\s*(?:the\s+)?$/i.test(lead.slice(m.index + m[0].length))) continue;
    breaks.push(m.index, m.index + m[0].length);
  }
  // a date in brackets restates the one before it ("announced today (14 October 2011)"): the words before the bracket
  let from = breaks[breaks.length - 1];
  if (lead[breaks[breaks.length - 2]] === '(' && !/\p{L}/u.test(lead.slice(from))) from = breaks.length > 3 ? breaks[breaks.length - 3] : 0;
  const spans: Span[] = [{ start: sentence.start + from, end: d.start }];
  let tail = false;
  // the date modifies what follows it ("the June 20 attempted murder"), not when "the" is the date's own ("on the 12th of
  // March") nor when a comma closes it ("on the 12th of March, the judge ruled")
  const ownArticle = /^\d/.test(text.slice(d.start, d.end)) && /\bthe\s+$/i.test(lead);
  if (!ownArticle && !/^,\s*\p{L}/u.test(text.slice(d.end)) && /\b(?:the|a|an|its|his|her|their)\s+(?:[a-z]+\s+)?$|['’]s\s+(?:[a-z]+\s+)?$/i.test(lead)) {
    const m = /^[,\s\d]*((?:[\p{L}-]+\s*){0,3}?)(?=(?:of|in|at|on|for|by|with|to|from|that|which|and)\b|[.,;:]|$)/iu.exec(text.slice(d.end, Math.min(sentence.end, d.end + 60)));
    if (m) { spans.push({ start: d.end, end: d.end + m[0].length }); tail = /\p{L}/u.test(m[1]); }
  }
  const stems = new Set<string>();
  let last = '';
  for (const [k, span] of spans.entries()) {
    for (const w of wordsIn(analysis, span)) {
      if (k === 0 && /^\p{Ll}/u.test(text.slice(w.start, w.end)) && !TIME_WORDS.has(w.norm) && !ASIDE.has(w.norm)) last = w.stem;
      // a name is who, not what; a word capitalised as it opens its sentence is not a name when the report writes it in lower case too ("Born on April 22")
      const capitalised = /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !(w.start === sentence.start && new RegExp(`\\b${w.norm}\\b`).test(text));
      if (!w.content || /\d/.test(w.norm) || TIME_WORDS.has(w.norm) || capitalised) continue;
      // "experience" ~ "experienced", "restore" ~ "restored"
      stems.add(w.stem.replace(/(?<=..)e$/, ''));
    }
  }
  // the words before the last break: what a verbless lead hangs on ("died while in prison custody on December 19")
  const previous = { start: sentence.start + (breaks.length > 2 ? breaks[breaks.length - 3] : 0), end: spans[0].start };
  return { stems, saying: !tail && SAYING_STEMS.has(last), leadStart: spans[0].start, spans, previous, modifies: tail };
}

/**
 * The words after a date up to the next break of its clause: the happening of a date that opens
 * its sentence or clause ("On November 22, Tabar sank a pirate vessel", "July 16, 2009 to announce
 * his nominee").
 */
export function happeningWordsAfter(text: string, sentence: Span, d: Span): Span {
  const limit = Math.min(sentence.end, d.end + 80);
  const rest = text.slice(d.end, limit);
  // "until December 28 before normal service was restored", "on June 17, when the burglars were arrested"
  const skip = /^[\s,\d]*(?:(?:before|when)\s+)?/i.exec(rest)![0].length;
  LEAD_BREAK.lastIndex = 0;
  const tail = rest.slice(skip);
  const m = LEAD_BREAK.exec(tail);
  LEAD_BREAK.lastIndex = 0;
  return { start: d.end + skip, end: d.end + skip + (m ? m.index : tail.length) };
}

/**
 * Words between a verb of saying and its date that do not change what is dated ("announced on Twitter today",
 * "said in an article in the Washington Post on June 2", "told reporters at a news conference on Friday").
 */
const ASIDE = new Set([
  'on', 'in', 'at', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'statement', 'twitter', 'website', 'blog', 'here', 'there',
  'article', 'interview', 'email', 'letter', 'speech', 'column', 'news', 'press', 'conference', 'briefing', 'reporters',
]);

const STAMP_WORDS = new Set(['updated', 'posted', 'published', 'last', 'modified', 'edt', 'est', 'gmt', 'utc', 'bst', 'cet']);

/**
 * A dateline or a stamp of the page: a date on a line without prose ("June 28, 2008", "Sunday,
 * January 5, 2011 at 12:19 PM", "By Jane Roe, June 5"), or after a place at the start of a line and
 * before an agency or a dash ("WASHINGTON, June 28 (Reuters) -"), or opening a line before a dash
 * ("27/09/2013-Turkmenistan to hold elections").
 */
export function isDateline(text: string, d: Span): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  const next = text.indexOf('\n', d.end);
  const before = text.slice(lineStart, d.start);
  const after = text.slice(d.end, next < 0 ? text.length : next);
  const prose = (s: string) => (s.match(/\b[a-z]{3,}\b/g) ?? []).filter((w) => !STAMP_WORDS.has(w)).length;
  if (prose(before) + prose(after) === 0) return true;
  // a stamp glued to the headline at the start of a line ("27/09/2013-Turkmenistan to hold elections", "June 5 | Headline")
  if (/^\s*$/.test(before) && /^\s*(?:[-–—|]|::)/.test(after)) return true;
  return /^[\p{Lu}\s.,'’-]*$/u.test(before) && /^[,\s]*(?:\d{4})?[,\s]*(?:\(|[-–—]\s)/u.test(after);
}
