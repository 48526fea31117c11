import { ALL_RULES } from './all.js';
import type { RuleCode } from './codes.js';
import type { Rule, RuleScope, RuleSetting } from './rule.js';

export type { RuleSetting } from './rule.js';

/** What a listing needs of a rule (the CLI's SARIF, the docs, the editor's settings). */
export interface RuleInfo {
  code: RuleCode;
  defaultSeverity: RuleSetting;
  /** One line, for listings and the docs index. */
  summary: string;
  scope: RuleScope;
  /** Whether the rule compares reports (needs the other reports of the event): scope `event`. */
  crossReport: boolean;
}

/** Every diagnostic code newslens can emit, from the rule files (rules/<code>.ts). Codes are stable: never rename one. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map((r) => ({
  code: r.code, defaultSeverity: r.defaultSeverity, summary: r.summary, scope: r.scope, crossReport: r.scope === 'event',
}));

const BY_CODE = new Map<string, Rule>(ALL_RULES.map((r) => [r.code, r]));
const INFO_BY_CODE = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));

export function getRule(code: string): RuleInfo | undefined {
  return INFO_BY_CODE.get(code);
}

export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}

/** The rule of a code (its message, cases and scope). */
export function ruleOf(code: RuleCode): Rule {
  return BY_CODE.get(code)!;
}

/** Whether problems of this code sit at the top of a file (0-0) and cannot be silenced by a comment in its text. */
export function isFileLevel(code: string): boolean {
  return BY_CODE.get(code)?.scope === 'file';
}

/** The report rules, in registry order: analyzeReport runs each over the analysis. */
export const REPORT_RULES: readonly Rule[] = ALL_RULES.filter((r) => r.scope === 'report');
