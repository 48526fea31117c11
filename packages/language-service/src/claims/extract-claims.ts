import type { ParagraphContext, RawMention } from '../analysis/context.js';
import { isTitleWord } from '../entities/classify.js';
import { MEASURE_WORDS } from '../figures/figure-counts.js';
import type { Token } from '../nlp/parse.js';
import type { Attribution, CheckWorthiness, ClaimKind, ClaimStatus, Figure, NoDiagnosticReason, Span, TextSpan } from '../types.js';
import { splitClauses, type Clause } from './clauses.js';
import { checkWorthiness } from './check-worthiness.js';
import { cueSources } from './cue-sources.js';
import { ACCUSATIONS, CRIMES, PEOPLE } from './worth-words.js';
import { legalAnswer, onTheRecord } from './legal-sources.js';
import type { SourcingScope } from './sourcing-scope.js';
import { noteExcuses, reportsOn, sourcelessExcuse, vagueExcuse } from './vague-status.js';
import { insideAny } from '../text/spans.js';

/** A claim in one paragraph (relative offsets). */
export interface RawClaim {
  start: number;
  end: number;
  text: string;
  status: ClaimStatus;
  kind: ClaimKind;
  source: TextSpan | null;
  /** The words a diagnostic points at (see Claim.focus). */
  focus?: Span;
  /** See Claim.checkWorthy. */
  checkWorthy?: CheckWorthiness;
}

export interface ClaimInputs {
  mentions: readonly RawMention[];
  attributions: readonly Attribution[];
  figures: readonly Figure[];
  /** Filled, when given, with why a vague or source-less attribution makes no clause vague (see vague-status.ts). */
  excuses?: Map<Attribution, NoDiagnosticReason>;
}

/** Words of harm that make a figure a casualty or damage count. */
const CASUALTY = new Set([
  'killed', 'killing', 'killings', 'massacre', 'massacred', 'died', 'dead', 'death', 'deaths', 'wounded', 'injured',
  'injuries', 'casualties', 'toll', 'destroyed', 'damaged', 'slaughtered', 'murdered', 'displaced', 'missing',
  'hostages', 'hostage', 'victims', 'fatalities', 'executed', 'abducted', 'kidnapped', 'detained', 'imprisoned',
]);
/** Clauses that speculate rather than assert: not check-worthy. */
const HEDGES = new Set(['would', 'could', 'might', 'may', 'should', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'perhaps', 'possibly']);
const NAMED_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place'];

/**
 * Check-worthy clauses with their sourcing: a figure or casualty count, an accusation of a named
 * party, or a statement of what a named party did. Status comes from the attributions that cover
 * the clause (the attribution extractor's first, then cue words this extractor sees itself);
 * "reportedly" and "allegedly" in the clause make it vague whatever else sources it.
 */
export function extractClaims(ctx: ParagraphContext, inputs: ClaimInputs): RawClaim[] {
  const { tokens, sentences, sentenceTokens } = ctx.parsed;
  if (tokens.length === 0 || isHeadline(ctx)) return [];
  const titleCase = sentenceTokens.map(([a, b]) => isTitleCase(tokens, a, b));
  const clauses = splitClauses(ctx.text, ctx.parsed);
  const cues = cueSources(ctx.text, tokens, clauses, ctx.quotes, sentences, inputs.mentions);
  const given = inputs.attributions;
  const all = [...given, ...cues];
  const scope: SourcingScope = { text: ctx.text, tokens, sentences, quotes: ctx.quotes, all };
  if (inputs.excuses) noteExcuses(given, scope, inputs.excuses);
  const out: RawClaim[] = [];
  for (const cl of clauses) {
    if (titleCase[cl.sentence] || isQuestion(ctx.text, sentences[cl.sentence])) continue;
    const { kind, focus } = classify(ctx, cl, inputs, all);
    if (!kind) continue;
    const { status, source } = sourcing(ctx.text, cl, given, cues, scope);
    const claim: RawClaim = { start: cl.start, end: cl.end, text: ctx.text.slice(cl.start, cl.end), status, kind, source };
    if (focus) claim.focus = focus;
    const worth = status === 'unattributed' ? checkWorthiness(ctx, cl, inputs, kind) : null;
    if (worth) claim.checkWorthy = worth;
    out.push(claim);
  }
  return out;
}

