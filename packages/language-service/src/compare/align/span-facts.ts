/**
 * A span of time as a fact (issue 13, item 1; session 23): what kind of span it is and what it
 * measures, the way a date is keyed by the happening it dates (date-facts.ts). Two spans of two
 * reports are one fact only when their kind, their unit and what they measure agree: "sentenced
 * to 12 years" / "jailed for 18 years" (a prison term); "a seven-year contract" / "an 11-year
 * deal" (a contract); "married his wife two weeks ago" / "had wed three weeks ago" (a time since
 * the wedding). Not "sentenced to 12 years" / "had served eight years of an earlier sentence", nor
 * "with the department for 15 years" / "a member of its gang unit for five years", nor "married
 * two weeks ago" / "returned from Iraq three weeks ago". Generic English, not taken from any data
 * set (the cases are in test/duration-paraphrase-sweep.test.ts).
 */
import type { Figure, Span } from '../../types.js';
import { happeningKey } from './date-facts.js';
import { wordsIn, type Word } from './words.js';

/**
 * The kinds of span: a prison term given, a term served (or an earlier one), a contract's length, an
 * offer's, an age, a time in office or in a post, a marriage's length, a time since a happening, the
 * length of a happening; a deal asked for (a demand) is not one offered nor one signed, nor
 * one hoped for.
 */
export type SpanKind = 'term' | 'served' | 'contract' | 'offer' | 'demand' | 'hope' | 'age' | 'office' | 'marriage' | 'since' | 'length';

/** What a span of time states. */
export interface SpanFact {
  kind: SpanKind;
  /** The unit, singular ("year", "week"). */
  unit: string;
  /**
   * What it measures, as keys: the happening of a length or of a time since ("siege", "marry"),
   * the post of a time in office ("office", "department"). Empty for kinds whose measure is who
   * (a term, a contract, an age, a marriage: the clause's people and organisations, compared by
   * clause-subjects.ts).
   */
  measures: Set<string>;
  /** The capitalised words of its sentence (lower case), names as written: a tagger's person and organisation split does not part them. */
  names: Set<string>;
  /**
   * A time since: the point it is counted from, 'now' ("two weeks ago"), the keys of a happening ("two weeks before the
   * shooting", "30 years after the quake"), or null when not known ("10 minutes later"). null for other kinds.
   */
  from: 'now' | Set<string> | null;
}

const UNIT = /^(second|minute|hour|day|week|month|year|decade)s?$/;
/** Before the number: an age ("at the age of 83", "aged 79"). */
const AGE_BEFORE = /\b(?:at\s+the\s+age\s+of|aged|age)\s+(?:about\s+|nearly\s+|almost\s+|just\s+)?$/i;
/** After the number: an age ("40 years old", "a 40-year-old bridge"). */
const AGE_AFTER = /^[\s-]*years?[\s-]+old\b/i;
/** A unit of time and a word that counts it from another happening: "years after", "weeks ago". */
const SINCE = /^[\s-]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(ago|later|earlier|after|before|since|afterwards?|previously)\b/i;
/** Before the number: a length whatever follows ("lasted two hours before", "worked there for 15 years before"). */
const LENGTH_BEFORE = /\b(?:for|lasted|lasting|lasts|last|spent|spending|took|takes|take)\s+(?:the\s+)?(?:(?:next|past|last|first|about|some|nearly|almost|roughly|around|over|more\s+than|at\s+least|just|only)\s+)*$/i;
/** Before the number: a term served ("had served eight years", "spent 12 years in jail"). */
const SERVED_BEFORE = /\b(?:served|serving|spent|had\s+spent)\s+(?:(?:about|some|nearly|almost|more\s+than|over|just|only|the\s+past|the\s+last)\s+)*$/i;
/** Words after which the words of a clause tell another happening ("lasted four days before troops stormed it"). */
const AFTER_BREAK = /\b(?:before|after|when|until|since|while|because|as|and|but|which|who|that)\b/i;

