import type { Severity } from '../types.js';

export type RuleSetting = Severity | 'off';

export interface RuleInfo {
  code: string;
  defaultSeverity: RuleSetting;
  /** One line, for listings and the docs index. */
  summary: string;
  /** Whether the rule compares reports (needs the other reports of the event). */
  crossReport: boolean;
}

/** Every diagnostic code newslens can emit. Codes are stable: never rename one. */
export const RULES: readonly RuleInfo[] = [
  { code: 'unattributed-claim', defaultSeverity: 'warning', crossReport: false,
    summary: 'A check-worthy claim (a figure, a casualty count, an accusation) names no source.' },
  { code: 'vague-attribution', defaultSeverity: 'information', crossReport: false,
    summary: 'A claim is sourced only vaguely ("reportedly", "sources say", unnamed officials).' },
  { code: 'weekday-mismatch', defaultSeverity: 'error', crossReport: false,
    summary: 'A weekday does not fit the date it is written with, in the report\'s year.' },
  { code: 'unbalanced-quote', defaultSeverity: 'warning', crossReport: false,
    summary: 'A quotation mark is opened and never closed, or closed and never opened.' },
  { code: 'quote-mismatch', defaultSeverity: 'warning', crossReport: true,
    summary: 'The same quote is worded differently in another report of the event.' },
  { code: 'figure-mismatch', defaultSeverity: 'warning', crossReport: true,
    summary: 'Another report of the event gives a different figure for the same thing.' },
  { code: 'date-mismatch', defaultSeverity: 'warning', crossReport: true,
    summary: 'Another report of the event dates the same happening differently.' },
  { code: 'name-variant', defaultSeverity: 'hint', crossReport: true,
    summary: 'Another report of the event spells this name differently.' },
  { code: 'uncorroborated-claim', defaultSeverity: 'off', crossReport: true,
    summary: 'No other report of the event carries this claim.' },
  // File-level notices (span 0-0): the CLI and the server report unusable input the same way.
  { code: 'file-skipped', defaultSeverity: 'warning', crossReport: false,
    summary: 'A file was not analysed: it is empty, binary, or larger than the size cap.' },
  { code: 'invalid-encoding', defaultSeverity: 'warning', crossReport: false,
    summary: 'A file is not valid UTF-8; bad bytes were read as replacement characters.' },
  { code: 'not-english', defaultSeverity: 'information', crossReport: false,
    summary: 'A report is not in English, so it was not analysed.' },
  { code: 'read-error', defaultSeverity: 'error', crossReport: false,
    summary: 'A file could not be read at all (missing, deleted, no permission, a link loop).' },
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function getRule(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function isRuleCode(code: string): boolean {
  return BY_CODE.has(code);
}
