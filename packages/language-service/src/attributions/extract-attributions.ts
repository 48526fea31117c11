import type { ParagraphContext, RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Attribution, Span } from '../types.js';
import {
  ALWAYS_VERBS, BE_FORMS as BE, CUE_FORMS, GERUND_PREPOSITIONS, INVERTIBLE, NEEDS_CLAUSE, NEEDS_THAT, NOT_REPORTING_BEFORE_TO, OBJECT_CUES,
  PASSIVE_SOURCELESS, QUOTE_ONLY, SOURCELESS_ADVERBS, SPEAK_ABOUT, TEXT_READS, USING_WORDS, VERB_COORDINATORS,
} from './cue-words.js';
import { SOURCE_NOUNS, afterAccordingTo, breaksAfter, closesQuote, commaAfter, npEndingAt, npStartingAt, parenAfter, skipBetweenBack, uncontracted } from './phrases.js';
import {
  clauseSpan, contentAfter, nextSentence, placeAdjunct, quoteAt, quoteJustBefore, quoteResuming, sentenceEnd, sentenceSpan, sentenceStart, tokenStart,
  withQuotes,
  type Sentence,
} from './content-spans.js';
import { PASSIVE_LINKS, asideSubject, byPhrase, clauseFollows, clauseSubject, invertedAfterComma, relativeAntecedent } from './cue-context.js';
import { findingBefore, gerundOfClause, isModifierUse, textReads, topicFollows, usesQuotedWords, verbBeforeObject } from './cue-checks.js';
import { layoutAttributions } from './layout-cues.js';
import { classifySource } from './source-kind.js';
import { textSpan } from '../text/spans.js';
import { documentOwner, isDocument, namedSpeakerGerund, passiveBe, reachQuoteEnd, sourceEnd } from './source-edges.js';

interface Found {
  source: [number, number] | null;
  cue: [number, number];
  content: Span | null;
}

/**
 * Reported speech and sourcing in one paragraph: source, cue and content spans (relative to the
 * paragraph), from compromise's tokens, the quote spans and the name mentions. Patterns: "X said
 * (that) ...", "..., X said.", "“...,” said X", "X told Y that ...", "according to X", ", per X",
 * "a statement revealing that ...", "X was quoted / is said to" and source-less "reportedly".
 */
