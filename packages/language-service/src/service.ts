import { analyzeReport, type ParagraphCache } from './analysis/report.js';
import type { SentenceCache } from './nlp/tag.js';
import type { NewslensConfig } from './config/config.js';
import type { AnalyzeOptions, Diagnostic, Problem, ReportAnalysis } from './types.js';
import { doCodeActions } from './features/code-actions.js';
import { doValidation } from './features/validation.js';
import { doHover } from './features/hover.js';
import { findDefinition, findDocumentHighlights, findReferences } from './features/navigation.js';
import { findDocumentSymbols, findWorkspaceSymbols } from './features/symbols.js';
import { findClaimLenses } from './features/code-lens.js';
import { findDateHints } from './features/inlay-hints.js';
import { findSemanticTokens } from './features/semantic-tokens.js';

export interface LanguageServiceOptions {
  /** Reuse paragraph results across calls (editors); off by default (batch runs). */
  paragraphCache?: ParagraphCache;
  /** Reuse tagged sentences across calls (editors; see createSentenceCache); off by default. */
  sentenceCache?: SentenceCache;
}

/**
 * The language service: verbs over plain data. Callers (CLI, server) keep the analyses and
 * pass them back in; the service holds no documents.
 */
export interface NewsLanguageService {
  /** Analyses one report's text. Never throws. */
  analyzeReport(text: string, options?: AnalyzeOptions): ReportAnalysis;
  /**
   * Diagnostics for one report under a config: its own problems plus `extra` (for instance the
   * cross-report problems that concern it), after severities and suppression comments.
   */
  doValidation(report: ReportAnalysis, config?: NewslensConfig, extra?: readonly Problem[]): Diagnostic[];
  /** Editor features over the analyses and comparison the caller keeps (see src/features). */
  doHover: typeof doHover;
  findDefinition: typeof findDefinition;
  findReferences: typeof findReferences;
  findDocumentHighlights: typeof findDocumentHighlights;
  findDocumentSymbols: typeof findDocumentSymbols;
  findWorkspaceSymbols: typeof findWorkspaceSymbols;
  doCodeActions: typeof doCodeActions;
  findClaimLenses: typeof findClaimLenses;
  findDateHints: typeof findDateHints;
  findSemanticTokens: typeof findSemanticTokens;
}

export function createLanguageService(options: LanguageServiceOptions = {}): NewsLanguageService {
  return {
    analyzeReport: (text, analyzeOptions) => analyzeReport(text, { ...analyzeOptions, paragraphCache: options.paragraphCache, sentenceCache: options.sentenceCache }),
    doValidation, doHover, findDefinition, findReferences, findDocumentHighlights, findDocumentSymbols, findWorkspaceSymbols, doCodeActions,
    findClaimLenses, findDateHints, findSemanticTokens,
  };
}
