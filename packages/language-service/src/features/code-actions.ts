import { isFileLevel } from '../rules/registry.js';
import { suppressionComment } from '../rules/suppression.js';
import { reportName } from '../text/excerpt.js';
import { lineStarts, offsetToPosition } from '../text/positions.js';
import type { Diagnostic, ReportAnalysis, Span } from '../types.js';
import { quoted } from './markdown.js';
import { linksFrom, targetAt } from './target.js';
import { OPEN_ALIGNED_COMMAND, type CodeActionInfo, type FeatureContext } from './types.js';

/**
 * Code actions for `span` of `report`: for each diagnostic given (those overlapping the span),
 * use the other report's spelling (name-variant), silence the rule on this line or in this file,
 * open the other report at the related passage; and, for the thing at the cursor, open the
 * other report where it is aligned. Titles are plain text (not Markdown).
 */
export function doCodeActions(report: ReportAnalysis, span: Span, diagnostics: readonly Diagnostic[], ctx: FeatureContext): CodeActionInfo[] {
  const out: CodeActionInfo[] = [];
  const text = report.text;
  const eol = text.includes('\r\n') ? '\r\n' : /\r(?!\n)/.test(text) ? '\r' : '\n';
  const starts = lineStarts(text);
  const opened = new Set<string>();
  const silenced = new Set<string>();
  const open = (report: string, at: Span, title: string, diagnostic: Diagnostic | null): void => {
    const key = `${report}\u0000${at.start}\u0000${at.end}`;
    if (opened.has(key)) return;
    opened.add(key);
    out.push({
      title, kind: 'quickfix', diagnostics: diagnostic ? [ref(diagnostic)] : [], edits: [], isPreferred: false,
      command: { title, command: OPEN_ALIGNED_COMMAND, arguments: [{ report, start: at.start, end: at.end }] },
    });
  };
  for (const d of diagnostics) {
    const other = d.related.find((r) => r.report !== ctx.reportId);
    if (d.code === 'name-variant' && other) {
      const spelling = ctx.getReport(other.report)?.text.slice(other.start, other.end).trim();
      if (spelling && spelling !== text.slice(d.start, d.end)) {
        out.push({
          title: `Use the spelling of ${reportName(other.report)}: ${plain(quoted(spelling, 80))}`, kind: 'quickfix',
          diagnostics: [ref(d)], edits: [{ report: ctx.reportId, start: d.start, end: d.end, newText: spelling }], command: null, isPreferred: true,
        });
      }
    }
    if (other) open(other.report, other, `Open ${reportName(other.report)} at the passage this ${d.code} compares`, d);
    if (isFileLevel(d.code)) continue; // at 0-0: no comment in the text silences it
    const lineStart = starts[offsetToPosition(starts, d.start).line];
    if (silenced.has(`${d.code}@${lineStart}`)) continue;
    silenced.add(`${d.code}@${lineStart}`);
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
    out.push({
      title: `Silence ${d.code} on this line`, kind: 'quickfix', diagnostics: [ref(d)], command: null, isPreferred: false,
      edits: [{ report: ctx.reportId, start: lineStart, end: lineStart, newText: `${indent}${suppressionComment('next-line', [d.code])}${eol}` }],
    });
    const top = fileTop(report);
    if (silenced.has(d.code)) continue;
    silenced.add(d.code);
    out.push({
      title: `Silence ${d.code} in this file`, kind: 'quickfix', diagnostics: [ref(d)], command: null, isPreferred: false,
      // a closing fence at the very end of the file has no line break after it: the comment needs one
      edits: [{ report: ctx.reportId, start: top, end: top, newText: `${top > 0 && !/[\r\n]$/.test(text.slice(0, top)) ? eol : ''}${suppressionComment('file', [d.code])}${eol}` }],
    });
  }
  const target = targetAt(report, span.start);
  if (target) {
    for (const l of linksFrom(ctx, target)) open(l.to.report, l.to, `Open ${reportName(l.to.report)} at the same ${target.kind}`, null);
  }
  return out;
}

/** Where a file-wide comment goes: the top, or after the front matter block (text/front-matter.ts). */
function fileTop(report: ReportAnalysis): number {
  return report.frontMatter?.end ?? 0;
}

function ref(d: Diagnostic): Span & { code: string } {
  return { start: d.start, end: d.end, code: d.code };
}

/** Titles are plain text: undo the Markdown escapes `quoted` adds. */
function plain(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
