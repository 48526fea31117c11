import type { ParagraphContext, RawMention } from '../analysis/context.js';
import { MEASURE_WORDS } from '../figures/figure-counts.js';
import type { Token } from '../nlp/parse.js';
import { insideAny } from '../text/spans.js';
import type { CheckWorthiness, ClaimKind, Figure, Span } from '../types.js';
import type { Clause } from './clauses.js';
import { causalAt, comparisonAt, predictionAt } from './claim-frames.js';
import { headlineLike, sentenceSourced } from './sentence-source.js';
import { ratioStart, isStatistic, tokenRange } from './statistics.js';
import {
  ACCUSATIONS, COURT, DAMAGE, HARM, HARM_NOUNS, PEOPLE_NOUNS, STRUCTURES, TOLL_LINKS, UNKNOWING,
} from './worth-words.js';

/** What the check-worthiness of a clause is read from (paragraph-relative offsets). */
export interface WorthInputs {
  mentions: readonly RawMention[];
  figures: readonly Figure[];
}

/** How far the words of a casualty count may stand apart; what set each value is said with it. */
export const WORTH = {
  /** Characters a focus over several figures may span before it shrinks to the first one: the claim extractor's (extract-claims WORTH.maxFocus). */
  maxFocus: 80,
  /** Tokens a verb may stand after the count it tells of: "Three people, one of them a pregnant woman, were killed" (an apposition of six). */
  verbReach: 10,
  /** Tokens a harm word may stand before the count it governs: "the death toll rose to 10" (four between). */
  tollReach: 5,
  /** Tokens back the article of a definite subject may stand: "The deaths of two" (three). */
  definiteReach: 4,
} as const;
/** Harm words that take a bare number as their object: "injuring 40", "the toll rose to 10" (not "died at 77": an age). */
const TAKES_BARE = new Set(['killing', 'killed', 'kills', 'injuring', 'injured', 'wounding', 'wounded', 'toll']);
/** A figure just after these is what a source said: "his comment about 47 percent", "a report of 300 dead". */
const SPEECH_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks', 'claim', 'claims', 'statement', 'estimate', 'estimates', 'figure', 'figures', 'report', 'reports', 'poll', 'survey', 'study', 'data', 'tally', 'count']);

/**
 * Whether an unsourced clause is worth a fact-checker's look, and which words say so: a casualty
 * or damage count, a statistic offered as evidence, an accusation of a named party, a prediction,
 * a cause or a record stated as fact (docs/rules/unattributed-claim.md). Not when the sentence
 * names a source itself ("X said", "according to", "police put the crowd at"), nor in a headline,
 * a deck or a label line, nor where the writer says what is not known ("it is unclear whether").
 */
export function checkWorthiness(ctx: ParagraphContext, cl: Clause, inputs: WorthInputs, kind: ClaimKind): CheckWorthiness | null {
  const { tokens } = ctx.parsed;
  const open: number[] = [];
  for (let k = cl.first; k < cl.last; k++) if (!insideAny(tokens[k].start, ctx.quotes)) open.push(k);
  if (open.length === 0 || open.some((k) => UNKNOWING.has(tokens[k].normal))) return null;
  if (sentenceSourced(ctx, cl.sentence)) return null;
  const worth = worthOf(ctx, cl, inputs, kind, open);
  return worth && !headlineLike(ctx, worth.start) ? worth : null;
}