/** Before the number: a window of time in which things happened ("in the last four years", "over the past decade"). */
const WINDOW_BEFORE = /\b(?:in|over|during|within|throughout)\s+(?:the\s+)?(?:(?:last|past|next|previous|coming|first|nearly|almost|about|some|more\s+than)\s+)*$/i;
/** Before the number: a bound, not a value ("under age 40", "over 30 years"). */
const BOUND_BEFORE = /\b(?:under|over|above|below|younger\s+than|older\s+than)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$/i;
/** Before the number: a span added to another ("adding three years to his sentence", "another two years"). */
const ADDED_BEFORE = /\b(?:add|adds|added|adding|extra|additional|another|further)\s+(?:(?:about|some|nearly|almost|more\s+than|over|just|only)\s+)*$/i;
const SERVE = /^(?:serve|served|serving|serves)$/;
/** Words of a side asking for a deal ("asking for an eight-year contract"). */
const DEMAND = /^(?:ask|asks|asked|asking|seek\w*|sought|demand\w*|request\w*|counter\w*)$/;
/** Words of a deal hoped for ("hoping his client could attract a 10-year deal"): not one asked for in talks. */
const HOPE = /^(?:hop(?:e|es|ed|ing)|want\w*|expect\w*|wish\w*|looking|envision\w*)$/;
const PRISON = /^(?:sentenc\w*|jail\w*|imprison\w*|prison|prisons|incarcerat\w*|custod\w*|bars|penitentiary)$/;
const EARLIER = /^(?:earlier|previous|prior|former|first|another|separate)$/;
const CONTRACT = /^(?:contracts?|deals?|extensions?|agreements?|pacts?|leases?)$/;
const OFFER = /^(?:offers?|offered|offering|bids?|proposals?|proposed)$/;
const MARRIAGE = /^(?:marri\w*|wed|weds|wedded|wedlock)$/;

/**
 * Words of a post or an office, one key: a second outlet writes "held office" or "mayor of the
 * city", "served in the Senate" or "a senator". Other words of a time in a post are compared as
 * they are ("with the department", "a member of its gang unit").
 */
const OFFICE = /^(?:office|offices|mayor\w*|senat\w*|governor\w*|presiden\w*|minister\w*|premier\w*|chancellor\w*|congress\w*|parliament\w*|reign\w*|tenure|power|incumbent)$/;
/** Words of a time in a post (any of them makes a length a time in office). */
const POST = /^(?:office|offices|mayor\w*|senat\w*|governor\w*|presiden\w*|minister\w*|premier\w*|chancellor\w*|congress\w*|parliament\w*|reign\w*|tenure|incumbent|chair\w*|ceo|chief|director|leader|head|coach|coached|coaching|manager|member|members|department|unit|career|worked|working|employed|served|serving|veteran|job|post)$/;
/** Words of a time in a post that say nothing of which post ("has worked", "served"). */
const POST_VERBS = new Set(['worked', 'working', 'employed', 'served', 'serving', 'career', 'job', 'post', 'veteran', 'member', 'members']);

/**
 * Happenings whose length or whose time since is a fact, named by nouns that are no verbs'
 * forms (date-facts.ts keys those): "a four-day siege", "a nine-hour standoff", "in hospital".
 */
const HAPPENING_NOUNS: ReadonlyArray<[string, RegExp]> = [
  ['hospital', /^(?:hospital\w*)$/],
  ['siege', /^(?:sieges?|besieg\w*)$/],
  ['standoff', /^(?:standoffs?|stand-offs?)$/],
  ['strike', /^(?:strikes?|walkouts?|striking)$/],
  ['quake', /^(?:quakes?|earthquakes?|tremors?|temblors?)$/],
  ['talks', /^(?:talks|negotiat\w*)$/],
  ['outage', /^(?:outages?|blackouts?|disruptions?)$/],
  ['trial', /^(?:trials?|hearings?)$/],
  ['war', /^(?:wars?|conflicts?|fighting|battles?)$/],
  ['flight', /^(?:flights?|voyages?|journeys?|trips?)$/],
  ['search', /^(?:search\w*|manhunts?|hunt)$/],
  ['captivity', /^(?:captiv\w*|hostages?|kidnapp\w*|held)$/],
  ['coma', /^(?:comas?|unconscious)$/],
];

/** Verbs of a length that say nothing of what lasts. */
const LENGTH_VERBS = /^(?:last|lasted|lasts|lasting|take|takes|took|taking|spend|spends|spent|spending|span|spans|spanned)$/;

/** The unit of time of a figure, singular ("years", "10-year contract": "year"), or null when it is no span of time. */
export function spanUnit(text: string, f: Figure): string | null {
  if (f.counts) {
    const first = f.counts.toLowerCase().split(' ')[0];
    const m = UNIT.exec(first);
    // "10-year contract", "four-day siege": a unit joined to its number; "three days" counted is a span too
    return m ? m[1] : null;
  }
  const next = /^[\s-]+(\p{L}+)/u.exec(text.slice(f.end, f.end + 30));
  const m = next ? UNIT.exec(next[1].toLowerCase()) : null;
  if (m) return m[1];
  return AGE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)) ? 'year' : null;
}

