import { lstatSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { compareStrings, type NewslensConfig } from '@newslens/language-service';
import { walkFiles } from './walk.js';

/** One report to read: the path as shown (as given, or joined onto the directory given). */
export interface Input {
  path: string;
  /** Named on the command line (not found by expanding a folder or a glob). */
  explicit?: boolean;
  /** Absolute path; null for standard input. */
  abs: string | null;
  format: 'text' | 'markdown';
}

/** An argument that named nothing readable: reported as a read error, others go on. */
export interface MissingInput {
  path: string;
  message: string;
}

export interface Expansion {
  inputs: Input[];
  missing: MissingInput[];
}

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command line's inputs: files as given, directories to the files `include`
 * matches below them (relative to the config root) minus `exclude`, globs to their matches
 * minus `exclude`. Sorted by path, duplicates (same real file) removed. Linear in the files.
 */
export function expandInputs(args: readonly string[], config: NewslensConfig, root: string, cwd: string, stdinName: string): Expansion {
  const include = picomatch(config.include, { dot: false });
  const exclude = picomatch([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
  const found: Input[] = [];
  const missing: MissingInput[] = [];
  const rootRelative = (abs: string, fallback: string): string => {
    const rel = relative(root, abs);
    return toPosix(rel.startsWith('..') || isAbsolute(rel) ? fallback : rel);
  };
  for (const arg of args) {
    if (arg === '-') {
      found.push({ path: stdinName, abs: null, format: formatOf(stdinName) });
      continue;
    }
    const abs = resolve(cwd, arg);
    let kind: 'file' | 'dir' | 'none' | 'other';
    let error = '';
    try {
      const st = statSync(abs);
      kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
    } catch (e) {
      error = (e as NodeJS.ErrnoException).code ?? 'error';
      kind = exists(abs) ? 'other' : 'none'; // a broken or looping link: the reader names the problem
    }
    if (kind === 'file' || kind === 'other') {
      found.push({ path: arg, abs, format: formatOf(arg), explicit: true });
    } else if (kind === 'dir') {
      for (const f of walkFiles(abs)) {
        const fileAbs = join(abs, f);
        const rel = rootRelative(fileAbs, f);
        if (!include(rel) || exclude(rel)) continue;
        found.push({ path: join(arg, f), abs: fileAbs, format: formatOf(f) });
      }
    } else if (error === 'ENOENT' && isDynamicPattern(arg)) {
      const files = globSync([arg], { cwd, onlyFiles: true, absolute: isAbsolute(arg), ignore: ALWAYS_EXCLUDED, followSymbolicLinks: true, expandDirectories: false });
      const kept = files.filter((f) => !exclude(rootRelative(resolve(cwd, f), toPosix(f))));
      if (kept.length === 0) missing.push({ path: arg, message: 'no files match this pattern' });
      for (const f of kept) found.push({ path: f, abs: resolve(cwd, f), format: formatOf(f) });
    } else {
      missing.push({ path: arg, message: describeError(error) });
    }
  }
  return { inputs: dedupe(found).sort(byPath), missing };
}

export function formatOf(path: string): 'text' | 'markdown' {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

/** A reader's sentence for a file system error code. */
export function describeError(code: string): string {
  switch (code) {
    case 'ENOENT': return 'cannot read: no such file or directory (was it deleted or moved?)';
    case 'EACCES':
    case 'EPERM': return 'cannot read: permission denied';
    case 'ELOOP': return 'cannot read: a symbolic link loop';
    case 'EISDIR': return 'cannot read: it is a directory';
    case 'ENAMETOOLONG': return 'cannot read: the path is too long';
    case 'ENOTDIR': return 'cannot read: a part of the path is not a directory';
    default: return `cannot read (${code})`;
  }
}

function byPath(a: Input, b: Input): number {
  return compareStrings(a.path, b.path);
}

/** One input per real file: the one named on the command line, else the shortest path. */
function dedupe(inputs: Input[]): Input[] {
  const seen = new Set<string>();
  const out: Input[] = [];
  const depth = (p: string) => normalize(p).split(/[\\/]/).length;
  const preferred = inputs
    .map((input) => ({ input, depth: depth(input.path) }))
    .sort((a, b) => Number(!a.input.explicit) - Number(!b.input.explicit) || a.depth - b.depth || a.input.path.length - b.input.path.length || byPath(a.input, b.input))
    .map((x) => x.input);
  for (const input of preferred) {
    const key = input.abs === null ? '\u0000stdin' : realOrSelf(input.abs);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