/** A one-sentence paragraph without closing punctuation is a headline or a label. */
function isHeadline(ctx: ParagraphContext): boolean {
  return ctx.parsed.sentences.length === 1 && !/[.!?…]["”’)\]]*$/.test(ctx.text.trimEnd());
}

/** "Thousands of Shootings Go Unsolved": a title inside the text. */
function isTitleCase(tokens: readonly Token[], first: number, end: number): boolean {
  let lexical = 0;
  let upper = 0;
  for (let k = first; k < Math.min(end, tokens.length); k++) {
    const w = tokens[k].text;
    if (w.length <= 3 || !/^\p{L}/u.test(w)) continue;
    lexical++;
    if (/^\p{Lu}/u.test(w)) upper++;
  }
  return lexical >= 3 && upper >= 0.8 * lexical;
}

function isQuestion(text: string, s: Span | undefined): boolean {
  return !!s && /\?["”’)\]]*$/.test(text.slice(s.start, s.end).trimEnd());
}

/** How long a focus over several figures may be before it shrinks to the first one. */
const MAX_FOCUS = 80;

/** The clause's kind of claim, and the figures (outside quotes) a diagnostic should point at. */
function classify(ctx: ParagraphContext, cl: Clause, inputs: ClaimInputs, sources: readonly Attribution[]): { kind: ClaimKind | null; focus?: Span } {
  const { tokens } = ctx.parsed;
  const words: Token[] = [];
  for (let k = cl.first; k < cl.last; k++) if (!insideAny(tokens[k].start, ctx.quotes)) words.push(tokens[k]);
  if (words.some((t) => HEDGES.has(t.normal) && !t.tags.has('Date'))) return { kind: null }; // not the month "May"
  const harm = words.some((t) => CASUALTY.has(t.normal));
  const figures = inputs.figures.filter((f) => f.start >= cl.start && f.end <= cl.end && worthy(f, harm, tokens, cl));
  if (figures.length > 0) {
    const kind = harm || figures.some((f) => f.counts.split(' ').some((w) => CASUALTY.has(w))) ? 'casualty' : 'figure';
    const open = figures.filter((f) => !ctx.quotes.some((q) => f.start >= q.start && f.end <= q.end));
    if (open.length === 0) return { kind };
    const last = open[open.length - 1];
    return { kind, focus: { start: open[0].start, end: last.end - open[0].start <= MAX_FOCUS ? last.end : open[0].end } };
  }
  const named = words.some((t) => NAMED_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('Date') && !isTitleWord(t.normal))
    || inputs.mentions.some((m) => m.start >= cl.start && m.end <= cl.end && !insideAny(m.start, ctx.quotes))
    || sources.some((a) => a.sourceKind === 'named' && a.source && a.source.start >= cl.start && a.source.end <= cl.end);
  if (!named) return { kind: null };
  if (words.some((t, k) => ACCUSATIONS.has(t.normal) || (t.normal === 'committed' && words.slice(k + 1, k + 4).some((w) => CRIMES.has(w.normal))))) {
    return { kind: 'accusation' };
  }
  for (let k = cl.first; k < cl.last; k++) {
    const t = tokens[k];
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula')) return { kind: 'action' };
  }
  return { kind: null };
}

const MONEY = /^(dollars|euros|pounds|yen|yuan|shekels|rupees)\b/;

/**
 * A figure worth a source: a casualty or damage count, an estimate ("more than", "about",
 * "hundreds of"), a count of people ("5,300 employees", "52 percent of registered voters") or a
 * sum of a million or more. Not "three days", "$199", "the index fell 2.36%" or "179 tankers".
 */
function worthy(f: Figure, harm: boolean, tokens: readonly Token[], cl: Clause): boolean {
  if (f.counts === '') return harm;
  const words = f.counts.split(' ');
  if (MEASURE_WORDS.has(words[words.length - 1]) && words[0] !== 'percent') return false;
  if (harm || words.some((w) => CASUALTY.has(w))) return true;
  if (f.approx !== 'exact' && f.value >= 10) return true;
  if (f.value < 10 && words[0] !== 'percent') return false; // "two developers", "three officials"
  if (MONEY.test(f.counts)) return f.value >= 1e6;
  const span = f.countsSpan;
  if (!span) return false;
  for (let k = cl.first; k < cl.last; k++) {
    const t = tokens[k];
    if (t.start < span.start || t.end > span.end) continue;
    if (PEOPLE.has(t.normal) || t.tags.has('Actor') || t.tags.has('Demonym') || t.tags.has('Person')) return true;
  }
  return false;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * An attribution sources a clause when its cue is in the clause, or its content holds most of the
 * clause. A source-less cue ("reportedly") covers its own clause only, and a relative clause
 * (", where more than 1 million ...") is not part of "pledged to invade Rafah".
 */
function covers(text: string, a: Attribution, cl: Clause): boolean {
  const len = Math.max(1, cl.end - cl.start);
  // A cue in the clause sources it when its content is a good part of the clause, not "people accused of rape".
  if (a.cue.start >= cl.start && a.cue.end <= cl.end) return overlap(a.content, cl) * 10 >= len * 3;
  if (a.sourceKind === 'none') return false;
  if (cl.relative && /^\s*to\b/i.test(text.slice(a.content.start, a.content.start + 4))) return false;
  return overlap(a.content, cl) * 2 >= len;
}

function sourcing(text: string, cl: Clause, attributions: readonly Attribution[], cues: readonly Attribution[], scope: SourcingScope): { status: ClaimStatus; source: TextSpan | null } {
  const inClause = (s: Span) => s.start >= cl.start && s.end <= cl.end;
  // vague-status.ts: which source-less cues and vague sources make this clause vague
  const sourceless = [...attributions, ...cues].filter((a) => a.sourceKind === 'none' && inClause(a.cue));
  const adverb = sourceless.find((a) => sourcelessExcuse(a, scope, cl) === null);
  const onRecord = (a: Attribution) => a.sourceKind === 'named' || onTheRecord(a, scope);
  const cover = (list: readonly Attribution[]) => list.filter((a) => a.sourceKind !== 'none' && covers(text, a, cl) && (onRecord(a) || vagueExcuse(a, cl, scope) === null));
  const given = cover(attributions);
  const pool = given.length > 0 ? given : cover(cues);
  const named = pool.find((a) => onRecord(a) && !pool.some((v) => reportsOn(v, a)));
  if (adverb) return { status: 'vague', source: adverb.cue };
  if (named) return { status: 'attributed', source: named.source ?? named.cue };
  // the vague source that reports most of the clause names it in the message
  const vague = pool.filter((a) => a.sourceKind === 'vague').sort((a, b) => overlap(b.content, cl) - overlap(a.content, cl))[0] ?? pool[0];
  if (vague) return { status: 'vague', source: vague.source ?? vague.cue };
  const charge = sourceless.map((a) => legalAnswer(a, scope)).find((x) => x !== null);
  if (charge) return { status: 'attributed', source: charge };
  return { status: 'unattributed', source: null };
}
