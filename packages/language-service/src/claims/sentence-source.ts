import type { ParagraphContext } from '../analysis/context.js';
import { BE_FORMS, CLAIM_CUE_VERBS } from '../attributions/cue-words.js';
import { insideAny } from '../text/spans.js';
import type { Span } from '../types.js';

// Two things about a sentence that decide whether its claims are worth flagging, read from its
// words alone: it names a source itself, or it is a headline, a deck or a label line.

/**
 * Verbs that name who says or found what a sentence tells: the claim extractor's cue verbs, and
 * "data show", "a study found", "an analysis reveals", "police found two women dead", "an explosion the
 * mayor described as".
 */
export const SOURCING_VERBS: ReadonlySet<string> = new Set([...CLAIM_CUE_VERBS, 'show', 'found', 'finds', 'reveal', 'reveals', 'described', 'describes']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'cannot', 'declined', 'refused']);
/** "people accused of rape", "was reported by": a participle, not a speaker's verb. */
const PARTICIPLE_AFTER = new Set(['of', 'for', 'by']);
/** Verbs that credit an estimate to their subject: "police put the crowd at 30,000". */
const ESTIMATING = new Set(['put', 'puts', 'putting', 'placed', 'places', 'pegged', 'pegs']);
/** How far "put" may stand from its "at": "put the march at" (two between), "put the number of dead at" (four). */
const ESTIMATE_REACH = 6;

/**
 * Whether a sentence names a source of its own words outside quotation marks: "according to",
 * "citing", a reporting verb in the active voice ("police said", "told Reuters", "the survey
 * shows"), or an estimate credited to its subject ("police put the march at roughly 30,000").
 * Then a claim anywhere in it has its source next to it (a relative clause the attribution
 * extractor does not reach included). A negated verb ("would not say") and an agentless passive
 * ("it was estimated") name nobody.
 */
export function sentenceSourced(ctx: ParagraphContext, sentence: number): boolean {
  const { tokens, sentenceTokens } = ctx.parsed;
  const [first, end] = sentenceTokens[sentence] ?? [0, 0];
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (insideAny(t.start, ctx.quotes)) continue;
    const next = k + 1 < end ? tokens[k + 1].normal : '';
    if ((t.normal === 'according' && next === 'to') || t.normal === 'citing' || t.normal === 'quoted') return true;
    if (ESTIMATING.has(t.normal) && t.tags.has('Verb') && tokens.slice(k + 1, Math.min(end, k + ESTIMATE_REACH)).some((x) => x.normal === 'at')) return true;
    if (!SOURCING_VERBS.has(t.normal) || !t.tags.has('Verb') || PARTICIPLE_AFTER.has(next)) continue;
    if (k > first && BE_FORMS.has(tokens[k - 1].normal)) continue;
    if (tokens.slice(Math.max(first, k - 3), k).some((x) => NEGATIONS.has(x.normal) || x.tags.has('Negative'))) continue;
    return true;
  }
  return false;
}

/**
 * A headline, a deck or a label: the line that holds `at` ends without closing punctuation and no
 * sentence runs on past its end ("Three dead after fire-bomb hits bank", "1 dead, 2 hurt in Mich.
 * office shooting; police say ...", the deck under a headline, a headline the parser joined to the
 * URL above it). Its figures are told again, with their source if any, in the report's text. A
 * hard-wrapped line is not one: its last sentence runs on.
 */
export function headlineLike(ctx: ParagraphContext, at: number): boolean {
  return labelLine(ctx.text, ctx.parsed.sentences, at);
}

/** headlineLike on a paragraph's text and sentences (the vague-attribution rule's scope has no ParagraphContext). */
export function labelLine(text: string, sentences: readonly Span[], at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const lineEnd = nl < 0 ? text.length : nl;
  if (/[.!?…]["'”’)\]]*$/.test(text.slice(lineStart, lineEnd).trimEnd())) return false;
  return sentences.every((o) => o.end <= lineStart || o.start >= lineEnd || o.end <= lineEnd);
}

/** The most words a deck runs: "Member of House panel says U.S. has to keep Moscow out of elections" (13). */
const DECK_WORDS = 15;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** A deck is the second or third line (under a headline, or under an address and a headline). */
const DECK_LINES = 3;

/**
 * The deck under a headline: the second or third line of the report, after a line as short (the
 * headline), one short sentence in the headline's present tense ("Member of House panel says U.S.
 * has to keep Moscow out of elections."; "Language unclear on whether single mothers are covered,
 * experts say."), with a longer line after it. The report's text tells its claim with the source
 * (judged corpus half A, issue 12); a lede ("... killing 10 people, officials said.") is longer and
 * in the past tense.
 */
function deckLine(text: string): Span | null {
  const lines: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim()) lines.push({ start: m.index, end: m.index + m[0].length });
    if (lines.length > DECK_LINES) break;
  }
  const count = (l: Span) => words(text.slice(l.start, l.end));
  for (let k = 1; k + 1 < lines.length && k < DECK_LINES; k++) {
    const deck = text.slice(lines[k].start, lines[k].end).trim();
    if (count(lines[k]) > DECK_WORDS || count(lines[k - 1]) > DECK_WORDS || /[a-z][.!?]["”’]?\s+\S/.test(deck) || !/\b(says|say)\b/i.test(deck)) continue;
    if (count(lines[k + 1]) > count(lines[k])) return lines[k];
  }
  return null;
}

/** Whether a span lies outside the report's deck (all do when it has none): a deck's vague claims get no diagnostic. */
export function outsideDeck(text: string): (s: Span) => boolean {
  const deck = deckLine(text);
  return deck ? (s) => s.start < deck.start || s.end > deck.end : () => true;
}
