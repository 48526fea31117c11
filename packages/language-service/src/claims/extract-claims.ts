import type { ParagraphContext } from '../analysis/paragraph.js';
import type { RawMention } from '../entities/extract-mentions.js';
import { MEASURE_WORDS } from '../figures/figure-counts.js';
import type { Token } from '../nlp/parse.js';
import type { Attribution, ClaimKind, ClaimStatus, Figure, Span, TextSpan } from '../types.js';
import { splitClauses, type Clause } from './clauses.js';
import { cueSources, readSourcing } from './cue-sources.js';

/** A claim in one paragraph (relative offsets). */
export interface RawClaim {
  start: number;
  end: number;
  text: string;
  status: ClaimStatus;
  kind: ClaimKind;
  source: TextSpan | null;
}

export interface ClaimInputs {
  mentions: readonly RawMention[];
  attributions: readonly Attribution[];
  figures: readonly Figure[];
}

/** Words of harm that make a figure a casualty or damage count. */
const CASUALTY = new Set([
  'killed', 'killing', 'killings', 'massacre', 'massacred', 'died', 'dead', 'death', 'deaths', 'wounded', 'injured',
  'injuries', 'casualties', 'toll', 'destroyed', 'damaged', 'slaughtered', 'murdered', 'displaced', 'missing',
  'hostages', 'hostage', 'victims', 'fatalities', 'executed', 'abducted', 'kidnapped', 'detained', 'imprisoned',
]);
/** Accusations of wrongdoing (acts, not judgements like "exploited"), said of a named party. */
const ACCUSATIONS = new Set([
  'massacred', 'slaughtered', 'tortured', 'raped', 'looted', 'lied', 'stole', 'embezzled', 'bribed', 'rigged',
  'murdered', 'kidnapped', 'abducted', 'defrauded', 'extorted',
]);
/** "committed war crimes", "committed fraud". */
const CRIMES = new Set(['crimes', 'crime', 'genocide', 'atrocities', 'fraud', 'murder', 'massacres', 'abuses', 'violations']);
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
  const titleCase = sentenceTokens.map(([a, b]) => isTitleCase(tokens.slice(a, b)));
  const clauses = splitClauses(ctx.text, ctx.parsed);
  const cues = withKinds(cueSources(ctx.text, tokens, clauses, ctx.quotes, sentences), ctx.text);
  const given = withKinds(inputs.attributions, ctx.text);
  const all = [...given, ...cues];
  const out: RawClaim[] = [];
  for (const cl of clauses) {
    if (titleCase[cl.sentence] || isQuestion(ctx.text, sentences[cl.sentence])) continue;
    const kind = classify(ctx, cl, inputs, all);
    if (!kind) continue;
    const { status, source } = sourcing(ctx.text, cl, given, cues);
    out.push({ start: cl.start, end: cl.end, text: ctx.text.slice(cl.start, cl.end), status, kind, source });
  }
  return out;
}

/** A one-sentence paragraph without closing punctuation is a headline or a label. */
function isHeadline(ctx: ParagraphContext): boolean {
  return ctx.parsed.sentences.length === 1 && !/[.!?…]["”’)\]]*$/.test(ctx.text.trimEnd());
}

/** "Thousands of Shootings Go Unsolved": a title inside the text. */
function isTitleCase(words: readonly Token[]): boolean {
  const lexical = words.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return lexical.length >= 3 && lexical.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.8 * lexical.length;
}

function isQuestion(text: string, s: Span | undefined): boolean {
  return !!s && /\?["”’)\]]*$/.test(text.slice(s.start, s.end).trimEnd());
}

function inQuote(pos: number, quotes: readonly Span[]): boolean {
  return quotes.some((q) => pos > q.start && pos < q.end);
}

function classify(ctx: ParagraphContext, cl: Clause, inputs: ClaimInputs, sources: readonly Sourcing[]): ClaimKind | null {
  const { tokens } = ctx.parsed;
  const words: Token[] = [];
  for (let k = cl.first; k < cl.last; k++) if (!inQuote(tokens[k].start, ctx.quotes)) words.push(tokens[k]);
  if (words.some((t) => HEDGES.has(t.normal))) return null;
  const harm = words.some((t) => CASUALTY.has(t.normal));
  const figures = inputs.figures.filter((f) => f.start >= cl.start && f.end <= cl.end && countable(f, harm));
  if (figures.length > 0) {
    return harm || figures.some((f) => f.counts.split(' ').some((w) => CASUALTY.has(w))) ? 'casualty' : 'figure';
  }
  const named = words.some((t) => NAMED_TAGS.some((g) => t.tags.has(g)) && !t.tags.has('Date'))
    || inputs.mentions.some((m) => m.start >= cl.start && m.end <= cl.end && !inQuote(m.start, ctx.quotes))
    || sources.some(({ a, kind }) => kind === 'named' && a.source && a.source.start >= cl.start && a.source.end <= cl.end);
  if (!named) return null;
  if (words.some((t, k) => ACCUSATIONS.has(t.normal) || (t.normal === 'committed' && words.slice(k + 1, k + 4).some((w) => CRIMES.has(w.normal))))) {
    return 'accusation';
  }
  for (let k = cl.first; k < cl.last; k++) {
    const t = tokens[k];
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula')) return 'action';
  }
  return null;
}

/** A figure worth checking counts people or things; "three days" is a duration, not a count. */
function countable(f: Figure, harm: boolean): boolean {
  if (f.counts === '') return harm;
  const words = f.counts.split(' ');
  return !MEASURE_WORDS.has(words[words.length - 1]) || words[0] === 'percent';
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

interface Sourcing { a: Attribution; kind: Attribution['sourceKind'] }

function withKinds(list: readonly Attribution[], text: string): Sourcing[] {
  const out: Sourcing[] = [];
  for (const a of list) {
    const read = readSourcing(a, text);
    if (read) out.push({ a: { ...a, source: read.source }, kind: read.kind });
  }
  return out;
}

function sourcing(text: string, cl: Clause, attributions: readonly Sourcing[], cues: readonly Sourcing[]): { status: ClaimStatus; source: TextSpan | null } {
  const inClause = (s: Span) => s.start >= cl.start && s.end <= cl.end;
  const adverb = [...attributions, ...cues].find((x) => x.kind === 'none' && inClause(x.a.cue));
  const cover = (list: readonly Sourcing[]) => list.filter((x) => x.kind !== 'none' && covers(text, x.a, cl));
  const given = cover(attributions);
  const pool = given.length > 0 ? given : cover(cues);
  const named = pool.find((x) => x.kind === 'named')?.a;
  if (adverb) return { status: 'vague', source: named?.source ?? adverb.a.cue };
  if (named) return { status: 'attributed', source: named.source ?? named.cue };
  if (pool.length > 0) return { status: 'vague', source: pool[0].a.source ?? pool[0].a.cue };
  return { status: 'unattributed', source: null };
}
