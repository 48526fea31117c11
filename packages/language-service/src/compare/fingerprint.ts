// What an analysis is a function of, apart from the comparison (which needs the tagger): the server's
// main thread tells with it whether a report's cross-report problems apply to the analysis it holds.
import type { ReportAnalysis } from '../types.js';

/** What an analysis is a function of: the analyser's version, the format and the text (FNV-1a, 2 x 32 bits). */
export function analysisFingerprint(a: ReportAnalysis): string {
  const text = typeof a?.text === 'string' ? a.text : '';
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return `${a?.analyzerVersion}|${a?.format}|${a?.hadBom ? 1 : 0}|${text.length}|${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
