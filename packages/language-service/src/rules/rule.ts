import type { Problem, ProblemData, RelatedLocation, Severity, Span } from '../types.js';
import type { RuleCode } from './codes.js';
import type { ReportRuleInput } from './findings.js';

/** A rule's severity, or `off`. */
export type RuleSetting = Severity | 'off';

/**
 * What a rule looks at: one report's analysis (`report`), the reports of one event side by side
 * (`event`), or the file itself before any analysis (`file`: empty, binary, unreadable, not English).
 */
export type RuleScope = 'report' | 'event' | 'file';

/**
 * One example of a rule, in its own file beside its code: text in which `[[...]]` marks every span
 * the rule must flag (no marks: the rule must flag nothing). Run by `checkRule()` in the tests.
 * - a report rule's case has `text`;
 * - an event rule's case has `texts`, two or more reports of one event compared as one event;
 * - a file rule's case has `text` (or `bytes`, for what no string can hold) and flags the file at
 *   its top (`[[]]` at the start: the empty span 0-0), or `expect` spans given outright.
 */
export interface RuleCase {
  /** What the case shows, for the test's name. */
  name: string;
  text?: string;
  texts?: readonly [string, string, ...string[]];
  bytes?: readonly number[];
  /** The flagged spans when they cannot be marked in the text (a `bytes` case). */
  expect?: readonly Span[];
  /** A file rule's size cap for this case (default: the configuration's). */
  maxFileSize?: number;
}

/**
 * A rule: one diagnostic code, what it says, and its examples. Extractors and aligners produce
 * findings (plain data: what was found, where); the rule turns a finding into the words a reader
 * sees. `F` is the rule's finding type; every finding is a span of the report it is reported in.
 */
export interface Rule<F extends Span = Span, C extends RuleCode = RuleCode> {
  /** The stable diagnostic code: never renamed. Also the file's name (`rules/<code>.ts`). */
  code: C;
  defaultSeverity: RuleSetting;
  scope: RuleScope;
  /** One line, for listings, the docs index and the editor's settings. */
  summary: string;
  /**
   * A report rule's findings in one report's analysis. Event rules get theirs from the aligners and
   * the entity identity, file rules from the file checks and the hosts.
   */
  check?(input: ReportRuleInput): readonly F[];
  /** The one-line message of a finding. */
  message(finding: F): string;
  /** An event rule's related locations in the other reports, each with its own message. */
  related?(finding: F): RelatedLocation[];
  /**
   * An event rule whose findings come in twins (a mismatch): each one in a report has its twin in
   * the report it points at, there, pointing back. checkRule() checks every case for it.
   */
  twinned?: true;
  /** What the problem says beyond its message, as data (the JSON contract's optional diagnostic fields). */
  data?(finding: F): ProblemData;
  /**
   * Where the finding comes from when not from text: `host` for a file rule that only the CLI or
   * the server can raise (a file that cannot be read), which no case can show.
   */
  origin?: 'analysis' | 'host';
  cases: readonly RuleCase[];
}

/** Declares a rule, keeping its code's literal type. */
export function defineRule<F extends Span, const C extends RuleCode>(rule: Rule<F, C>): Rule<F, C> {
  return rule;
}

/** The problem a rule reports for a finding. */
export function problemOf<F extends Span>(rule: Rule<F, RuleCode>, finding: F): Problem {
  const problem: Problem = { start: finding.start, end: finding.end, code: rule.code, message: rule.message(finding), related: rule.related?.(finding) ?? [] };
  const data = rule.data?.(finding);
  if (data) problem.data = data;
  return problem;
}