function worthOf(ctx: ParagraphContext, cl: Clause, inputs: WorthInputs, kind: ClaimKind, open: readonly number[]): CheckWorthiness | null {
  const { tokens } = ctx.parsed;
  const figures = inputs.figures.filter((f) => f.start >= cl.start && f.end <= cl.end && !insideAny(f.start, ctx.quotes) && !afterSpeechNoun(tokens, f, cl) && !familySize(tokens, f, cl));
  // a rule set by law ("Under Turkmen laws, elections are valid only with a turnout of more than
  // 50 percent"): public record, as the docs' "rates set by law" are
  if (setByLaw(tokens, cl)) return null;
  const casualties: Figure[] = [];
  for (const f of figures) {
    const prev = casualties[casualties.length - 1];
    if (isCasualty(tokens, f, cl) || (prev && coordinated(ctx.text, prev, f))) casualties.push(f);
  }
  if (casualties.length > 0) {
    const known = victimsNamed(tokens, casualties, cl, inputs.mentions) || courtRecord(tokens, cl) || countedBySubject(tokens, casualties[0], cl, inputs.mentions);
    return known ? null : { kind: 'casualty', ...focusOf(casualties) };
  }
  if (kind === 'accusation' && accusationWorthy(tokens, cl, inputs.mentions)) return { kind: 'accusation', start: cl.start, end: cl.end };
  const stats = figures.flatMap((f) => {
    const ratio = ratioStart(tokens, f, cl);
    if (ratio !== null) return [{ ...f, start: ratio }];
    return isStatistic(tokens, f, cl) ? [f] : [];
  });
  if (stats.length > 0) return { kind: 'statistic', ...focusOf(stats) };
  return predictionAt(tokens, open, figures) ?? causalAt(tokens, open) ?? comparisonAt(tokens, open);
}

/**
 * A toll whose victims the clause names ("the deaths of four Americans, including Ambassador
 * Stevens") counts identified people: the established facts of a case, not a toll to check.
 */
function victimsNamed(tokens: readonly Token[], casualties: readonly Figure[], cl: Clause, mentions: readonly RawMention[]): boolean {
  const after = casualties[0].start;
  return mentions.some((m) => m.kind === 'person' && m.start >= after && m.end <= cl.end)
    || tokens.some((t, k) => k >= cl.first && k < cl.last && t.start >= after && t.tags.has('Person'));
}

/**
 * A named party (an organisation, however the tagger names it) that does something to the count
 * other than harm is its source: "The
 * Centers for Disease Control is monitoring 265 pregnant women infected", "the ministry recorded
 * 300 deaths". Not "Hamas killed 1,200 Israelis" (the harm is its act: a claim about it).
 */
function countedBySubject(tokens: readonly Token[], f: Figure, cl: Clause, mentions: readonly RawMention[]): boolean {
  let verb = cl.first;
  while (verb < cl.last && !tokens[verb].tags.has('Verb')) verb++;
  if (verb >= cl.last || tokens[verb].start > f.start) return false;
  const main = tokens.slice(verb, cl.last).find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
  if (!main || HARM.has(main.normal) || DAMAGE.has(main.normal) || main.start > f.start) return false;
  const subjectEnd = tokens[verb].start;
  return mentions.some((m) => m.kind !== 'place' && m.start >= cl.start && m.end <= subjectEnd)
    || tokens.slice(cl.first, verb).some((t) => t.tags.has('Organization') || (t.tags.has('ProperNoun') && !t.tags.has('Place')));
}

/** The clause's sentence speaks of a court, a trial or an accuser (worth-words COURT). */
function courtRecord(tokens: readonly Token[], cl: Clause): boolean {
  return tokens.some((t) => t.sentence === tokens[cl.first].sentence && COURT.has(t.normal));
}

function focusOf(figures: readonly Figure[]): Span {
  const first = figures[0];
  const last = figures[figures.length - 1];
  return { start: first.start, end: last.end - first.start <= WORTH.maxFocus ? last.end : first.end };
}

/** "more than 1,200 Israelis and dozens of Americans": a count joined by "and" to a casualty count is one too. */
function coordinated(text: string, prev: Figure, f: Figure): boolean {
  return /^\s*(,\s*)?(and|or)\s*$/i.test(text.slice(prev.end, f.start));
}

