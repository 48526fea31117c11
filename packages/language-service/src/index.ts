// The package's root entry: the analysis and the comparison (which load the tagger, compromise), and
// everything of the `./features` entry (features/index.ts: what works over analyses already made).
export * from './features/index.js';
export { createLanguageService } from './service.js';
export type { NewsLanguageService, LanguageServiceOptions } from './service.js';
export { analyzeReport } from './analysis/report.js';
export type { ParagraphCache, ReportAnalyzeOptions } from './analysis/report.js';
export { createParagraphCache } from './analysis/paragraph-cache.js';
export { createSentenceCache } from './nlp/sentence-cache.js';
export type { SentenceCache, TaggedTerm } from './nlp/tag.js';
export { compareReports } from './compare/compare-reports.js';
export { eventTies, EVENT_TIES_OPTIONS, type EventTiesOptions } from './compare/event-ties.js';
export { compareReportsIncremental, createComparer, type CompareHooks, type CompareState, type EventResult, type IncrementalComparison } from './compare/compare-incremental.js';
export { provisionalEvents, termCosine, PROVISIONAL_OPTIONS, type ProvisionalOptions } from './compare/provisional.js';
export { keptGrouping, KEPT_GROUPING_OPTIONS, type KeptGroupingOptions } from './compare/kept-grouping.js';
export { groupingTerms } from './compare/group-events.js';
export type { ReportTerms } from './compare/events/features.js';
