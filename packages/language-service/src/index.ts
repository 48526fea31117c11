export * from './types.js';
export { ANALYZER_VERSION } from './version.js';
export { createLanguageService } from './service.js';
export type { NewsLanguageService, LanguageServiceOptions } from './service.js';
export { analyzeReport } from './analysis/report.js';
export type { ParagraphCache, ReportAnalyzeOptions } from './analysis/report.js';
export { createSentenceCache } from './nlp/sentence-cache.js';
export type { SentenceCache, TaggedTerm } from './nlp/tag.js';
export { RULES, getRule, isRuleCode } from './rules/registry.js';
export type { RuleInfo, RuleSetting } from './rules/registry.js';
export { findSuppressions } from './rules/suppression.js';
export type { Suppression } from './rules/suppression.js';
export { applyConfig } from './rules/validate.js';
export { parseConfig, validateConfig, mergeConfig, cloneDefault, ruleSetting, DEFAULT_CONFIG, DEFAULT_MAX_FILE_SIZE } from './config/config.js';
export type { NewslensConfig, ConfigResult } from './config/config.js';
export { prepareText } from './text/prepare.js';
export { lineStarts, offsetToPosition, positionToOffset } from './text/positions.js';
export type { Position } from './text/positions.js';
export { compareReports } from './compare/compare-reports.js';
export { analysisFingerprint, compareReportsIncremental, createComparer, type CompareHooks, type CompareState, type EventResult, type IncrementalComparison } from './compare/compare-incremental.js';
export { internalErrorLine } from './internal-error.js';
export type { AnalysisErrorPlace, CompareErrorHook, CompareErrorPlace, CompareOptions, ComparePart } from './internal-error.js';
export type { Comparison, CrossEntity, EventGroup, Link, LinkKind, Location, ReportInput } from './compare/types.js';
export { decodeReport, screenReportText, isSkipped, languageProblems, formatBytes } from './rules/file-checks.js';
export type { DecodedReport } from './rules/file-checks.js';
export { doHover } from './features/hover.js';
export { findDefinition, findReferences, findDocumentHighlights } from './features/navigation.js';
export { findDocumentSymbols, findWorkspaceSymbols } from './features/symbols.js';
export { doCodeActions } from './features/code-actions.js';
export { findClaimLenses } from './features/code-lens.js';
export { findDateHints } from './features/inlay-hints.js';
export { findSemanticTokens } from './features/semantic-tokens.js';
export { escapeMarkdown } from './features/markdown.js';
export { OPEN_ALIGNED_COMMAND } from './features/types.js';
export type {
  FeatureContext, HoverInfo, DefinitionLink, Highlight, HighlightKind, ReportSymbol, SymbolKind, WorkspaceSymbolInfo,
  ReportEdit, CommandInfo, CodeActionInfo, ClaimLens, InlayHintInfo, SemanticToken, SemanticTokenType,
} from './features/types.js';