/** Kin with a count of children: "a mother of 12", "father of three": a family's size, not a toll. */
const KIN = new Set(['mother', 'father', 'parent', 'grandmother', 'grandfather', 'mom', 'dad', 'grandparent', 'grandma', 'grandpa']);

function familySize(tokens: readonly Token[], f: Figure, cl: Clause): boolean {
  const [a] = tokenRange(tokens, f, cl);
  return a - 2 >= cl.first && tokens[a - 1].normal === 'of' && KIN.has(tokens[a - 2].normal);
}

/** "Under Turkmen laws, ...", "Under the constitution, ...", "... by law": the clause states a rule. */
function setByLaw(tokens: readonly Token[], cl: Clause): boolean {
  const s = tokens[cl.first].sentence;
  // the sentence's tokens, found from the clause outward (not by a pass over the whole paragraph)
  let first = cl.first;
  while (first > 0 && tokens[first - 1].sentence === s) first--;
  let last = cl.first;
  while (last < tokens.length && tokens[last].sentence === s) last++;
  const words = tokens.slice(first, last);
  const under = words[0]?.normal === 'under' && words.slice(1, 6).some((t) => /^(laws?|rules?|constitution|regulations?|statutes?|charter)$/.test(t.normal));
  // "required by law", not "killed by law enforcement officers" or "by law firm X"
  return under || words.some((t, i) => t.normal === 'by' && /^(law|statute)$/.test(words[i + 1]?.normal ?? '') && !LAW_COMPOUNDS.test(words[i + 2]?.normal ?? ''));
}

/** Words that make "law" the first half of a noun: "law enforcement", "law firm", "law school". */
const LAW_COMPOUNDS = /^(?:enforcement|firms?|schools?|professors?|students?|clerks?|officers?|makers?|books?)$/;

function afterSpeechNoun(tokens: readonly Token[], f: Figure, cl: Clause): boolean {
  const [a] = tokenRange(tokens, f, cl);
  for (let k = a - 1; k >= Math.max(cl.first, a - 3); k--) if (SPEECH_NOUNS.has(tokens[k].normal)) return true;
  return false;
}

/**
 * A count of people killed, hurt, missing, displaced or held hostage, or of buildings destroyed:
 * the harm word is in what the figure counts ("31,000 Palestinians killed"), is the verb it is
 * the subject of ("Three people, one of them a pregnant woman, were killed"), or governs it
 * ("killing at least seven people", "the massacre of more than 1,200 Israelis", "injuring 40").
 * A bare number counts only right next to a harm verb: not an age ("died at 77", "aged 85"), a
 * magnitude, a span of time, a rank or a street number.
 */
function isCasualty(tokens: readonly Token[], f: Figure, cl: Clause): boolean {
  if (f.counts.startsWith('percent')) return false;
  const [a, b] = tokenRange(tokens, f, cl);
  if (a >= b || presupposed(tokens, a, cl)) return false;
  const counted = f.countsSpan ? tokens.slice(a, b).filter((t) => t.start >= f.countsSpan!.start && t.end <= f.countsSpan!.end) : [];
  if (counted.some((t) => MEASURE_WORDS.has(t.normal))) return false;
  const people = counted.some((t) => PEOPLE_NOUNS.has(t.normal) || HARM_NOUNS.has(t.normal) || t.tags.has('Actor') || t.tags.has('Demonym') || t.tags.has('Person'))
    || (counted.length > 0 && counted.every((t) => HARM.has(t.normal))); // "more than 5,000 homeless"
  const structures = counted.some((t) => STRUCTURES.has(t.normal));
  const harmWords = structures && !people ? DAMAGE : HARM;
  if (counted.length === 0) return bareHarm(tokens, a, b, cl);
  if (!people && !structures) return false;
  if (counted.some((t) => harmWords.has(t.normal))) return true;
  return harmBefore(tokens, a, cl, harmWords, BEFORE_ONLY) || harmVerbAfter(tokens, b, cl, harmWords);
}

