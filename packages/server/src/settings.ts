import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NewslensConfig } from '@newslens/language-service';
import { fileFilter, uriToPath } from './files.js';
import { service } from './load-service.js';

export const CONFIG_FILE = 'newslens.json';
export const SECTION = 'newslens';

const SETTING_KEYS = ['rules', 'include', 'exclude', 'maxFileSize', 'ignorePhrases'] as const;

/** The config of one workspace folder: its `newslens.json`, then the editor's settings over it. */
export interface FolderConfig {
  uri: string;
  /** The folder's path, or null when it is not on disk. */
  path: string | null;
  config: NewslensConfig;
  /** Whether the include/exclude globs take a path relative to the folder (compiled once). */
  keep: (relPath: string) => boolean;
  /** Show resolved dates as inlay hints (`newslens.inlayHints.dates`, off by default). */
  dateHints: boolean;
}

/** The editor-only settings (not in newslens.json). */
export function dateHintsSetting(raw: unknown): boolean {
  const hints = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).inlayHints : undefined;
  return hints !== null && typeof hints === 'object' && (hints as Record<string, unknown>).dates === true;
}

/** Reads `newslens.json` in the folder; a missing file gives the defaults, a bad one a message. */
export async function readConfigFile(folder: string | null, errors: string[]): Promise<NewslensConfig> {
  const svc = service();
  if (folder === null) return svc.cloneDefault();
  const file = join(folder, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') errors.push(`${file}: cannot read the config file (${code ?? e})`);
    return svc.cloneDefault();
  }
  const result = svc.parseConfig(text, file);
  errors.push(...result.errors);
  return result.config;
}

/**
 * The editor's `newslens` settings as the part of a config they set. Keys left unset (null,
 * missing) or equal to their default are left out, so a `newslens.json` still applies where the
 * settings do not speak (clients that declare defaults send them every time). `trace` is the
 * client's business. A bad value is named in `errors` and ignored.
 */
export function settingsToConfig(raw: unknown, errors: string[]): Partial<NewslensConfig> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push('settings: "newslens" must be an object');
    return {};
  }
  const svc = service();
  const defaults = svc.cloneDefault();
  const out: Partial<NewslensConfig> = {};
  const obj = raw as Record<string, unknown>;
  for (const key of SETTING_KEYS) {
    const value = obj[key];
    if (value === null || value === undefined) continue;
    if (JSON.stringify(value) === JSON.stringify(defaults[key])) continue;
    const checked = svc.validateConfig({ [key]: value }, `settings (${SECTION}.${key})`);
    if (checked.errors.length) errors.push(...checked.errors);
    if (key === 'rules') out.rules = checked.config.rules;
    else if (checked.errors.length === 0) (out as Record<string, unknown>)[key] = checked.config[key];
  }
  return out;
}

/**
 * The config of each workspace folder: its newslens.json, the editor's settings over it (pulled
 * per folder with `pull`, else the settings the client pushed). With no folder, the settings alone.
 */
export async function loadFolderConfigs(
  scopes: ReadonlyArray<{ uri: string }>,
  pull: ((scopeUri: string) => Promise<unknown>) | null,
  pushed: unknown,
  errors: string[],
): Promise<FolderConfig[]> {
  const folders: FolderConfig[] = [];
  for (const f of scopes.length ? scopes : [{ uri: '' }]) {
    const path = f.uri ? uriToPath(f.uri) : null;
    let config = await readConfigFile(path, errors);
    let raw: unknown = pushed;
    if (pull) {
      try {
        raw = await pull(f.uri);
      } catch (e) {
        errors.push(`cannot read the settings (${(e as Error).message})`);
      }
    }
    if (raw !== null && raw !== undefined) config = service().mergeConfig(config, settingsToConfig(raw, errors));
    folders.push({ uri: f.uri, path, config, keep: fileFilter(config), dateHints: dateHintsSetting(raw) });
  }
  return folders;
}
