import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { compareStrings, type Diagnostic } from '@newslens/language-service';
import type { FileResult } from './run.js';

/**
 * A baseline records known problems so `check --baseline` reports only new ones. A problem is
 * matched on its file, its code and a fingerprint of the text it is about (not its line), so
 * edits elsewhere in the file do not bring it back; a problem recorded twice is forgiven twice.
 */
export interface BaselineFile {
  version: 1;
  problems: BaselineEntry[];
}

export interface BaselineEntry {
  /** The file, relative to the baseline file's folder, with forward slashes. */
  path: string;
  code: string;
  fingerprint: string;
  /** For readers of the file only; not used for matching. */
  message: string;
}

/** Codes never recorded: a file that cannot be read must always fail the run. */
const NEVER_BASELINED = new Set(['read-error']);

/** Hash of the code and the whitespace-normalised text the problem covers (else its message). */
export function fingerprint(code: string, text: string | null, d: { start: number; end: number; message: string }): string {
  const covered = text !== null && d.end > d.start ? text.slice(d.start, d.end).replace(/\s+/g, ' ').trim() : '';
  // Without a span (file-level notices), the message with its numbers blanked out: a skipped
  // file that grows from 2.1 to 2.2 MB is still the same problem.
  const words = covered || d.message.replace(/\d+(?:[.,]\d+)*/g, '#');
  return createHash('sha256').update(`${code}\n${words}`).digest('hex').slice(0, 20);
}

export function buildBaseline(files: readonly FileResult[], baselinePath: string, cwd: string): BaselineFile {
  const problems: BaselineEntry[] = [];
  for (const f of files) {
    const path = keyPath(f.path, baselinePath, cwd);
    for (const d of f.diagnostics) {
      if (NEVER_BASELINED.has(d.code)) continue;
      problems.push({ path, code: d.code, fingerprint: fingerprint(d.code, f.text, d), message: d.message });
    }
  }
  problems.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.code, b.code) || compareStrings(a.fingerprint, b.fingerprint) || compareStrings(a.message, b.message));
  return { version: 1, problems };
}

export function writeBaseline(baseline: BaselineFile, file: string): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Reads a baseline file; throws an Error with a reader's message when it is missing or bad. */
export function readBaseline(file: string): BaselineFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code ? `cannot read the baseline ${file} (${code})` : `the baseline ${file} is not valid JSON`);
  }
  const b = raw as Partial<BaselineFile>;
  if (!b || b.version !== 1 || !Array.isArray(b.problems)
    || !b.problems.every((p) => p && typeof p.path === 'string' && typeof p.code === 'string' && typeof p.fingerprint === 'string')) {
    throw new Error(`the baseline ${file} is not a newslens baseline (version 1 with a "problems" list)`);
  }
  return b as BaselineFile;
}

/** Drops the diagnostics the baseline records; returns how many were dropped. */
export function applyBaseline(files: FileResult[], baseline: BaselineFile, baselinePath: string, cwd: string): number {
  const budget = new Map<string, number>();
  for (const p of baseline.problems) {
    const key = `${p.path}\u0000${p.code}\u0000${p.fingerprint}`;
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  let dropped = 0;
  for (const f of files) {
    const path = keyPath(f.path, baselinePath, cwd);
    const kept: Diagnostic[] = [];
    for (const d of f.diagnostics) {
      const key = `${path}\u0000${d.code}\u0000${fingerprint(d.code, f.text, d)}`;
      const left = budget.get(key) ?? 0;
      if (left > 0 && !NEVER_BASELINED.has(d.code)) {
        budget.set(key, left - 1);
        dropped++;
      } else {
        kept.push(d);
      }
    }
    f.diagnostics = kept;
  }
  return dropped;
}

function keyPath(path: string, baselinePath: string, cwd: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(dirname(resolve(cwd, baselinePath)), abs);
  return sep === '/' ? rel : rel.split(sep).join('/');
}
