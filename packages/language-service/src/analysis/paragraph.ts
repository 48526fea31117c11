import { extractAttributions } from '../attributions/extract-attributions.js';
import { extractClaims, type RawClaim } from '../claims/extract-claims.js';
import { extractDateExpressions, type RawDate } from '../dates/extract-dates.js';
import { extractMentions, namedMentions } from '../entities/extract-mentions.js';
import { findLabelPhrases, type RawLabel } from '../entities/label-phrases.js';
import { findTitlePhrases } from '../entities/label-titles.js';
import { findLoadedWords } from '../loaded/find-loaded.js';
import { extractFigures } from '../figures/extract-figures.js';
import { describesThing } from '../figures/figure-counts.js';
import { parseText, type ParsedText } from '../nlp/parse.js';
import type { SentenceCache } from '../nlp/tag.js';
import type { Attribution, Figure, LoadedWord, NoDiagnosticReason, Span } from '../types.js';
import type { ParagraphContext, RawMention } from './context.js';

/** The result for one paragraph; depends only on its text and its quote spans, so it can be cached. */
export interface ParagraphResult {
  sentences: Span[];
  mentions: RawMention[];
  attributions: Attribution[];
  figures: Figure[];
  dates: RawDate[];
  claims: RawClaim[];
  /** Phrases that may label an entity without its name (attached for the whole report). */
  labels: RawLabel[];
  /** The loaded-word lexicon's words, `quoted` not yet set. */
  loaded: LoadedWord[];
}

/** `sentenceCache`: tagged sentences reused across calls (editors); it never changes the result. */
export function analyzeParagraph(text: string, quotes: Span[], sentenceCache?: SentenceCache): ParagraphResult {
  return analyzeParsedParagraph(text, parseText(text, sentenceCache), quotes);
}

/** analyzeParagraph once the paragraph is parsed (a report's paragraphs are tagged together: analysis/paragraphs.ts). */
export function analyzeParsedParagraph(text: string, parsed: ParsedText, quotes: Span[]): ParagraphResult {
  const ctx: ParagraphContext = { text, parsed, quotes };
  const mentions = extractMentions(ctx);
  // strength-0 candidates are for entity resolution only
  const named = namedMentions(mentions);
  const attributions = extractAttributions(ctx, named);
  const figures = extractFigures(ctx);
  const dates = extractDateExpressions(ctx);
  const excuses = new Map<Attribution, NoDiagnosticReason>();
  const claims = extractClaims(ctx, { mentions: named, attributions, figures: figures.filter((f) => !f.referring && !describesThing(f)), excuses });
  const explained = attributions.map((a) => (excuses.has(a) ? { ...a, noDiagnostic: excuses.get(a) } : a));
  const labels = [...findLabelPhrases(text, ctx.parsed.tokens, mentions), ...findTitlePhrases(text, ctx.parsed.tokens, mentions)].sort((a, b) => a.start - b.start || a.end - b.end);
  return { sentences: ctx.parsed.sentences, mentions, attributions: explained, figures, dates, claims, labels, loaded: findLoadedWords(ctx.parsed.tokens) };
}
