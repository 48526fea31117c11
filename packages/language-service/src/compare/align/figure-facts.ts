import type { Figure, Span } from '../../types.js';
import { wordsIn, type Word } from './words.js';

/**
 * What a figure states besides its counted thing and whose it is (clause-subjects.ts): the
 * happening of its clause, the rate it is given at, when (the sentence's weekdays, years, season), and whether it is a part of a whole or a whole
 * summed over parts. Two figures are compared only when these agree (`differentFacts`).
 */
export interface FigureFact {
  /** Kinds of happening the figure's clause tells ("escaped", "caught", "dead"); empty when none is known. */
  happenings: Set<string>;
  /** The unit of time or thing the figure is given per ("season": "$22 million per season"); '' for none. */
  rate: string;
  /** A part of a larger count ("two other rifles", "two of them", "the remaining three", "including 12 children"). */
  part: boolean;
  /** A whole summed over parts of the sentence ("a combined 157 games with the Angels and Braves"). */
  whole: boolean;
  /** When, as the sentence names it: weekdays, years, "this season", "last year" (lower case); empty when it names none. */
  period: Set<string>;
  /**
   * A time counted from another happening ("30 years after he tipped off reporters", "two weeks
   * ago", "10 minutes later"), not the length of one ("for 48 years", "lasted two hours").
   */
  since: boolean;
  /** How many live in a place ("home to 120,000 people", "a city of 500,000", "a population of 2 million"), not a count of the event. */
  population: boolean;
}

/**
 * Words of a happening, by kind: two clauses that each tell one and share none tell two
 * happenings ("two of them managed to escape" / "intercepted the remaining three"). Kinds, not
 * verbs, so that paraphrases meet ("seized" / "confiscated", "killed" / "died"). Generic English,
 * not taken from any data set.
 */
const HAPPENINGS: ReadonlyArray<[string, RegExp]> = [
  ['escaped', /^(?:escap\w*|fle[ed]\w*|fled|flee|flees|fleeing)$/],
  ['caught', /^(?:intercept\w*|captur\w*|seiz\w*|nabb?\w*|arrest\w*|detain\w*|apprehend\w*|confiscat\w*|caught|catch\w*)$/],
  ['dead', /^(?:kill\w*|die|died|dies|dying|dead|death|deaths|perish\w*|slay|slays|slaying|slayings|slain)$/],
  ['shot', /^(?:shot|shoot|shoots|shooting|gunned|gunning)$/],
  ['sentenced', /^(?:sentenc\w*|jailed|imprisoned)$/],
  ['injured', /^(?:injur\w*|wound\w*|hurt\w*)$/],
  ['rescued', /^(?:rescu\w*|saved)$/],
  ['released', /^(?:releas\w*|freed)$/],
  ['missing', /^missing$/],
  ['evacuated', /^(?:evacuat\w*)$/],
];

/**
 * Counted things one outlet names with one word and another with its near-synonym ("14 cars" /
 * "21 vehicles", "300 protesters" / "450 demonstrators", "14 homes" / "21 houses"): one thing to
 * compare. Generic English, not taken from any data set (session 22: a sweep of counts told in two
 * outlets' words, figure-paraphrase-sweep.test.ts). Not "people" (too general) nor kinds of people
 * that are not one group ("residents" / "people", "militants" / "gunmen").
 */
const THINGS: ReadonlyArray<[string, RegExp]> = [
  ['vehicle', /^(?:cars?|vehicles?|automobiles?)$/],
  ['home', /^(?:homes?|houses?|dwellings?)$/],
  ['protester', /^(?:protesters?|protestors?|demonstrators?|marchers?)$/],
  ['worker', /^(?:workers?|employees?|staffers?)$/],
  ['soldier', /^(?:soldiers?|troops)$/],
  ['prisoner', /^(?:prisoners?|inmates?|detainees?)$/],
  ['child', /^(?:children|child|kids)$/],
  ['plane', /^(?:planes?|airplanes?|aeroplanes?|aircraft|airliners?)$/],
  ['job', /^(?:jobs?|positions)$/],
  ['student', /^(?:students?|pupils?)$/],
  // session 24 (a sweep of short stories told by two outlets, figure-story-sweep.test.ts)
  ['plant', /^(?:plants?|factory|factories)$/],
  ['ship', /^(?:ships?|vessels?)$/],
  ['boat', /^(?:boats?|skiffs?|dinghies|dinghy)$/],
  ['store', /^(?:stores?|shops?)$/],
  ['passenger', /^(?:passengers?|travell?ers?)$/],
  ['gun', /^(?:guns?|firearms?|weapons?)$/],
  ['company', /^(?:company|companies|firms?)$/],
  ['country', /^(?:country|countries|nations?)$/],
];

