import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { decodeReport, fileProblem, formatBytes, type Problem } from '@newslens/language-service';
import { describeError } from './files.js';

export interface ReadResult {
  /** The decoded text, or null when the file is skipped or could not be read. */
  text: string | null;
  /** File-level notices (file-skipped, invalid-encoding, read-error). */
  problems: Problem[];
  /** True when the file could not be read at all (exit code 2). */
  failed: boolean;
}

/**
 * Reads one report file. Never throws, never blocks on a FIFO, never reads more than the size
 * cap: a file over it is skipped from its size alone (a 20 MB file costs one stat).
 */
export function readReportFile(abs: string, maxFileSize: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' && isSymlink(abs)) return failure('ENOENT', 'cannot read: a broken symbolic link (its target does not exist)');
    return failure(code);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return failure('EISDIR');
    if (!st.isFile()) return skipped('not a regular file (a device, pipe or socket), not a text report');
    if (st.size > maxFileSize) {
      return skipped(`skipped: ${formatBytes(st.size)} is over the size cap of ${formatBytes(maxFileSize)} (maxFileSize in newslens.json, or --max-file-size)`);
    }
    // Read up to one byte past the cap, so a file that grew since the stat is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(maxFileSize + 1, Math.max(st.size, 0) + 65536));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    const decoded = decodeReport(buffer.subarray(0, length), maxFileSize);
    return { text: decoded.text, problems: decoded.problems, failed: false };
  } catch (e) {
    return failure(errorCode(e));
  } finally {
    try {
      closeSync(fd);
    } catch {
      // already closed or gone: nothing to do
    }
  }
}

/** Reads standard input to the end. */
export async function readStdin(maxFileSize: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      size += b.length;
      if (size <= maxFileSize + 1) chunks.push(b);
    }
  } catch (e) {
    return failure(errorCode(e));
  }
  const bytes = Buffer.concat(chunks);
  if (size > maxFileSize) {
    return skipped(`skipped: ${formatBytes(size)} is over the size cap of ${formatBytes(maxFileSize)} (maxFileSize in newslens.json, or --max-file-size)`);
  }
  const decoded = decodeReport(bytes, maxFileSize);
  return { text: decoded.text, problems: decoded.problems, failed: false };
}

export function readErrorProblem(message: string): Problem {
  return fileProblem('read-error', message);
}

function failure(code: string, message = describeError(code)): ReadResult {
  return { text: null, problems: [readErrorProblem(message)], failed: true };
}

function isSymlink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

function skipped(message: string): ReadResult {
  return { text: null, problems: [fileProblem('file-skipped', message)], failed: false };
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'error';
}
