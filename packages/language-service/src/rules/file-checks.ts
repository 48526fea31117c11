import type { Problem, ReportAnalysis } from '../types.js';
import { fileProblem } from './run-rules.js';

/**
 * File-level checks shared by the CLI and the server, so both report unusable input with the
 * same codes: `file-skipped` (empty, binary, over the size cap), `invalid-encoding` and
 * `not-english`. These problems have the empty span 0-0 (the top of the file).
 */

export interface DecodedReport {
  /** The decoded text (a BOM kept, as analyzeReport expects), or null when the file is skipped. */
  text: string | null;
  problems: Problem[];
}

const SAMPLE = 64 * 1024;

/** The WHATWG decoder (Node and browsers both have it); declared here as the lib has no DOM. */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => {
  decode(input: Uint8Array): string;
};

/** Decodes the bytes of a report file, or says why it is skipped. Never throws. */
export function decodeReport(bytes: Uint8Array, maxFileSize: number): DecodedReport {
  if (bytes.length > maxFileSize) return skip(tooLargeMessage(bytes.length, maxFileSize));
  if (bytes.length === 0) return skip('empty file, nothing to analyse');
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes);
    const problems = screenReportText(text, maxFileSize, false);
    return { text: isSkipped(problems) ? null : text, problems };
  }
  if (looksBinary(bytes)) return skip('binary file (NUL bytes or control characters), not a text report');
  let text: string;
  const problems: Problem[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    text = lenient.decode(bytes);
    // The problem points at the first bad byte, as an offset into the text without its BOM.
    const prefix = lenient.decode(bytes.subarray(0, firstInvalidUtf8(bytes)));
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const at = Math.max(0, Math.min(prefix.length, text.length - 1) - bom);
    problems.push(fileProblem('invalid-encoding', 'not valid UTF-8: this and any other bad bytes were read as the replacement character \uFFFD', { start: at, end: at + 1 }));
  }
  problems.push(...screenReportText(text, maxFileSize, false));
  return { text: isSkipped(problems) ? null : text, problems };
}

/**
 * The same checks on text an editor already decoded: empty, binary-looking, over the size cap
 * (counted in UTF-8 bytes). Returns the problems; a `file-skipped` one means "do not analyse".
 */
export function screenReportText(text: string, maxFileSize: number, checkSize = true): Problem[] {
  if (checkSize) {
    const size = utf8Length(text);
    if (size > maxFileSize) return [fileProblem('file-skipped', tooLargeMessage(size, maxFileSize))];
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return [fileProblem('file-skipped', 'empty file, nothing to analyse')];
  if (textLooksBinary(text)) return [fileProblem('file-skipped', 'binary file (NUL bytes or control characters), not a text report')];
  return [];
}

/** Whether any of the problems means the file is not analysed. */
export function isSkipped(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.code === 'file-skipped');
}

/** `not-english` when the report's language is not English (the analysis is then empty). */
export function languageProblems(report: ReportAnalysis): Problem[] {
  if (report.language.isEnglish) return [];
  const lang = report.language.code === 'und' ? 'an undetermined language' : `language "${report.language.code}"`;
  return [fileProblem('not-english', `not analysed: the text looks like ${lang}, and newslens reads English reports only`)];
}

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${trim(n / 1_000_000)} MB`;
  if (n >= 1_000) return `${trim(n / 1_000)} kB`;
  return `${n} bytes`;
}

function trim(x: number): string {
  return x.toFixed(1).replace(/\.0$/, '');
}

function tooLargeMessage(size: number, cap: number): string {
  return `skipped: ${formatBytes(size)} is over the size cap of ${formatBytes(cap)} (maxFileSize in newslens.json)`;
}

function skip(message: string): DecodedReport {
  return { text: null, problems: [fileProblem('file-skipped', message)] };
}

function utf16Encoding(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** A NUL byte, or more than 10% control bytes other than tab, line breaks, form feed and escape. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 27) control++;
  }
  return control > n * 0.1;
}

function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 27) control++;
  }
  return control > n * 0.1;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Byte offset of the first byte sequence that is not valid UTF-8 (the WHATWG decoder's rules). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    const second = b[i + 1];
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (len > 1 && (second < lo || second > hi)) return i;
    for (let k = 2; k < len; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