/** The thing a counted word names, when it has near-synonyms ("vehicles", "cars": "vehicle"), or null. */
export function thingKind(word: string): string | null {
  for (const [kind, re] of THINGS) if (re.test(word)) return kind;
  return null;
}

/** The kinds of happening (`happeningKind`'s answers). */
export const HAPPENING_KINDS: ReadonlySet<string> = new Set(HAPPENINGS.map(([kind]) => kind));

/** The kind of happening a word tells ("killed", "dead": "dead"), or null. */
export function happeningKind(word: string): string | null {
  for (const [kind, re] of HAPPENINGS) if (re.test(word)) return kind;
  return null;
}

/** Words after a figure that give it per a unit: "$22 million per season", "$5 a share", "30 hours a week". */
const RATE = /^\s*(?:per|a|an|each|every)\s+(season|year|game|match|month|week|day|hour|minute|share|head|capita|person|night|barrel|ton|tonne|gallon|litre|liter)\b|^\s*(annually|apiece|a\s+piece|yearly|monthly|weekly|daily|hourly)\b/i;

/** Before the number: a part of a larger count ("another 12", "the remaining three", "including 12", "among them 40", "all but six months suspended"). */
const PART_BEFORE = /\b(?:another|remaining|additional|further|including|included|among\s+them|of\s+whom|of\s+which|all\s+but)\s*$/i;
/** The first words of the figure's counted phrase or right after it: "two other rifles", "two of them", "five of the dead", "three more". */
const PART_AFTER = /^\s*(?:other|more|additional|further|remaining|extra)\b|^\s*of\s+(?:them|whom|those|these|which|the|its|their|his|her|our)\b/i;
/** Right before the number: the whole of which another number is a part ("completed 28 of 41 passes", "28 of his 68 punches", "two of the three boats"). */
const OF_WHOLE = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i;
/** A whole summed over parts, anywhere in the figure's sentence. */
const WHOLE = /\b(?:combined|in\s+all|altogether|all\s+told|cumulative|aggregate|in\s+total)\b/i;

/** Right before the number: how many live in a place ("home to about", "a city of some", "a population of nearly", "an island of"). */
const POPULATION_BEFORE = /\b(?:home\s+to|population\s+of|(?:city|town|village|island|country|nation|state|province|region|district|community|metropolis)\s+of)\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|at\s+least|just\s+under|just\s+over|an\s+estimated)\s+)*$/i;
/** Right after the number: who live there ("2 million inhabitants", "where 120,000 people live"; not "300 residents", often a count of the event). */
const POPULATION_AFTER = /^\s*(?:inhabitants\b|people\s+live\b|live\b)/i;

/** A unit of time and a word that counts it from another happening: "years after", "weeks ago", "minutes later". */
const SINCE = /^\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|later|earlier|after|before|since|afterwards?|previously)\b/i;

/** Before a span of time: a length, whatever follows ("the standoff that lasted two hours before the gunman gave himself up", "worked there for 15 years before"). */
const LENGTH_BEFORE = /\b(?:for|lasted|lasting|lasts|last|spent|spending|took|takes|take)\s+(?:the\s+)?(?:(?:next|past|last|first|about|some|nearly|almost|roughly|around|over|more\s+than|at\s+least)\s+)*$/i;

/** When a sentence says its figures happened: a weekday, a year, this or last season, year, month or week. */
const PERIOD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:19|20)\d\d|(?:this|last|next)\s+(?:season|year|month|week))\b/gi;