/** What a span of time states, read from its clause (and, for a contract's or a term's cue, its sentence before it); null when its kind is not known. */
export function spanFact(analysis: { text: string }, sentence: Span, clause: Span, f: Figure, unit: string): SpanFact | null {
  const { text } = analysis;
  const before = text.slice(clause.start, f.start);
  const numberEnd = f.countsSpan && f.countsSpan.start > f.start ? f.countsSpan.start : f.end;
  const after = text.slice(numberEnd, clause.end);
  // "in the last four years", "under age 40": a window in which things happened, or a bound; no span of anything
  if (WINDOW_BEFORE.test(before.slice(-40)) || BOUND_BEFORE.test(before.slice(-30))) return null;
  const pre = wordsIn(analysis, { start: clause.start, end: f.start });
  const counted = f.countsSpan ? wordsIn(analysis, f.countsSpan).slice(1) : [];
  // the words after the span up to another happening ("in hospital with pneumonia"; not "before troops stormed it")
  const restAt = f.countsSpan ? Math.max(f.end, f.countsSpan.end) : f.end;
  const rest = text.slice(restAt, clause.end);
  const cut = AFTER_BREAK.exec(rest);
  const post = wordsIn(analysis, { start: restAt, end: restAt + (cut ? cut.index : rest.length) });
  const all = [...pre, ...counted, ...post];
  const has = (re: RegExp, words: readonly Word[] = all) => words.some((w) => re.test(w.norm));
  const fact = (kind: SpanKind, measures: Set<string> = new Set(), from: SpanFact['from'] = null): SpanFact => ({ kind, unit, measures, names: namesIn(text, wordsIn(analysis, sentence)), from });

  if (AGE_BEFORE.test(before.slice(-30)) || AGE_AFTER.test(after)) {
    // an age at a happening ("died at the age of 83", "aged 95"): at which, read from its sentence
    return fact('age', happenings(wordsIn(analysis, sentence).filter((w) => w.norm !== 'aged' && /^\p{Ll}/u.test(text.slice(w.start, w.end)))));
  }
  const since = SINCE.exec(after);
  if (since && !LENGTH_BEFORE.test(before.slice(-40))) {
    // the happening told ("married two weeks before the shooting", "married two weeks ago": the wedding), else the one
    // it is counted from ("30 years after the quake": the quake)
    // counted from now ("ago") or from another happening ("before the shooting"): "married two weeks ago" and "married
    // three weeks before he was murdered" count from two points
    const told = happenings(pre);
    const word = since[1].toLowerCase();
    const reference = /^(?:after|before|since)$/.test(word) ? happenings(wordsIn(analysis, { start: numberEnd + since.index + since[0].length, end: clause.end })) : null;
    const from = word === 'ago' ? 'now' : reference && reference.size > 0 ? reference : null;
    return fact('since', told.size > 0 ? told : reference ?? new Set(), from);
  }
  const sentenceBefore = wordsIn(analysis, { start: sentence.start, end: f.start });
  // a term served ("served four months", "with 9 months to serve"), or an earlier one; not "serving a 12-year sentence",
  // which is the term itself
  const termNoun = counted.some((w) => w.norm === 'term' || w.norm === 'sentence');
  const served = (termNoun ? false : SERVED_BEFORE.test(before) || has(SERVE)) || has(EARLIER);
  // "adding three years to his sentence", "kept him out of prison for 30 years": no term
  if (ADDED_BEFORE.test(before.slice(-30)) || /\bout\s+of\s+(?:prison|jail)\b/i.test(text.slice(clause.start, clause.end))) return null;
  if (has(PRISON) || termNoun) return fact(served ? 'served' : 'term');
  // "with 9 months to serve", the sentence telling the sentence: a term served
  if (has(SERVE) && has(PRISON, sentenceBefore)) return fact('served');
  if (has(CONTRACT)) {
    // who stands where on a deal: the nearest cue before it in its sentence ("offered Teixeira, 28, an eight-year deal"; "hoping for a 10-year deal")
    const cue = [...sentenceBefore].reverse().find((w) => OFFER.test(w.norm) || DEMAND.test(w.norm) || HOPE.test(w.norm));
    return fact(cue === undefined ? 'contract' : OFFER.test(cue.norm) ? 'offer' : DEMAND.test(cue.norm) ? 'demand' : 'hope');
  }
  if (has(OFFER)) return fact('offer');
  if (has(MARRIAGE)) return fact('marriage');
  if (has(POST)) return fact('office', posts(text, pre, all));
  const keys = happenings(all);
  if (keys.size > 0 && (LENGTH_BEFORE.test(before.slice(-40)) || pre.some((w) => LENGTH_VERBS.test(w.norm)) || counted.length > 0)) return fact('length', keys);
  return null;
}