export function extractAttributions(ctx: ParagraphContext, mentions: readonly RawMention[]): Attribution[] {
  const { tokens, sentenceTokens } = ctx.parsed;
  const out: Attribution[] = [];
  for (const s of splitSentences(tokens, sentenceTokens)) {
    const { first, end } = s;
    for (let k = first; k < end; k++) {
      const found = matchAt(ctx, tokens, s, k);
      if (!found || !found.content || speakerTalksOfSelf(ctx, tokens, found) || mindInsideReport(tokens, found, out)) continue;
      const content = trimSpan(ctx.text, found.content);
      if (content.end <= content.start) continue;
      const source = found.source ? textSpan(ctx.text, tokens[found.source[0]].start, sourceEnd(ctx.text, tokens[found.source[0]].start, tokens[found.source[1]])) : null;
      const cue = textSpan(ctx.text, tokens[found.cue[0]].start, tokens[found.cue[1]].end);
      out.push({ source, cue, content, ...classifySource(source, tokens, found.source, mentions) });
    }
  }
  out.push(...layoutAttributions(ctx, mentions));
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

/**
 * compromise's sentences, split again after a sentence that ends inside a closing quote mark
 * ("... the United States.” Netanyahu has ..."), which compromise keeps together.
 */
function splitSentences(tokens: readonly Token[], ranges: ReadonlyArray<[number, number]>): Sentence[] {
  const out: Sentence[] = [];
  for (const [first, end] of ranges) {
    let from = first;
    for (let i = first; i < end - 1; i++) {
      if (/[.!?]["”’']\s+$/.test(tokens[i].post) && /^[A-Z“"‘]/.test(tokens[i + 1].pre.trim() + tokens[i + 1].text)) {
        out.push({ first: from, end: i + 1 });
        from = i + 1;
      }
    }
    if (from < end) out.push({ first: from, end });
  }
  return out;
}

function matchAt(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, k: number): Found | null {
  const t = tokens[k];
  const n = t.normal;
  if (n === 'according' && tokens[k + 1]?.normal === 'to' && k + 2 < s.end) return sourcingPhrase(ctx, tokens, s, k, k + 1);
  if (n === 'per' && k + 1 < s.end && isPerSource(tokens, s, k)) return sourcingPhrase(ctx, tokens, s, k, k);
  if (SOURCELESS_ADVERBS.has(n)) return { source: null, cue: [k, k], content: clauseSpan(ctx, tokens, s, k) };
  if (USING_WORDS.has(n) && usesQuotedWords(tokens, k)) return verbCue(ctx, tokens, s, k);
  // "He warned: “...”": compromise tags a past form before a colon an interjection
  const beforeColon = /^:/.test(t.post) && /(ed|said|told|wrote)$/.test(n);
  if (!CUE_FORMS.has(n) || !(t.tags.has('Verb') || ALWAYS_VERBS.has(n) || beforeColon || gerundOfClause(tokens, s, k) || verbBeforeObject(tokens, s, k)) || /^[A-Z]/.test(t.text) && k === s.first) return null;
  if (afterAccordingTo(tokens, k, s.first)) return null; // "according to news reports": a noun read as a verb
  if (NEEDS_THAT.has(n) && (tokens[k + 1]?.normal !== 'that' || !clauseFollows(tokens, s, k + 2)) && !findingBefore(tokens, s, k)) return null;
  if (NEEDS_CLAUSE.has(n) && !clauseFollows(tokens, s, tokens[k + 1]?.normal === 'that' ? k + 2 : k + 1)) return null;
  if (SPEAK_ABOUT.has(n) && !topicFollows(tokens, s, k)) return null;
  if (QUOTE_ONLY.has(n) && !ctx.quotes.some((q) => q.start >= t.end && q.start < tokens[s.end - 1].end)) return null;
  if (TEXT_READS.has(n) && !textReads(tokens, k)) return null;
  return verbCue(ctx, tokens, s, k);
}

/** "I say", "you say", "we said" inside a quote: the quoted speaker's own words, not sourcing. */
function speakerTalksOfSelf(ctx: ParagraphContext, tokens: readonly Token[], found: Found): boolean {
  if (!found.source || found.source[0] !== found.source[1]) return false;
  const t = tokens[found.source[0]];
  return /^(i|you|we)$/.test(uncontracted(t)) && quoteAt(ctx, t.start) >= 0;
}

/**
 * A verb of cognition that reports nobody's mind to the reader: inside what another cue of the
 * paragraph reports ("Rubio says he feels he did well": the saying is the sourcing), or with a
 * first or second person, "it" or "who" as its subject ("I think", "do you think", "it feels
 * like", "anybody who thinks").
 */
function mindInsideReport(tokens: readonly Token[], found: Found, earlier: readonly Attribution[]): boolean {
  if (!NEEDS_CLAUSE.has(tokens[found.cue[0]].normal)) return false;
  const at = tokens[found.cue[0]].start;
  if (earlier.some((a) => a.content.start <= at && at < a.content.end)) return true;
  return !!found.source && found.source[0] === found.source[1] && /^(i|you|we|it|who)$/.test(uncontracted(tokens[found.source[0]]));
}

/** ", per a brief Foreign Ministry readout": after a comma or quote, before a determiner or a name. */
function isPerSource(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const prevPost = k > s.first ? tokens[k - 1].post : ',';
  const next = tokens[k + 1];
  if (!/[,”"—–]/.test(prevPost) && k !== s.first) return false;
  return /^(a|an|the|his|her|their|its)$/.test(next.normal) || /^[A-Z]/.test(next.text);
}

/** "according to X, ..." / "..., according to X." / ", per X." */
function sourcingPhrase(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, k: number, cueEnd: number): Found | null {
  const srcFirst = cueEnd + 1;
  let srcLast = npStartingAt(tokens, srcFirst, s.end);
  // "according to exit polls": a first word compromise read as a verb
  if (srcLast < 0 && /^[a-z]/.test(tokens[srcFirst].text) && !breaksAfter(tokens[srcFirst])) srcLast = npStartingAt(tokens, srcFirst + 1, s.end);
  if (srcLast < 0) return null;
  // "according to news reports", "according to exit polls": a plural noun read as a verb
  while (srcLast + 1 < s.end && !breaksAfter(tokens[srcLast]) && SOURCE_NOUNS.test(tokens[srcLast + 1].normal)) srcLast++;
  // "according to a new report by Politico": whose report it is
  if (srcLast + 2 < s.end && !breaksAfter(tokens[srcLast]) && tokens[srcLast + 1].normal === 'by') {
    const owner = npStartingAt(tokens, srcLast + 2, s.end);
    if (owner >= 0) srcLast = owner;
  }
  const source: [number, number] = [srcFirst, srcLast];
  if (k > s.first) {
    // "The deal, according to two officials, is near": the content goes round the phrase
    const around = /^,\s*$/.test(tokens[k - 1].post) && /^,\s*$/.test(tokens[srcLast].post) && srcLast + 1 < s.end;
    // content before: from the sentence start to the token before the phrase
    const end = around ? sentenceEnd(tokens, s) : tokens[k - 1].end;
    return { source, cue: [k, cueEnd], content: withQuotes(ctx, { start: sentenceStart(tokens, s), end }) };
  }
  // phrase first: content after the comma that closes it, or the dash that opens an aside
  // ("According to Magruder's testimony -- an account reportedly confirmed by LaRue -- he ...")
  let j = srcLast;
  while (j < s.end - 1 && !/,/.test(tokens[j].post) && !/\s(?:-\s?-|—|–)\s|—/.test(tokens[j].post)) j++;
  if (j >= s.end - 1) return null;
  return { source, cue: [k, cueEnd], content: withQuotes(ctx, { start: tokenStart(tokens[j + 1]), end: sentenceEnd(tokens, s) }) };
}

function verbCue(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, k: number): Found | null {
  const t = tokens[k];
  const prev = k > s.first ? tokens[k - 1] : null;
  // Passive: "is said to", "it is reported that": no source; "was (first) reported by CNN": source after.
  const be = passiveBe(tokens, s, k);
  if (be >= 0 && PASSIVE_SOURCELESS.has(t.normal)) {
    const b = byPhrase(tokens, s, k);
    if (b >= 0) {
      const by = npStartingAt(tokens, b + 1, s.end);
      if (by >= 0) return { source: [b + 1, by], cue: [be, b === k + 1 ? b : k], content: withQuotes(ctx, { start: sentenceStart(tokens, s), end: tokens[be].start }) };
    }
    // "Gunfire was reported at 3 p.m.", "a fault was also reported", "That being said": an event
    // called in or an idiom, not a claim passed on; sourcing needs "to", "that" or "as"
    if (!PASSIVE_LINKS.test(tokens[k + 1]?.normal ?? '') || (tokens[be].normal === 'being' && tokens[be - 1]?.normal === 'that')) return null;
    const to = tokens[k + 1]?.normal === 'to' ? k + 1 : k;
    return { source: null, cue: [be, to], content: sentenceSpan(ctx, tokens, s) };
  }
  // "The program, called EB-5", "schools are called failing": naming, not saying
  // ", calling him a “loser”" is the subject's own act; ", calling for" is stance (issue 12)
  // "Minyon Moore, a senior adviser, called (calls) the remarks “a wake-up call”": after an aside, the subject's act
  const actOfSubject = t.normal === 'calling' && tokens[k + 1]?.normal !== 'for'
    || /^call(?:ed|s)$/.test(t.normal) && !!prev && asideSubject(tokens, s, k - 1) !== null && ctx.quotes.some((q) => q.start > t.end && q.start < tokens[s.end - 1].end);
  if (t.normal.startsWith('call') && prev && (BE.has(prev.normal) || /,/.test(prev.post) && !actOfSubject)) return null;
  const gerund = t.normal.endsWith('ing');
  if (!gerund && isModifierUse(tokens, s, k)) return null;
  // Source before the verb: "X said", "X also noted", "a statement revealing".
  const j = skipBetweenBack(tokens, k, s.first);
  const link = j >= s.first ? tokens[j] : null;
  // "Barkley, who said he ...", "voters who say": the relative pronoun is the source (the quote's speaker resolves it)
  const relative = link !== null && link.normal === 'who' && !breaksAfter(link);
  // "Jeff Weaver, Sanders’ campaign manager, said", "Her adviser, Jake Sullivan, said": the whole apposition
  const aside = link && !relative && appositionComma(tokens, j) ? asideSubject(tokens, s, j) : null;
  const srcFirst = relative ? j : link && !(breaksAfter(link) && !appositionComma(tokens, j)) ? npEndingAt(tokens, j, s.first) : -1;
  let source: [number, number] | null = aside ?? (srcFirst >= 0 ? [srcFirst, parenAfter(tokens, j, k)] : null);
  // "is saying", and "He’s claiming" (the contracted "is" an empty token tagged Copula)
  const progressive = tokens.slice(Math.max(j + 1, s.first), k).some((x) => BE.has(x.normal) || x.text === '' && x.tags.has('Copula'));
  if (prev && link && continuesClause(tokens, k, j, gerund, source !== null)) {
    // ", saying that ...", "and said", "by saying", "went on to say": the clause's subject speaks;
    // inside a quote ("China supports ... and urges") it is the quoted speaker's own words
    const outside = (i: number) => quoteAt(ctx, tokens[i].start) < 0;
    source = outside(k) ? clauseSubject(tokens, s, k, outside) : null;
  } else if (gerund && !progressive && source && !isDocument(tokens[source[1]])) {
    if (!namedSpeakerGerund(ctx, tokens, s, k, source)) return null;
    // "footage of Hillary Clinton asking": the name, not what it stands in
    let first = source[1];
    while (first > source[0] && /^[A-Z]/.test(tokens[first - 1].text) && !breaksAfter(tokens[first - 1])) first--;
    if (/^[A-Z]/.test(tokens[source[1]].text)) source = [first, source[1]];
  }
  if (source && isDocument(tokens[source[1]])) source = documentOwner(tokens, s, source);
  if (source && j >= s.first && /,\s*$/.test(tokens[j].post)) source = relativeAntecedent(tokens, s, source);
  if (source) source = [reachQuoteEnd(tokens, s, source[0]), source[1]];
  // Inverted: "“...,” said Smith." / "..., says Smith." (also when a noun phrase before the comma
  // looked like a source: "The Dow fell 3 percent, said Bell Curve Trading's Bill Strazzullo.")
  let after = k + 1;
  if ((!source || invertedAfterComma(tokens, s, k)) && prev && INVERTIBLE.has(t.normal) && (breaksAfter(prev) || closesQuote(prev))) {
    let last = npStartingAt(tokens, k + 1, s.end);
    // "said David Plouffe, the architect of Obama's campaign.", "said strategist, Bill Strazzullo."
    if (last >= 0 && /^,\s*$/.test(tokens[last].post) && last + 1 < s.end) {
      const appositionEnd = npStartingAt(tokens, last + 1, s.end);
      if (appositionEnd >= 0 && (!/^[A-Z]/.test(tokens[last + 1].text) || appositionEnd === s.end - 1)) last = appositionEnd;
    }
    if (last >= 0) last = parenAfter(tokens, last, s.end);
    // "Ted Cruz, by contrast, wrote an op-ed urging Congress ...": a verb after the words makes them
    // the object of "wrote", and the subject before the aside speaks ("..., wrote Smith on Monday" is
    // inverted); the other cues keep their reading (PolNeAR cue recall)
    const verbAfter = last >= 0 && last + 1 < s.end && /^(wrote|writes)$/.test(t.normal) && !breaksAfter(tokens[last])
      && !/^(who|which|that)$/.test(tokens[last].normal) && tokens[last + 1].tags.has('Verb') && !tokens[last + 1].tags.has('Date');
    if (verbAfter) source = asideSubject(tokens, s, k - 1);
    else if (last >= 0) { source = [k + 1, last]; after = last + 1; }
  }
  if (!source) return null;
  const lead = Math.min(source[0], k);
  const before = lead > s.first ? { start: sentenceStart(tokens, s), end: tokens[lead - 1].end } : null;
  let afterContent = contentAfter(ctx, tokens, s, after, OBJECT_CUES.has(t.normal) && after === k + 1)
    ?? (after === s.end && /:/.test(tokens[after - 1].post) ? nextSentence(ctx, tokens, s.end) : null);
  // "“...?” Trump said to a crowd of about 500.": after the quote the sentence opens on, where and to whom is no content
  if (afterContent && lead === s.first && placeAdjunct(tokens, after, s.end) && quoteJustBefore(ctx, tokenStart(tokens[lead]))) afterContent = null;
  // "The talks, officials said, were useful": the cue sits inside its content
  if (afterContent && before && /^,\s*$/.test(tokens[lead - 1].post) && /^,\s*$/.test(tokens[after - 1].post) && !closesQuote(tokens[lead - 1])) {
    return { source, cue: [k, k], content: { start: before.start, end: afterContent.end } };
  }
  // a quote naming something inside the sentence ("On Fox's “Sunday Futures,” Issa said that ...") is no content; a quote
  // closed right before an inverted cue is ("This is a “raw time,” said David Axelrod, a longtime ally who ..."), wherever
  // it opens, and what follows the source is its apposition, not what was said
  const inverted = source[0] > k;
  if (afterContent && (!before || !endsWithQuoteBefore(tokens, lead) || (!inverted && !quoteOpensSentence(ctx, tokens, s, lead)))) return { source, cue: [k, k], content: afterContent };
  if (before && (breaksAfter(tokens[lead - 1]) || closesQuote(tokens[lead - 1]))) {
    const content = withQuotes(ctx, before);
    // "“A,” he said, “B.”" and "“A,” he said. “B.”": the quote goes on after the cue
    const resumed = afterContent && /^[“"]/.test(ctx.text.slice(afterContent.start)) ? afterContent : quoteResuming(ctx, tokens, s);
    if (resumed && endsWithQuoteBefore(tokens, lead)) content.end = Math.max(content.end, resumed.end);
    return { source, cue: [k, k], content };
  }
  // "“...?” Clinton said." as a sentence of its own: the quote just before speaks
  const quote = lead === s.first && !afterContent ? quoteJustBefore(ctx, tokenStart(tokens[lead])) : null;
  if (quote) return { source, cue: [k, k], content: quote };
  return null;
}

/**
 * Whether the cue at `k` is a second verb of the clause's subject rather than one with a subject of
 * its own: ", saying", "by saying" (GERUND_PREPOSITIONS), "and said" / "but now said" with no noun
 * phrase before it, "went on to say" (not after a wish, a refusal or a judgement:
 * NOT_REPORTING_BEFORE_TO). `j` is the word before the cue once adverbs and auxiliaries are skipped.
 */
function continuesClause(tokens: readonly Token[], k: number, j: number, gerund: boolean, hasSource: boolean): boolean {
  const prev = tokens[k - 1];
  const link = tokens[j];
  // "and has called for", "but urged": stance, not sourcing (issue 12); only "and called for" right
  // after "and" stays read as before
  const stance = /^call/.test(tokens[k].normal) && tokens[k + 1]?.normal === 'for' || /^(urge|demand)/.test(tokens[k].normal);
  if (stance && !(link.normal === 'and' && j === k - 1)) return false;
  if (gerund) return /,/.test(prev.post) || GERUND_PREPOSITIONS.has(link.normal) && !breaksAfter(link);
  if (hasSource) return false;
  if (VERB_COORDINATORS.has(link.normal)) return true;
  return link.normal === 'to' && j === k - 1 && j > 0 && TO_SAY.has(tokens[k].normal) && !NOT_REPORTING_BEFORE_TO.has(tokens[j - 1].normal);
}

/** Verbs of saying after "to" that report what the subject said ("went on to say"); not "meant to show". */
const TO_SAY = new Set(['say', 'tell', 'add', 'note', 'explain', 'argue', 'insist', 'warn', 'announce', 'declare', 'stress', 'write', 'tweet', 'ask']);

function appositionComma(tokens: readonly Token[], j: number): boolean {
  return commaAfter(tokens[j]) && !/[“"]/.test(tokens[j + 1]?.pre ?? '');
}

function endsWithQuoteBefore(tokens: readonly Token[], srcFirst: number): boolean {
  const t = tokens[srcFirst - 1];
  return closesQuote(t) && /[,?!]/.test(t.post);
}

/**
 * Whether the quote that closes right before the source at `lead` opens its sentence ("“...,” he
 * said"), rather than naming something inside it ("On Fox’s “Sunday Futures,” Issa said that").
 */
function quoteOpensSentence(ctx: ParagraphContext, tokens: readonly Token[], s: Sentence, lead: number): boolean {
  const end = tokens[lead - 1].end;
  const q = ctx.quotes.find((x) => x.end >= end && x.end <= tokenStart(tokens[lead]));
  return !q || /^[\s"“‘(—–-]*$/.test(ctx.text.slice(sentenceStart(tokens, s), q.start));
}

/** Drops spaces and a trailing comma from a span's edges. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { start, end };
}
