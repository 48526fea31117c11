/**
 * The fact a date states (issue 13, item 1): the happening it dates, as words that survive
 * paraphrase, and who takes part. Two outlets rarely write the sentence around one date alike
 * ("was killed on June 24" / "charged with murdering the deputy on June 24"; "On November 19, INS
 * Tabar sunk a fishing trawler" / "the November 18 sinking of a Thai fishing trawler"), so a date
 * is also keyed by the happening words of its clause, put in families ("killed" / "murdering",
 * "sunk" / "sinking", "telecast" / "televised"), for align-dates.ts to compare across paraphrase.
 */
import type { Span } from '../../types.js';
import { happeningWordsAfter, type Happening } from './date-happening.js';
import { differentSubjects, type Subjects } from './clause-subjects.js';
import { wordsIn } from './words.js';

/**
 * Happening words in families whose members name one happening: irregular forms and the nouns of
 * verbs ("sank", "sunk", "sinking"), and near-synonyms a second outlet uses for the same act
 * ("killed" / "murdered" / "slain"). Generic English, not taken from any data set; matched on the
 * lower-case word.
 */
const FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ['born', /^(?:born|birth|births)$/],
  ['die', /^(?:die|died|dies|dying|death|deaths|dead|passed)$/],
  ['kill', /^(?:kill|kills|killed|killing|killings|murder\w*|slay|slays|slaying|slayings|slain|assassinat\w*)$/],
  ['shoot', /^(?:shoot|shoots|shooting|shootings|shot|gunned)$/],
  ['sink', /^(?:sink|sinks|sinking|sank|sunk|scuttl\w*)$/],
  ['broadcast', /^(?:broadcast\w*|telecast\w*|televis\w*|aired|airs|airing)$/],
  ['convict', /^(?:convict|convicted|convicts|conviction|convictions|verdict|verdicts|guilty)$/],
  ['restore', /^(?:restor\w*|repair\w*|fix|fixed|fixing|normal)$/],
  ['arrest', /^(?:arrest\w*|detain\w*|apprehend\w*)$/],
  ['release', /^(?:releas\w*|freed)$/],
  ['announce', /^(?:announc\w*|unveil\w*|showed)$/],
  ['nominate', /^(?:nominat\w*|nominee|nominees)$/],
  ['fire', /^(?:fire|fires|blaze|blazes|burn|burned|burnt|burning)$/],
  ['host', /^(?:host|hosts|hosted|hosting|emcee\w*)$/],
  ['ceremony', /^(?:handed|presented)$/],
  ['sentence', /^(?:sentenc\w*)$/],
  ['marry', /^(?:marr(?:y|ied|ies|iage|iages)|wed|wedding|weddings)$/],
  ['resign', /^(?:resign\w*|quit|quits|stepped)$/],
  // "fired" as a dismissal and as a shot is one key either way, as it was as an eventive word ("fir")
  ['dismiss', /^(?:dismiss(?:ed|es|ing|al)?|fired|sack|sacked|sacking|ousted|ouster|axed)$/],
  ['acquire', /^(?:acquir\w*|acquisitions?|buy|buys|buying|bought|purchas\w*|takeovers?)$/],
  // session 23: happenings of news that a word's ending does not tell ("struck", "won", "met", "sworn", "vote", "talks"),
  // so that a clause naming one is known to name a happening (two clauses naming two are never compared)
  ['strike', /^(?:attack\w*|struck|strikes?|airstrikes?|walkouts?|raid|raids|raided|bomb\w*|shell(?:ed|ing)|hit|hits|landfall|jolt\w*|rocked|shook)$/],
  ['win', /^(?:win|wins|won|winning|victory|victories|beat|beats|beaten|defeat\w*|elect|elected|election|elections|re-?elected)$/],
  ['talk', /^(?:talks|negotiat\w*|meet|meets|met|meeting|meetings|summit|summits)$/],
  ['swear', /^(?:sworn|swear\w*|swore|inaugurat\w*|oath)$/],
  ['funeral', /^(?:funerals?|burial|buried|memorial|vigils?|mourn\w*)$/],
  ['trial', /^(?:trial|trials|hearing|hearings|arraign\w*)$/],
  ['charge', /^(?:charg\w*|indict\w*|accus\w*)$/],
  ['sue', /^(?:sue|sues|sued|suing|lawsuits?|suit|suits)$/],
  ['escape', /^(?:escap\w*|fled|flee|flees|fleeing|breakout)$/],
  ['launch', /^(?:launch\w*|liftoff|lifted|open|opens|opened|opening|debut\w*|premiere\w*)$/],
  ['land', /^(?:land|lands|landed|landing|touchdown)$/],
  ['vote', /^(?:vote|votes|voted|voting|voters?|ballots?|referendum|polls)$/],
  ['sell', /^(?:sale|sales|sell|sells|sold|selling)$/],
  ['recall', /^(?:recall\w*)$/],
];

