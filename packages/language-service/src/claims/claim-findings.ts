import type { UnsourcedClaim, VagueSource } from '../rules/findings.js';
import { firstAtOrAfter, sentenceAt } from '../text/spans.js';
import { describesThing } from '../figures/figure-counts.js';
import type { CheckWorthiness, Claim, ReportAnalysis, Span } from '../types.js';
import { background, nearbyContext, sourcedNearby, type NearbyContext } from './nearby-sources.js';
import { outsideDeck } from './sentence-source.js';

/** A claim's source that is a source-less cue: "reportedly", "is said to", "was accused of". */
const SOURCELESS = /^(reportedly|allegedly|purportedly|supposedly|reputedly|reported|alleged|rumou?red|(?:is|was|are|were|be|been|being) \w+(?: (?:to|that|of|as))?)$/i;

/**
 * The check-worthy claims of a report that name no source (claims/check-worthiness.ts says which
 * are worth a fact-checker's look), less those whose source is near them or that tell an earlier
 * event's harm as background (claims/nearby-sources.ts), and never words inside quotation marks
 * (a quote has a speaker). Each is found at the words that make it check-worthy.
 */
export function unsourcedClaims(analysis: NearbyContext['analysis']): UnsourcedClaim[] {
  const out: UnsourcedClaim[] = [];
  const quoted = outermost(analysis.quotes);
  let nearby: NearbyContext | null = null;
  const tolls = new Set<string>();
  for (const c of analysis.claims) {
    const worth = c.checkWorthy;
    if (c.status !== 'unattributed' || !worth || inQuote(worth, quoted)) continue;
    nearby ??= nearbyContext(analysis);
    if (worth.kind === 'casualty' && toldBefore(analysis, worth, tolls)) continue;
    if (sourcedNearby(nearby, c, worth) || background(nearby, c, worth)) continue;
    out.push({ start: worth.start, end: worth.end, kind: worth.kind, text: analysis.text.slice(worth.start, worth.end) });
  }
  return out;
}

/**
 * A toll the report gave before, the same number of the same people: the reader's eye is on its
 * first telling ("Three people died when ..." after the lede's "three people were killed").
 * Records the counts it sees ("hundreds", "millions": no count to repeat).
 */
function toldBefore(analysis: NearbyContext['analysis'], worth: CheckWorthiness, tolls: Set<string>): boolean {
  const keys = analysis.figures
    .filter((f) => f.start >= worth.start && f.end <= worth.end && f.approx !== 'vague' && !f.referring && !describesThing(f))
    .map((f) => `${f.value} ${f.counts.split(' ')[0]}`);
  const seen = keys.some((k) => tolls.has(k));
  for (const k of keys) tolls.add(k);
  return seen;
}

/** The claims of a report sourced only by "reportedly", "allegedly" and the like, or by an unnamed source. */
export function vagueSources(analysis: Pick<ReportAnalysis, 'claims' | 'text' | 'sentences'>): VagueSource[] {
  // one problem for one span: a clause read twice (two cue readings of one source) is one claim
  const seen = new Set<string>();
  const once = (c: Claim) => !seen.has(`${c.start}:${c.end}`) && !!seen.add(`${c.start}:${c.end}`);
  const shown = outsideDeck(analysis.text);
  const vague = analysis.claims.filter((c: Claim) => c.status === 'vague' && shown(c) && once(c));
  return joinAdjoining(analysis.text, vague.map((c) => hedgedPhrase(analysis.text, withSubject(analysis, c)))).map((c) => {
    const words = (c.source?.text ?? '').replace(/\s+/g, ' ');
    const sourceless = SOURCELESS.test(words);
    return { start: c.start, end: c.end, adverb: sourceless ? words : null, source: sourceless ? null : c.source ? withAntecedent(analysis.text, c.source, words) : words };
  });
}

