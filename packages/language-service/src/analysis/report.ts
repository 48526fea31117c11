import { resolveBackReferences } from '../attributions/refer-back.js';
import { explainSilences } from '../claims/agreement.js';
import { outsideDeck } from '../claims/sentence-source.js';
import { answerCharges } from '../claims/legal-sources.js';
import { resolveDates } from '../dates/resolve-dates.js';
import { findPublicationDate } from '../dates/publication-date.js';
import type { RawDate } from '../dates/extract-dates.js';
import { attachLabels } from '../entities/attach-labels.js';
import type { RawLabel } from '../entities/label-phrases.js';
import { resolvePronouns } from '../entities/pronouns.js';
import { tieLedePronouns } from '../entities/lede-pronouns.js';
import { tieQuotedFirstPerson } from '../entities/quoted-pronouns.js';
import { settleKinds } from '../entities/report-kinds.js';
import { resolveEntities } from '../entities/resolve-entities.js';
import { insideQuote } from '../loaded/loaded-words.js';
import { attachSpeakers } from '../quotes/attach-speakers.js';
import { blockQuotes } from '../quotes/block-quotes.js';
import { extractQuotes } from '../quotes/extract-quotes.js';
import { reportProblems } from '../rules/run-rules.js';
import { detectLanguage } from '../text/language.js';
import { prepareText, spanTypedPair, splitParagraphs, typedPairMark } from '../text/prepare.js';
import type { AnalyzeOptions, Attribution, Claim, Figure, LoadedWord, ReportAnalysis } from '../types.js';
import type { SentenceCache } from '../nlp/tag.js';
import { ANALYZER_VERSION } from '../version.js';
import type { RawMention } from './context.js';
import { paragraphResults, type ParagraphCache } from './paragraphs.js';
import { sanitizeAnalysis } from './sanitize.js';
import { shiftParagraph } from './shift.js';

export type { ParagraphCache } from './paragraphs.js';

export interface ReportAnalyzeOptions extends AnalyzeOptions {
  paragraphCache?: ParagraphCache;
  /**
   * Tagged sentences by content, for paragraphs the paragraph cache misses: an edit in a report
   * whose paragraphs are single lines (one paragraph for the splitter) re-tags only its sentence.
   * For editing sessions; a batch run over many reports should not share one.
   */
  sentenceCache?: SentenceCache;
}

/** Analyses one report. Never throws on any text: bad text gives fewer results, not an error. */
export function analyzeReport(input: string, options: ReportAnalyzeOptions = {}): ReportAnalysis {
  const format = options.format ?? 'text';
  const { text, hadBom, prose, frontMatter } = prepareText(input, format);
  const language = detectLanguage(prose);
  const base: ReportAnalysis = {
    analyzerVersion: ANALYZER_VERSION, text, hadBom, format, language, publishedAt: null,
    paragraphs: [], sentences: [], entities: [], quotes: [], attributions: [], figures: [], dates: [], claims: [], loadedWords: [], problems: [],
  };
  if (frontMatter) {
    base.frontMatter = { ...frontMatter.span };
    base.metadata = { ...frontMatter.metadata };
  }
  // the front matter's date when it gives one, else the text's own (dateline, "Published ...", the date in the path of its address)
  base.publishedAt = frontMatter?.metadata.publishedAt ?? findPublicationDate(prose, frontMatter?.metadata.url);
  const frontMatterProblems = frontMatter?.problems ?? [];
  base.paragraphs = splitParagraphs(prose);
  if (!language.isEnglish) {
    if (frontMatterProblems.length > 0) base.problems = reportProblems({ analysis: base, found: { unbalancedQuotes: [], weekdayMismatches: [], frontMatter: frontMatterProblems } }, options.onInternalError);
    return base;
  }

  const quoteResult = extractQuotes(prose);
  base.quotes = quoteResult.quotes;
  const mentions: RawMention[] = [];
  const rawDates: RawDate[] = [];
  const attributions: Attribution[] = [];
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  const labels: RawLabel[] = [];
  const loaded: LoadedWord[] = [];
  const results = paragraphResults(prose, base.paragraphs, base.quotes, options);
  base.paragraphs.forEach((p, i) => {
    const shifted = shiftParagraph(results[i], p.start);
    base.sentences.push(...shifted.sentences);
    mentions.push(...shifted.mentions);
    rawDates.push(...shifted.dates);
    attributions.push(...shifted.attributions);
    figures.push(...shifted.figures);
    claims.push(...shifted.claims);
    labels.push(...(shifted.labels ?? []));
    loaded.push(...(shifted.loaded ?? []));
  });
  base.entities = resolveEntities(settleKinds(mentions), prose);
  // "the official said" in one paragraph refers to a source another introduced
  const referred = resolveBackReferences(attributions, claims, base.entities, base.sentences, prose);
  // "is accused of" with a court case told in the sentences around it
  const sourced = answerCharges(prose, base.sentences, referred.claims, referred.attributions);
  // what the report calls each entity besides its name
  // a quotation's words, or a paragraph set off as someone's ("X writes:"), are the speaker's, not the outlet's
  const voiced = [...base.quotes, ...blockQuotes(prose)];
  base.loadedWords = loaded.map((w) => ({ ...w, quoted: insideQuote(w, voiced) }));
  attachLabels(base.entities, labels, prose, base.sentences, voiced, base.loadedWords);
  // who "he" and "she" are: after the labels, which tell a person's sex ("the actress")
  resolvePronouns(base.entities, prose, base.sentences, voiced);
  // ... and those of a lede about a person it names only after ("A Mafia boss hanged himself ... Gaetano Lo Presti, 52, ...")
  tieLedePronouns(base.entities, prose, base.sentences, voiced);
  // after the pronouns: a "he said" speaker is the person the pronoun resolver gives
  base.quotes = attachSpeakers(prose, base.quotes, sourced.attributions, base.entities);
  // "I" in a quotation is its speaker, once the speakers are known
  tieQuotedFirstPerson(base.entities, base.quotes, prose);
  const dated = resolveDates(rawDates, base.publishedAt);
  base.dates = dated.dates;
  // a deck's vague claims have no diagnostic (claims/claim-findings.ts): its attributions say why
  base.attributions = explainSilences(sourced.attributions, sourced.claims.filter(outsideDeck(prose)));
  // a quote typed with two marks (''No,'') spans both, as the editor shows it
  base.quotes = base.quotes.map((q) => spanTypedPair(q, text, prose));
  base.attributions = base.attributions.map((a) => { const content = spanTypedPair(a.content, text, prose); return content === a.content ? a : { ...a, content }; });
  base.figures = figures;
  base.claims = sourced.claims;
  base.problems = reportProblems({ analysis: base, found: { unbalancedQuotes: quoteResult.unbalanced.filter((u) => !typedPairMark(u.start, text, prose)), weekdayMismatches: dated.weekdayMismatches, frontMatter: frontMatterProblems } }, options.onInternalError);
  return sanitizeAnalysis(base);
}