/** The capitalised words of a sentence, lower case: names as written; no function words ("The", "He") nor number words ("Five years later"). */
function namesIn(text: string, words: readonly Word[]): Set<string> {
  return new Set(words.filter((w) => w.content && /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !/\d/.test(w.norm) && !NUMBER_WORD.test(w.norm)).map((w) => w.norm));
}
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)$/;

/**
 * Two spans' sentences that both name someone name someone in common as written ("Bernard Madoff was sentenced" / "The
 * judge gave Madoff"); a sentence naming nobody ("He served four months") is not told apart by names.
 */
export function namesMeet(a: SpanFact, b: SpanFact): boolean {
  if (a.names.size === 0 || b.names.size === 0) return true;
  for (const n of a.names) if (b.names.has(n)) return true;
  return false;
}

/** The keys of the happenings of some words: the nouns above, else date-facts' families and eventive words (lower case only). */
function happenings(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (!w.content || LENGTH_VERBS.test(w.norm)) continue;
    const noun = HAPPENING_NOUNS.find(([, re]) => re.test(w.norm));
    const k = noun ? noun[0] : happeningKey(w.norm, w.stem);
    if (k) out.add(k);
  }
  return out;
}

/**
 * The posts of a time in a post: an office as one key; other lower-case words of the post as their
 * stems, and every word of the place it is held at, capitalised or not ("served with the Los
 * Angeles County Sheriff's Department for 15 years", "a member of its anti-gang unit for five years").
 */
function posts(text: string, pre: readonly Word[], words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  const add = (w: Word) => {
    if (OFFICE.test(w.norm)) out.add('office');
    else if (w.content && !/\d/.test(w.norm) && !LENGTH_VERBS.test(w.norm) && !POST_VERBS.has(w.norm) && w.norm.length > 2 && !UNIT.test(w.norm) && !FILLER.has(w.norm)) out.add(w.stem);
  };
  for (const w of words) if (OFFICE.test(w.norm) || /^\p{Ll}/u.test(text.slice(w.start, w.end))) add(w);
  // the words after the last preposition before the span's own "for"
  let end = pre.length;
  while (end > 0 && (FILLER.has(pre[end - 1].norm) || pre[end - 1].norm === 'the' || pre[end - 1].norm === 'for')) end--;
  let at = end - 1;
  while (at >= 0 && !PLACE_PREPOSITIONS.has(pre[at].norm)) at--;
  if (at >= 0) for (const w of pre.slice(at + 1, end)) add(w);
  return out;
}
const PLACE_PREPOSITIONS = new Set(['with', 'for', 'at', 'in', 'of', 'on', 'from']);
const FILLER = new Set(['past', 'next', 'last', 'nearly', 'almost', 'least', 'roughly', 'around', 'about', 'some', 'more', 'than', 'been', 'had', 'has', 'have', 'still', 'already', 'now']);

/**
 * How two spans of time stand: one fact (the same kind and unit, and what they measure in common,
 * or a kind measured by who), two facts (another kind, unit or measure, or a time since counted
 * from another point), or not known (a kind
 * measured by a thing, and one of the two says nothing of what it measures: "Thirty years ago when
 * I was in Sydney"), which the words around them decide.
 */
export function spanRelation(a: SpanFact, b: SpanFact): 'same' | 'apart' | 'unknown' {
  if (a.kind !== b.kind || a.unit !== b.unit) return 'apart';
  if (MEASURED_BY_WHO.has(a.kind)) return 'same';
  if (a.from !== null && b.from !== null && (a.from === 'now' || b.from === 'now' ? a.from !== b.from : !meet(a.from, b.from))) return 'apart';
  if (a.measures.size === 0 || b.measures.size === 0) return 'unknown';
  return meet(a.measures, b.measures) ? 'same' : 'apart';
}

function meet(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const x of xs) if (ys.has(x)) return true;
  return false;
}

/** Kinds whose measure is who: the clauses' people and organisations (clause-subjects.ts) decide. */
export const MEASURED_BY_WHO: ReadonlySet<SpanKind> = new Set(['term', 'served', 'contract', 'offer', 'demand', 'hope', 'marriage']);
/**
 * Kinds whose measure is who, and a named party: two such spans whose sentences both name someone are one fact only when
 * they name someone in common (two teams' offers, two defendants' terms are two).
 */
export const NAMED_PARTIES: ReadonlySet<SpanKind> = new Set(['term', 'served', 'contract', 'offer', 'demand', 'hope']);
