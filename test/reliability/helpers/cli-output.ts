/**
 * Checks of the CLI's JSON output against the files it read (reliability tests and `pnpm fuzz`):
 * every span lies inside its report's text, never splits a surrogate pair, and a span's `text`
 * is the text it covers.
 */
import { badSpan, spansIn } from '../../helpers/fuzz-inputs.ts';

/** The text the CLI analyses for a file written from `text` as UTF-8: lone surrogates were written as U+FFFD, the BOM is dropped. */
export function asCliReads(text: string): string {
  const wellFormed = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return wellFormed.replace(/^\ufeff/, '');
}

/** Problems of the spans in `analyze`/`check` JSON output; `texts` maps each path to the text the CLI read. */
export function badCliSpans(output: { reports?: Array<{ path: string }>; links?: unknown[]; diagnostics: Array<{ path: string }> }, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const check = (own: string | undefined, value: unknown): void => {
    for (const s of spansIn(value)) {
      const path = typeof s.path === 'string' ? s.path : own;
      const text = path === undefined ? undefined : texts.get(path);
      if (text === undefined) {
        // Diagnostics about files that were not analysed (skipped, unreadable) point at 0-0.
        if (s.start !== 0 || s.end !== 0) problems.push(`span ${s.start}-${s.end} of unknown file ${String(path)}`);
        continue;
      }
      const bad = badSpan(text, s);
      if (bad) problems.push(`${path}: ${bad}`);
      else if (typeof s.text === 'string' && text.slice(s.start, s.end) !== s.text) {
        problems.push(`${path}: span ${s.start}-${s.end} says ${JSON.stringify(s.text)}, the text there is ${JSON.stringify(text.slice(s.start, s.end))}`);
      }
    }
  };
  for (const r of output.reports ?? []) check(r.path, r);
  check(undefined, output.links ?? []);
  check(undefined, output.diagnostics);
  return problems;
}
