// The package's `@newslens/language-service/features` entry: everything that works over analyses and
// comparisons already made (the editor features, diagnostics under a config, the rules' registry, the
// configuration, file checks, offsets), without the tagger. Nothing here imports compromise (checked by
// test/features-entry.test.ts), so a language server's main thread answers requests with it while the
// analysis and the comparison, which need the tagger, run in worker threads. The package's root entry
// re-exports all of it, with the analysis and the comparison.
export * from '../types.js';
export { ANALYZER_VERSION } from '../version.js';
export { RULES, getRule, isRuleCode, isFileLevel, ruleOf } from '../rules/registry.js';
export type { RuleInfo, RuleSetting } from '../rules/registry.js';
export { ALL_RULES } from '../rules/all.js';
export { RULE_CODES } from '../rules/codes.js';
export { defineRule, problemOf } from '../rules/rule.js';
export type { Rule, RuleCase, RuleScope } from '../rules/rule.js';
export type * from '../rules/findings.js';
export { fileProblem, reportProblems } from '../rules/run-rules.js';
export type { FileRuleCode } from '../rules/codes.js';
export { findSuppressions, suppressionComment } from '../rules/suppression.js';
export type { Suppression } from '../rules/suppression.js';
export { applyConfig } from '../rules/validate.js';
export { parseConfig, validateConfig, mergeConfig, cloneDefault, ruleSetting, DEFAULT_CONFIG, DEFAULT_MAX_FILE_SIZE } from '../config/config.js';
export type { NewslensConfig, ConfigResult } from '../config/config.js';
export { prepareText } from '../text/prepare.js';
export { reportLabel, reportName } from '../text/excerpt.js';
export { lineStarts, offsetToPosition, positionToOffset } from '../text/positions.js';
export type { Position } from '../text/positions.js';
export { readFrontMatter, FRONT_MATTER_OPTIONS, type FrontMatter, type FrontMatterOptions } from '../text/front-matter.js';
export { compareStrings } from '../compare/order.js';
export { eventPin, NO_EVENT } from '../compare/pins.js';
export { analysisFingerprint } from '../compare/fingerprint.js';
export { internalErrorLine } from '../internal-error.js';
export type { AnalysisErrorPlace, CompareErrorHook, CompareErrorPlace, CompareOptions, ComparePart } from '../internal-error.js';
export type { Comparison, CrossEntity, EventGroup, Link, LinkKind, Location, ReportInput } from '../compare/types.js';
export { decodeReport, screenReportText, isSkipped, languageProblems, formatBytes } from '../rules/file-checks.js';
export type { DecodedReport } from '../rules/file-checks.js';
export { figureInterval, figuresAgree } from '../figures/figure-intervals.js';
export { doValidation } from './validation.js';
export { doHover } from './hover.js';
export { findDefinition, findReferences, findDocumentHighlights } from './navigation.js';
export { findDocumentSymbols, findWorkspaceSymbols } from './symbols.js';
export { doCodeActions } from './code-actions.js';
export { findClaimLenses } from './code-lens.js';
export { findDateHints } from './inlay-hints.js';
export { findSemanticTokens } from './semantic-tokens.js';
export { escapeMarkdown } from './markdown.js';
export { OPEN_ALIGNED_COMMAND } from './types.js';
export type {
  FeatureContext, HoverInfo, DefinitionLink, Highlight, HighlightKind, ReportSymbol, SymbolKind, WorkspaceSymbolInfo,
  ReportEdit, CommandInfo, CodeActionInfo, ClaimLens, InlayHintInfo, SemanticToken, SemanticTokenType,
} from './types.js';
