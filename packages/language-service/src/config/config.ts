import { getRule, RULES, type RuleSetting } from '../rules/registry.js';

/** The settings shared by the CLI and the server (`newslens.json` and editor settings). */
export interface NewslensConfig {
  /** Severity per rule code, or 'off'. Codes not listed keep their default. */
  rules: Record<string, RuleSetting>;
  /** Globs of files to analyse, relative to the workspace root. */
  include: string[];
  exclude: string[];
  /** Files larger than this many bytes are skipped with a warning. */
  maxFileSize: number;
  /** Phrases whose sentences are never flagged (case-insensitive substring match). */
  ignorePhrases: string[];
}

export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

export const DEFAULT_CONFIG: Readonly<NewslensConfig> = Object.freeze({
  rules: {},
  include: ['**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  ignorePhrases: [],
});

export interface ConfigResult {
  config: NewslensConfig;
  /** Human-readable problems; the config still holds every valid part. */
  errors: string[];
}

const SETTINGS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);
const KEYS = ['rules', 'include', 'exclude', 'maxFileSize', 'ignorePhrases', '$schema'];

/** Parses the text of a `newslens.json`. Never throws: a bad part is reported and ignored. */
export function parseConfig(jsonText: string, source = 'newslens.json'): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: cloneDefault(), errors: [`${source}: not valid JSON (${(e as Error).message}); using the defaults`] };
  }
  return validateConfig(raw, source);
}

/** Validates an already-parsed object (a `newslens.json` or the editor's settings). */
export function validateConfig(raw: unknown, source: string): ConfigResult {
  const config = cloneDefault();
  const errors: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, errors: [`${source}: expected an object`] };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.includes(key)) errors.push(`${source}: unknown setting "${key}" (known: ${KEYS.slice(0, -1).join(', ')})`);
  }
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      errors.push(`${source}: "rules" must be an object of rule code to severity`);
    } else {
      for (const [code, value] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!getRule(code)) {
          errors.push(`${source}: unknown rule "${code}" (known: ${RULES.map((r) => r.code).join(', ')})`);
        } else if (typeof value !== 'string' || !SETTINGS.has(value)) {
          errors.push(`${source}: rule "${code}" must be one of off, error, warning, information, hint`);
        } else {
          config.rules[code] = value as RuleSetting;
        }
      }
    }
  }
  for (const key of ['include', 'exclude', 'ignorePhrases'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) config[key] = [...v] as string[];
    else errors.push(`${source}: "${key}" must be an array of strings`);
  }
  if (obj.maxFileSize !== undefined) {
    const v = obj.maxFileSize;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) config.maxFileSize = Math.floor(v);
    else errors.push(`${source}: "maxFileSize" must be a positive number of bytes`);
  }
  return { config, errors };
}

/** Later configs win where they set a value: `mergeConfig(fileConfig, editorSettings)`. */
export function mergeConfig(base: NewslensConfig, over: Partial<NewslensConfig>): NewslensConfig {
  return {
    rules: { ...base.rules, ...(over.rules ?? {}) },
    include: over.include ?? base.include,
    exclude: over.exclude ?? base.exclude,
    maxFileSize: over.maxFileSize ?? base.maxFileSize,
    ignorePhrases: over.ignorePhrases ?? base.ignorePhrases,
  };
}

export function cloneDefault(): NewslensConfig {
  return {
    rules: {},
    include: [...DEFAULT_CONFIG.include],
    exclude: [...DEFAULT_CONFIG.exclude],
    maxFileSize: DEFAULT_CONFIG.maxFileSize,
    ignorePhrases: [],
  };
}

/** The effective setting of a rule under a config. */
export function ruleSetting(config: NewslensConfig, code: string): RuleSetting {
  return config.rules[code] ?? getRule(code)?.defaultSeverity ?? 'warning';
}
