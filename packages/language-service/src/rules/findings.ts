// Findings: what the extractors and aligners found, as plain data. A rule (rules/<code>.ts) turns
// a finding into the message a reader sees; nothing else writes a diagnostic's words.
import type { Location } from '../compare/types.js';
import type { ClaimCheckKind, QuoteChange, ReportAnalysis, Span } from '../types.js';

/** A check-worthy claim with no source: `text` is the flagged passage (its figures, the accusation, the cause, the record). */
export interface UnsourcedClaim extends Span {
  kind: ClaimCheckKind;
  text: string;
}

/** A claim sourced only vaguely: by an adverb ("reportedly"), or by a source that names nobody. */
export interface VagueSource extends Span {
  /** The hedging adverb as written, when the claim has one. */
  adverb: string | null;
  /** The unnamed source as written ("a top official in Israel"), when there is no adverb. */
  source: string | null;
}

/** A weekday written with a date it does not fit: "Monday, March 19" when March 19 is a Tuesday. */
export interface WeekdayMismatch extends Span {
  /** The date as the report's year makes it, written out ("Tuesday, March 19, 2024" style). */
  date: string;
  /** Whether the date lies after the report's reference day ("is a", else "was a"). */
  future: boolean;
  /** The weekday the date falls on, and the one written. */
  actual: string;
  written: string;
}

/** A double quotation mark with no partner. */
export interface UnbalancedQuote extends Span {
  /**
   * `unclosed`, `unopened`: the mark has no partner; `opened-with-closing-mark` (”...”) and
   * `closed-with-opening-mark` (“...“): a curly mark turned the wrong way, in a quote that balances.
   */
  side: 'unclosed' | 'unopened' | 'opened-with-closing-mark' | 'closed-with-opening-mark';
}

/**
 * What is wrong with a report's front matter: `syntax` (not valid YAML; `detail` is the parser's
 * first line), `too-large` (over the size cap, not read), `not-mapping` (Markdown: YAML that is
 * not keys and values), `alias` (not expanded, the block not read), `bad-value` (a key whose value is of the
 * wrong kind or form: `key` as written, `expected` in words).
 */
export type FrontMatterProblem = Span & (
  | { kind: 'syntax'; detail: string }
  | { kind: 'too-large'; size: number; max: number }
  | { kind: 'not-mapping' | 'alias' }
  | { kind: 'bad-value'; key: string; expected: string }
);

/** Findings that only an extractor sees while it works, handed to the report rules. */
export interface ExtractorFindings {
  unbalancedQuotes: readonly UnbalancedQuote[];
  weekdayMismatches: readonly WeekdayMismatch[];
  /** What is wrong with the report's front matter (none when it has none). */
  frontMatter: readonly FrontMatterProblem[];
}

/** What a report rule reads: the finished analysis and the extractors' findings. */
export interface ReportRuleInput {
  analysis: ReportAnalysis;
  found: ExtractorFindings;
}

/** A cross-report finding: where it is reported (`report`, span) and the passage it is compared with. */
export interface Difference extends Location {
  other: Location;
}

/** The same quote worded differently: both wordings (cut to where they differ) and the words only one has. */
export interface QuoteDifference extends Difference {
  here: string;
  there: string;
  onlyHere: readonly string[];
  onlyThere: readonly string[];
  /** A word changed, added or dropped (`wording`), or the same words written differently (`form`). */
  change: QuoteChange;
}

/** A different figure for the same thing: both as written, and what they count. */
export interface FigureDifference extends Difference {
  here: string;
  there: string;
  counts: string | null;
  /** The values each figure allows, in words, when one is approximate and they do not meet ("at least 48", "44 to 47"). */
  ranges: [string, string] | null;
}

/** A different date for the same happening: both as written, with their resolved values. */
export interface DateDifference extends Difference {
  here: string;
  hereValue: string | null;
  there: string;
  thereValue: string | null;
}

/** A name spelt `spelling` in other reports of the event (`others`: where, the first named in the message). */
export interface NameVariant extends Location {
  spelling: string;
  others: readonly Location[];
}

/** A claim no other report carries: the closest statement and how alike it is (0-100). */
export interface UncorroboratedClaim extends Location {
  closest: Location;
  percent: number;
}

/** A file-level notice (span 0-0, or the first bad byte): why the file is not (fully) analysed. */
export interface FileNotice extends Span {
  reason: string;
}