/**
 * Words that frame a happening rather than name it ("was scheduled to be released", "is expected
 * to", "took place"), or that are too common to say which happening: never a fact key.
 */
const FRAME = new Set((
  'schedul scheduled expect expected plan planned due set take took taken tak place plac make made mak held hold come came ' +
  'go went get got give gave put start started begin began begun end ended continu continued includ including happen happened ' +
  'occur occurred old new first second third last next former later early late fully also still even back way work ' +
  'experienc experience experienced suffer suffered fac facing report reported post posted updat updated issu issue issued ' +
  'beginn beginning affect affected'
).split(' '));

/** Endings of a word that tells a happening, not a thing or a participant ("killed", "sinking", "election", "announcement", "arrival"). */
const EVENTIVE = /(?:ed|ing|tion|sion|ment|val|ure)$/;
/** -ing and -ed words that are things or times, not happenings. */
const NOT_EVENTIVE = new Set(['morning', 'evening', 'building', 'thing', 'something', 'nothing', 'anything', 'everything', 'ceiling', 'king', 'spring', 'string', 'red', 'bed', 'need', 'speed', 'feed', 'seed', 'shed', 'hundred', 'united', 'board', 'nature', 'future', 'picture', 'government', 'department', 'parliament', 'apartment', 'moment', 'station', 'nation', 'population', 'region', 'mission', 'version', 'television']);

/** What one date states: the families and eventive stems of its happening. */
export interface DateFact {
  /** Happening keys: a family ("kill") or the stem of an eventive word ("elect"), frames left out. */
  keys: Set<string>;
  /** Whether it has keys, of the words before the date or of what it modifies (not a guess from the words after it). */
  own: boolean;
  /**
   * A date of a deadline ("the May 12 deadline", "applications are due May 12") or of an
   * announcement ("the ministry announced the new deadline on May 2"): dates of the two are never
   * compared, whatever words their sentences share. null for other happenings.
   */
  frame: 'deadline' | 'announce' | null;
  /**
   * A date of an earlier time the happening took place, not of the event's: "DeGeneres ... first
   * hosted the Oscars in 2007" beside "Ellen DeGeneres to host Oscars in 2014"; "who last won in
   * 1998". Never compared with a date of the happening itself.
   */
  earlier: boolean;
  /**
   * A date of a part of the happening ("SEACOM was able to restore some services by Saturday
   * afternoon [8 October 2011]", "partially restored", "partly reopened"): never compared with a date
   * of the whole ("their Seacom service was restored ... on 11 October 2011"), only with another part's.
   */
  partial: boolean;
  /**
   * A date a rule or a measure takes effect ("The smoking ban takes effect on March 12", "goes into
   * effect", "comes into force"): never compared with a date of another happening of it ("the
   * council approved the smoking ban on March 15").
   */
  effect: boolean;
}

const DEADLINE = /^(?:deadline|deadlines|due|cutoff|expire|expires|expiry|expiration)$/;
const ANNOUNCING = /^(?:announc\w*|unveil\w*|declar\w*|publish\w*|issued)$/;
/**
 * An adverb of an earlier time before a verb in the past ("first hosted", "previously won", "last
 * held", "once ran") in the words leading up to a year, no clause break between: the year is of
 * that earlier time. Not "the first quake" (an ordinal before a noun) nor "last week"; not before a
 * day ("was last seen on March 5", "first reported on March 5": the story's own days).
 */
/** "partially", "partly", "some" before a plural noun ("some services", not "some 420 passengers") in the words leading up to a date. */
const PARTIAL = /\b(?:partial(?:ly)?|partly|some\s+(?!\d)\p{Ll}+s)\b/u;
/**
 * Right before a date: an earlier one of the happening named by a noun ("The last election, on November 7, 2006", "the previous
 * strike, in March", "the prior trial, on June 3"), not a time ("last week", "last Tuesday") nor a participle ("was last seen on").
 */
