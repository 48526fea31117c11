import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cloneDefault, parseConfig, type NewslensConfig } from '@newslens/language-service';

export const CONFIG_NAME = 'newslens.json';

export interface LoadedConfig {
  config: NewslensConfig;
  /** The config file used, or null for the defaults. */
  file: string | null;
  /** The folder include/exclude globs are relative to: the config file's, else the cwd. */
  root: string;
  errors: string[];
}

/** The nearest `newslens.json` in `from` or one of its ancestors, or null. */
export function findConfig(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate) && isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Loads `--config <file>` when given, else the nearest `newslens.json`, else the defaults. */
export function loadConfig(explicit: string | null, cwd: string): LoadedConfig {
  const file = explicit !== null ? resolve(cwd, explicit) : findConfig(cwd);
  if (file === null) return { config: cloneDefault(), file: null, root: cwd, errors: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { config: cloneDefault(), file, root: dirname(file), errors: [`${explicit ?? file}: cannot read the config file (${code})`] };
  }
  const { config, errors } = parseConfig(text, explicit ?? file);
  return { config, file, root: dirname(file), errors };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