/** A relative clause after the noun phrase that opens its sentence: "W. Mark Felt, who leaked ...". */
const AFTER_OPENING_NOUN = /^[^,;:!?“”"]{1,60},\s*$/;

/**
 * A vague claim read from a relative clause that runs to its sentence's end, after the noun phrase
 * that opens the sentence ("W. Mark Felt, who leaked information ..., died Thursday at the age of
 * 95, sources told CNN"; "One friend, who asked not to be named, said: ..."): the claim is the
 * sentence's, its subject included.
 */
function withSubject(analysis: Pick<ReportAnalysis, 'text' | 'sentences'>, c: Claim): Claim {
  if (!/^(?:who|which)\b/i.test(analysis.text.slice(c.start, c.start + 6))) return c;
  const i = sentenceAt(analysis.sentences, c.start);
  const from = i < 0 ? c.start : analysis.sentences[i].start;
  return from < c.start && AFTER_OPENING_NOUN.test(analysis.text.slice(from, c.start)) ? { ...c, start: from } : c;
}

/** How many words an aside between commas may run: "four armed robbers, some reportedly dressed in drag, entered". */
const ASIDE_WORDS = 8;

/**
 * The words a hedge ("reportedly", "allegedly") covers, when they are less than its clause: the
 * clause it opens with "when" or "where" ("he was present at a meeting in 1972 when the plan to
 * break into the Watergate allegedly was approved"), or an aside between commas ("four armed
 * robbers, some reportedly dressed in drag, entered the store").
 */
function hedgedPhrase(text: string, c: Claim): Claim {
  if (!c.source || !SOURCELESS.test(c.source.text.replace(/\s+/g, ' ')) || c.source.start < c.start || c.source.end > c.end) return c;
  const before = text.slice(c.start, c.source.start);
  const when = /\s(when|where)\s[^,;:]*$/i.exec(before);
  if (when && when.index > 0) return { ...c, start: c.start + when.index + 1 };
  const open = before.lastIndexOf(',');
  const close = text.indexOf(',', c.source.end);
  if (open <= 0 || close < 0 || close >= c.end || !/[\p{L}]/u.test(text.slice(close + 1, c.end))) return c;
  const aside = text.slice(c.start + open + 1, close).trim();
  const start = c.start + open + 1 + (text.slice(c.start + open + 1, close).length - text.slice(c.start + open + 1, close).trimStart().length);
  return aside.split(/\s+/).length <= ASIDE_WORDS ? { ...c, start, end: start + aside.length } : c;
}

/**
 * One problem for one source's words: clauses next to each other (nothing but spaces and
 * punctuation between them) that the same source covers are one span ("According to federal and
 * state investigators, each of the family's 200 soldiers ... but who are not sworn members-were
 * obligated to ...", split by the clause reader at "but", is one claim of theirs).
 */
function joinAdjoining(text: string, claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    const same = last && last.source && c.source && last.source.start === c.source.start && last.source.end === c.source.end;
    if (same && c.start >= last.end && !/[\p{L}\p{N}]/u.test(text.slice(last.end, c.start))) out[out.length - 1] = { ...last, end: Math.max(last.end, c.end) };
    else out.push(c);
  }
  return out;
}

/** Words that open a noun phrase: the antecedent of a relative "who" starts at the last of them. */
const OPENERS = /^(?:a|an|the|one|two|three|some|another|this|that|these|those|many|several|other|his|her|their)$/i;

/** A relative "who" as a source, said with the words it refers to: "a woman who", not "who". */
function withAntecedent(text: string, source: Span, words: string): string {
  if (!/^who$/i.test(words)) return words;
  const before = /(?<![\p{L}\p{N}'’-])((?:[\p{L}\p{N}'’-]+ ){0,4}[\p{L}\p{N}'’-]+),? $/u.exec(text.slice(Math.max(0, source.start - 60), source.start));
  if (!before) return words;
  const list = before[1].split(' ');
  let k = list.length - 1;
  for (let i = list.length - 2; i >= 0; i--) if (OPENERS.test(list[i])) { k = i; break; }
  return `${list.slice(k).join(' ')} ${words}`;
}

/** The quotes not inside another one, sorted: disjoint, so one binary search finds the one around a span. */
function outermost(quotes: readonly Span[]): Span[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const q of sorted) if (out.length === 0 || q.start >= out[out.length - 1].end) out.push(q);
  return out;
}

function inQuote(s: Span, quoted: readonly Span[]): boolean {
  const i = firstAtOrAfter(quoted.length, (k) => quoted[k].start, s.start + 1) - 1;
  return i >= 0 && s.start >= quoted[i].start && s.end <= quoted[i].end;
}
