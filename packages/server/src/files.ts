import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { FileRuleCode, NewslensConfig, Problem } from '@newslens/language-service';
import { service } from './load-service.js';

/** A file system path for a `file:` URI, else null. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The id a report has in the store and the comparison: its path for a file, else its URI. */
export function reportKey(uri: string): string {
  return uriToPath(uri) ?? uri;
}

export function formatOf(path: string, languageId?: string): 'text' | 'markdown' {
  if (languageId === 'markdown') return 'markdown';
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

/** include/exclude globs of a config, matched against paths relative to a workspace folder. */
export function fileFilter(config: NewslensConfig): (relPath: string) => boolean {
  const include = picomatch(config.include, { dot: false });
  const exclude = picomatch(['**/node_modules/**', '**/.git/**', ...config.exclude], { dot: true });
  return (rel) => include(rel) && !exclude(rel);
}

/** `abs` relative to `folder` with forward slashes, or null when it is not inside it. */
export function relativeTo(folder: string, abs: string): string | null {
  const rel = relative(folder, abs);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) return null;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * The files below `folder` the filter keeps, sorted. Leaves out dot folders and node_modules,
 * follows a linked folder once per real folder (no loop), yields to the event loop between
 * folders and stops when `cancelled()` says so.
 */
export async function listReports(folder: string, keep: (rel: string) => boolean, cancelled: () => boolean): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (abs: string, rel: string): Promise<void> => {
    if (cancelled()) return;
    let real: string;
    try {
      real = await realpath(abs);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const childAbs = join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) isDir = await stat(childAbs).then((s) => s.isDirectory(), () => false);
      if (isDir) await visit(childAbs, childRel);
      else if (keep(childRel)) out.push(childAbs);
    }
  };
  await visit(folder, '');
  return out;
}

export interface FileRead {
  /** Decoded text (BOM kept) or null when skipped or unreadable. */
  text: string | null;
  problems: Problem[];
  /** The file does not exist (any more). */
  missing?: boolean;
}

/** Reads a report file, never more than the size cap (a larger file costs one stat). Never throws. */
export async function readReport(path: string, maxFileSize: number): Promise<FileRead> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    return unreadable(e);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return notice('file-skipped', 'not a regular file, not a text report');
    if (st.size > maxFileSize) {
      return notice('file-skipped', `skipped: ${service().formatBytes(st.size)} is over the size cap of ${service().formatBytes(maxFileSize)} (maxFileSize in newslens.json or the newslens.maxFileSize setting)`);
    }
    const buffer = Buffer.alloc(Math.min(maxFileSize + 1, st.size + 65536));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return service().decodeReport(buffer.subarray(0, length), maxFileSize);
  } catch (e) {
    return unreadable(e);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function unreadable(e: unknown): FileRead {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  return { ...notice('read-error', `cannot read this file (${code})`), missing: code === 'ENOENT' };
}

function notice(code: FileRuleCode, message: string): FileRead {
  return { text: null, problems: [service().fileProblem(code, message)] };
}