/**
 * A definite count is told as known, not asserted: "paid tribute to the 49 people killed", and a
 * count in a definite subject ("The deaths of two women found on Tuesday have been ruled
 * homicides", "The three bank workers, a man and two women, died"). What the clause asserts comes after its verb ("resulted in the massacre of more than
 * 1,200").
 */
function presupposed(tokens: readonly Token[], a: number, cl: Clause): boolean {
  if (a > cl.first && DEFINITE.has(tokens[a - 1].normal)) return true; // "paid tribute to the 49 people killed"
  for (let k = cl.first; k < a; k++) if (tokens[k].tags.has('Verb')) return false;
  if (DEFINITE.has(tokens[cl.first].normal)) return true; // "The three bank workers, a man and two women, died"

  for (let k = a - 1; k >= Math.max(cl.first, a - WORTH.definiteReach); k--) if (DEFINITE.has(tokens[k].normal) || /['’]s$/.test(tokens[k].text)) return true;
  return false;
}

const DEFINITE = new Set(['the', 'these', 'those']);

function bareHarm(tokens: readonly Token[], a: number, b: number, cl: Clause): boolean {
  const next = b < cl.last ? tokens[b] : null;
  if (next && tokens[b - 1].post.trim() === '' && (next.normal === 'dead' || next.normal === 'killed' || next.normal === 'wounded' || next.normal === 'injured' || next.normal === 'homeless' || next.normal === 'missing')) return true;
  return harmBefore(tokens, a, cl, HARM, TAKES_BARE);
}

/** Harm words that govern a count before it: all but "hurt", which before a count is mostly figurative ("the crisis that hurt millions"). */
const BEFORE_ONLY = new Set([...HARM, ...DAMAGE].filter((w) => w !== 'hurt'));

function harmBefore(tokens: readonly Token[], a: number, cl: Clause, harm: ReadonlySet<string>, only: ReadonlySet<string> | null): boolean {
  for (let k = a - 1; k >= Math.max(cl.first, a - WORTH.tollReach); k--) {
    const t = tokens[k];
    if (/[,;:.!?()]/.test(t.post)) return false;
    if (harm.has(t.normal)) return !only || only.has(t.normal);
    if (!TOLL_LINKS.has(t.normal)) return false;
  }
  return false;
}

/** The first verb group after the count, and a harm word in it or right after it ("were pronounced dead", "were left homeless"). */
function harmVerbAfter(tokens: readonly Token[], b: number, cl: Clause, harm: ReadonlySet<string>): boolean {
  const end = Math.min(cl.last, b + WORTH.verbReach);
  let k = b;
  while (k < end && !tokens[k].tags.has('Verb')) k++;
  for (; k < end; k++) {
    const t = tokens[k];
    if (harm.has(t.normal)) return true;
    if (!(t.tags.has('Verb') || t.tags.has('Adverb') || t.normal === 'to')) return false;
  }
  return false;
}

/**
 * An accusation worth a source: the party accused is named as the one who did it (the subject, the
 * words before the clause's first verb, names a person or an organisation: not "three robbers"),
 * and the sentence is not court record (a charge, a plea, a verdict, testimony: those have their
 * source in the court).
 */
function accusationWorthy(tokens: readonly Token[], cl: Clause, mentions: readonly RawMention[]): boolean {
  if (courtRecord(tokens, cl)) return false;
  let verb = cl.first;
  while (verb < cl.last && !tokens[verb].tags.has('Verb')) verb++;
  if (verb >= cl.last || !tokens.slice(verb, cl.last).some((t) => ACCUSATIONS.has(t.normal) || t.normal === 'committed')) return false;
  const subjectEnd = tokens[verb].start;
  return mentions.some((m) => m.start >= cl.start && m.end <= subjectEnd && m.kind !== 'place')
    || tokens.slice(cl.first, verb).some((t) => t.tags.has('Person') || t.tags.has('Organization'));
}