/** The fact a figure states, read from its sentence and clause. */
export function figureFact(analysis: { text: string }, sentence: Span, clause: Span, f: Figure): FigureFact {
  const { text } = analysis;
  const happenings = ownHappenings(wordsIn(analysis, clause), f);
  const numberEnd = numberEndOf(text, f);
  const rateMatch = RATE.exec(text.slice(f.end, f.end + 30));
  const rate = rateMatch ? (rateMatch[1] ?? rateMatch[2]).toLowerCase().replace(/^a\s+piece$/, 'apiece') : '';
  const before = text.slice(Math.max(sentence.start, f.start - 25), f.start);
  const part = PART_BEFORE.test(before) || PART_AFTER.test(text.slice(numberEnd, numberEnd + 25)) || PART_AFTER.test(text.slice(f.end, f.end + 25));
  const whole = WHOLE.test(text.slice(sentence.start, sentence.end)) || OF_WHOLE.test(before);
  const period = new Set<string>();
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PERIOD)) period.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  const since = SINCE.test(text.slice(numberEnd, numberEnd + 40)) && !LENGTH_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 40), f.start));
  const population = POPULATION_BEFORE.test(before) || POPULATION_AFTER.test(text.slice(numberEnd, numberEnd + 25));
  return { happenings, rate, part, whole, period, since, population };
}

/**
 * The happenings a figure counts, of those its clause tells: one in its counted phrase ("31,000
 * people killed"), else the one nearest before it ("shot and killed two co-workers": the dead;
 * "shot three co-workers": the shot), else every one after it ("five people were injured";
 * "two helicopters were evacuating injured": evacuated and injured, which of the two is not known).
 */
function ownHappenings(words: readonly Word[], f: Figure): Set<string> {
  let before: string | null = null;
  let counted: string | null = null;
  const after = new Set<string>();
  for (const w of words) {
    const kind = happeningKind(w.norm);
    if (!kind) continue;
    if (f.countsSpan && w.start >= f.countsSpan.start && w.end <= f.countsSpan.end) counted ??= kind;
    else if (w.end <= f.start) before = kind;
    else if (w.start >= f.end) after.add(kind);
  }
  const kind = counted ?? before;
  return kind ? new Set([kind]) : after;
}

/** Where the number of a figure ends ("two other rifles": after "two"; "$22 million": after "million"). */
function numberEndOf(text: string, f: Figure): number {
  return f.countsSpan && f.countsSpan.start > f.start ? f.countsSpan.start : f.end;
}

/** Two figures that state different facts: other happenings, another rate, a part against a whole, a time since against a length, how many live somewhere against a count. */
export function differentFacts(a: FigureFact, b: FigureFact): boolean {
  if (a.rate !== b.rate || a.part !== b.part || a.whole !== b.whole || a.since !== b.since || a.population !== b.population) return true;
  if (a.period.size > 0 && b.period.size > 0 && comparablePeriods(a.period, b.period) && disjoint(a.period, b.period)) return true;
  return a.happenings.size > 0 && b.happenings.size > 0 && disjoint(a.happenings, b.happenings);
}

/** Both clauses tell a happening of one kind ("killed" / "died", "sentenced" / "sentencing"), of `kinds` when given. */
export function sameHappening(a: FigureFact, b: FigureFact, kinds?: ReadonlySet<string>): boolean {
  for (const k of a.happenings) if (b.happenings.has(k) && (!kinds || kinds.has(k))) return true;
  return false;
}

/**
 * Years alone against periods without a year ("2007" in a dateline / "Monday") say nothing of
 * two times: a weekday falls in some year. Any other two sets of periods are compared.
 */
function comparablePeriods(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const year = (p: string) => /^\d/.test(p);
  const onlyYears = (s: ReadonlySet<string>) => [...s].every(year);
  const noYear = (s: ReadonlySet<string>) => ![...s].some(year);
  return !((onlyYears(a) && noYear(b)) || (onlyYears(b) && noYear(a)));
}

function disjoint(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const x of xs) if (ys.has(x)) return false;
  return true;
}