const EARLIER_ONE = /\b(?:last|previous|prior|preceding)\s+(?!(?:week|weekend|month|year|season|night|time|minute|hour|day|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?!\p{Ll}+(?:ed|en|wn)\b|seen\b|heard\b|met\b|spotted\b)\p{Ll}+,?\s+(?:(?:held|was|took\s+place|came)\s+)?(?:on|in)\s+$/iu;
const EARLIER_TIME = /\b(?:first|previously|last|once)\s+(?:\p{Ll}+ed|won|ran|took|held|became|began|led|made|met|came|went|wrote|sang|gave|beat|fought|lost|left|saw)\b[^.;:!?\n]*$/iu;

/** The key of one lower-case word of a happening, or null when it names no happening. */
export function happeningKey(norm: string, stem: string): string | null {
  for (const [family, re] of FAMILIES) if (re.test(norm)) return family;
  const s = stem.replace(/(?<=..)e$/, '');
  if (FRAME.has(norm) || FRAME.has(s) || NOT_EVENTIVE.has(norm) || norm.length < 4) return null;
  return EVENTIVE.test(norm) || EVENTIVE.test(stem) ? s : null;
}

/**
 * The fact of a date: the keys of its happening words (date-happening.ts) and, when they name no
 * happening, of the words after the date in its clause ("On November 22, Tabar sank a pirate
 * vessel"; "a press conference, July 16, 2009 to announce his nominee"), else of the words before
 * the lead's break ("died while in prison custody on December 19").
 */
export function dateFact(analysis: { text: string }, sentence: Span, d: Span, h: Pick<Happening, 'spans' | 'previous' | 'modifies' | 'stems'>): DateFact {
  const keys = new Set<string>();
  const modified = h.modifies ? wordsIn(analysis, h.spans[1]).map((w) => w.norm) : [];
  const lead = wordsIn(analysis, h.spans[0]).map((w) => w.norm);
  // what the date modifies decides ("announced the May 12 deadline"); else an announcing verb before a deadline ("announced the new deadline on May 2")
  // "applicants have until May 12": a deadline too
  const until = /\b(?:until|till)\s+(?:the\s+)?$/i.test(analysis.text.slice(h.spans[0].start, d.start));
  const frame = modified.some((w) => DEADLINE.test(w)) ? 'deadline'
    : lead.some((w) => ANNOUNCING.test(w)) ? 'announce' : lead.some((w) => DEADLINE.test(w)) || until ? 'deadline' : null;
  const add = (spans: readonly Span[]) => {
    for (const span of spans) {
      for (const w of wordsIn(analysis, span)) {
        // a name is who, not what; a word opening the sentence is read ("Born March 29, 1928")
        if (!w.content || /\d/.test(w.norm) || (w.start !== sentence.start && !/^\p{Ll}/u.test(analysis.text.slice(w.start, w.end)))) continue;
        const k = happeningKey(w.norm, w.stem);
        if (k) keys.add(k);
      }
    }
  };
  // a date that modifies a noun dates that noun ("convicted of the June 20 attempted murder": the attempted murder)
  if (h.modifies) add(h.spans.slice(1));
  if (keys.size === 0) add(h.spans);
  // an attempted killing is not a killing ("convicted of the June 20 attempted murder" / "was killed June 24")
  if (keys.has('attempt')) keys.delete('kill');
  // only for a date opening its clause, or after a frame alone ("could take until 31 December to fully repair the line"):
  // in "Teixeira, who turns 29 on April 11, has averaged 30 home runs" the averaging is no happening of April 11's
  // keys read in the words after the date are a guess ("The Academy Awards' February 22 date puts it in the path of a
  // walkout"): not enough to part two dates (own)
  let own = true;
  if (keys.size === 0 && [...h.stems].every((s) => FRAME.has(s))) { add([happeningWordsAfter(analysis.text, sentence, d)]); own = keys.size === 0; }
  if (keys.size === 0) { add([h.previous]); own = true; }
  // a year alone: "first reported on March 5", "last seen on March 5" date the event itself
  const earlier = (/^\d{4}$/.test(analysis.text.slice(d.start, d.end)) && EARLIER_TIME.test(analysis.text.slice(sentence.start, d.start)))
    || EARLIER_ONE.test(analysis.text.slice(Math.max(sentence.start, d.start - 40), d.start));
  const partial = [h.previous, h.spans[0]].some((span) => PARTIAL.test(analysis.text.slice(span.start, span.end)));
  const effect = TAKES_EFFECT.test(analysis.text.slice(h.spans[0].start, d.start)) || TAKES_EFFECT.test(analysis.text.slice(d.end, d.end + 40).split(/[.;]/)[0]);
  return { keys, own: own && keys.size > 0, frame, earlier, partial, effect };
}

/** "takes effect", "went into effect", "come into force", "effective": the day a measure starts to apply. */
const TAKES_EFFECT = /\b(?:(?:take|takes|took|taken|taking|go|goes|went|gone|going|come|comes|came|coming)\s+(?:into\s+)?(?:effect|force)|effective)\b/i;

/**
 * A deadline against an announcement, an earlier time against the event's own, a part against the whole, a measure's
 * taking effect against another happening named (a key): two happenings, never compared.
 */
export function differentFrames(a: DateFact, b: DateFact): boolean {
  const effect = a.effect !== b.effect && (a.effect ? b : a).keys.size > 0;
  return (a.frame !== null && b.frame !== null && a.frame !== b.frame) || a.earlier !== b.earlier || a.partial !== b.partial || effect;
}

/**
 * Happenings that one moment can be both of, so that two clauses naming them date one happening:
 * a man shot dead was shot and killed, a deadly attack killed, a show hosted is the show broadcast.
 */
const ONE_MOMENT: ReadonlyArray<readonly [string, string]> = [
  ['shoot', 'kill'], ['shoot', 'die'], ['kill', 'die'], ['strike', 'kill'], ['strike', 'die'], ['host', 'broadcast'], ['ceremony', 'broadcast'], ['ceremony', 'host'],
  // an election day: the vote, the polls and the win (session 24, figure-story-sweep's date twin: "Voters go to the polls on
  // November 4" / "The election will be held on November 4")
  ['vote', 'win'],
  // a product's launch is its first day on sale ("Apple will release the phone on September 21" / "goes on sale on September 21")
  ['launch', 'sell'], ['release', 'sell'], ['release', 'launch'],
];

/** Whether two dates' facts name one happening, or happenings of one moment (ONE_MOMENT). */
export function sameMoment(a: DateFact, b: DateFact): boolean {
  return momentKeys(a, b).length > 0;
}

/** The keys of two dates' facts that name one happening, as [a's key, b's key]: each shared key, else each pair of one moment. */
export function momentKeys(a: DateFact, b: DateFact): Array<readonly [string, string]> {
  const shared = sharedKeys(a, b);
  if (shared.length > 0) return shared.map((k) => [k, k] as const);
  return ONE_MOMENT.flatMap(([x, y]) => [[x, y], [y, x]] as const).filter(([x, y]) => a.keys.has(x) && b.keys.has(y));
}

/** The keys two dates' facts share. */
export function sharedKeys(a: DateFact, b: DateFact): string[] {
  return [...a.keys].filter((k) => b.keys.has(k));
}

const MONTH_NUMBER = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/**
 * Days between two days of a month: of their resolved dates when both write their year, else of
 * their months and days (a year resolved from the publication date may be the wrong one).
 */
export function daysApart(a: DatedItem, b: DatedItem): number {
  const written = (it: DatedItem) => /\b\d{4}\b/.test(it.date.text);
  const both = written(a) && written(b);
  return Math.abs(dayNumber(a, both) - dayNumber(b, both));
}

interface DatedItem { value: string | null; surface: string | null; date: { text: string } }

/** A day of a month written "md:mar-19" as a day number of a leap year (for sorting days by nearness). */
export function dayOfYear(surface: string): number {
  const [month, day] = surface.slice(3).split('-');
  return Date.UTC(2000, MONTH_NUMBER.indexOf(month), Number(day)) / 86_400_000;
}

/** A day of a month as a day number: of its resolved date, else of its month and day in a leap year. */
function dayNumber(it: DatedItem, resolved: boolean): number {
  if (resolved && it.value?.length === 10) return Date.UTC(Number(it.value.slice(0, 4)), Number(it.value.slice(5, 7)) - 1, Number(it.value.slice(8))) / 86_400_000;
  return dayOfYear(it.surface!);
}

/** The named entities two sentences share (event-wide ids). */
export function sharedNames(a: Subjects, b: Subjects): number {
  const names = (s: Subjects) => new Set([...s.values()].flatMap((set) => [...set]));
  const [x, y] = [names(a), names(b)];
  let n = 0;
  for (const k of x) if (y.has(k)) n++;
  return n;
}

const inClause = (s: Subjects): Subjects => new Map([...s].filter(([kind]) => !kind.startsWith('~')));
/** The subjects without those of one kind, in the clause or its sentence ("place", "~place"). */
export const withoutKind = (s: Subjects, kind: string): Subjects => new Map([...s].filter(([k]) => k !== kind && k !== `~${kind}`));
const placesOf = (s: Subjects): Subjects => new Map([...s].filter(([kind]) => kind === 'place'));

/**
 * Two dates of different people, organisations or places (clause-subjects.ts). Places alone do
 * not part them when the two sentences share a place: one outlet names the town, the other the
 * town and its state ("born to a poor family in Tennessee" / "born Betty Mae Page on April 22,
 * 1923 in Nashville, Tennessee").
 */
export function differentParticipants(a: { subjects: Subjects; around: Subjects }, b: { subjects: Subjects; around: Subjects }, clauseOnly = false): boolean {
  const [x, y] = clauseOnly ? [inClause(a.subjects), inClause(b.subjects)] : [a.subjects, b.subjects];
  if (!differentSubjects(x, y)) return false;
  if (differentSubjects(withoutKind(x, 'place'), withoutKind(y, 'place'))) return true;
  return sharedNames(placesOf(a.around), placesOf(b.around)) === 0;
}
