import type { LanguageInfo } from '../types.js';
import { FUNCTION_WORDS } from './function-words.js';

/**
 * Detects whether a report's prose is English, cheaply (a sample of at most ~8 KB, one pass,
 * no dependency). Two signals:
 * - the script: text mostly in Han, kana, Hangul, Arabic, Cyrillic, Greek, Hebrew, Devanagari,
 *   Thai... letters is not English;
 * - for Latin-script text, the share of lower-case words that are function words of English
 *   against that of other languages (names are capitalised, so lists of names and numbers do not
 *   vote).
 * Short or inconclusive text is "undetermined" and analysed as English: a report is skipped only
 * on clear evidence.
 */

const SAMPLE_HEAD = 6000;
const SAMPLE_MIDDLE = 2000;
/** Fewer lower-case Latin words than this: undetermined (a headline, a list of names). */
const MIN_WORDS = 12;
/** Another language must reach this share of the lower-case words, and beat English clearly. */
const MIN_OTHER_SHARE = 0.15;
const MIN_OTHER_HITS = 5;
/** ... spread over this many different words (not one "s" or "v" repeated down a results table). */
const MIN_OTHER_DISTINCT = 4;
const MARGIN = 1.5;

const LEXICONS: Array<[string, ReadonlySet<string>]> = Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words)]);

type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'arabic' | 'cyrillic' | 'greek' | 'hebrew' | 'devanagari' | 'thai' | 'other';

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  han: 'zh', kana: 'ja', hangul: 'ko', arabic: 'ar', cyrillic: 'ru', greek: 'el', hebrew: 'he', devanagari: 'hi', thai: 'th',
};

export function detectLanguage(prose: string): LanguageInfo {
  try {
    return detect(sample(prose));
  } catch {
    return { code: 'und', isEnglish: true };
  }
}

function sample(text: string): string {
  if (text.length <= SAMPLE_HEAD + SAMPLE_MIDDLE) return text;
  const mid = Math.floor(text.length / 2);
  return `${text.slice(0, SAMPLE_HEAD)}\n${text.slice(mid, mid + SAMPLE_MIDDLE)}`;
}

function detect(text: string): LanguageInfo {
  const scripts = countScripts(text);
  const foreign = dominantForeignScript(scripts);
  if (foreign) return { code: refineScriptLanguage(foreign, text), isEnglish: false };
  const hits = new Map<string, number>();
  const distinct = new Map<string, Set<string>>();
  let words = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu)) {
    const w = m[0];
    if (w === w.toUpperCase() || w !== w.toLowerCase()) continue; // capitalised, acronyms, no case
    words++;
    for (const [code, set] of LEXICONS) {
      if (!set.has(w)) continue;
      hits.set(code, (hits.get(code) ?? 0) + 1);
      const seen = distinct.get(code) ?? new Set<string>();
      seen.add(w);
      distinct.set(code, seen);
    }
  }
  if (words < MIN_WORDS) return { code: 'und', isEnglish: true };
  const english = hits.get('en') ?? 0;
  let best = '';
  let bestHits = 0;
  for (const [code, n] of hits) if (code !== 'en' && n > bestHits) { best = code; bestHits = n; }
  const variety = distinct.get(best)?.size ?? 0;
  if (bestHits >= MIN_OTHER_HITS && variety >= MIN_OTHER_DISTINCT && bestHits / words >= MIN_OTHER_SHARE && bestHits >= english * MARGIN) {
    return { code: best, isEnglish: false };
  }
  return { code: english / words >= 0.1 ? 'en' : 'und', isEnglish: true };
}

/** Letters per script; a CJK character counts as three letters (it is a word or a syllable). */
function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const script = scriptOf(c);
    if (script === null) continue;
    const weight = script === 'han' || script === 'kana' || script === 'hangul' ? 3 : 1;
    counts.set(script, (counts.get(script) ?? 0) + weight);
  }
  return counts;
}

function scriptOf(c: number): Script | null {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'latin';
  if (c < 0x370) return null;
  if (c <= 0x3ff) return 'greek';
  if (c <= 0x52f) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 'han';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) return 'hangul';
  if (c >= 0x2000 && c <= 0x2bff) return null; // punctuation, symbols
  if (c >= 0xd800 && c <= 0xdfff) return null; // emoji and other astral characters
  return 'other';
}

/** The non-Latin script that holds most of the letters, when it holds more than Latin does. */
function dominantForeignScript(counts: Map<Script, number>): Script | null {
  const latin = counts.get('latin') ?? 0;
  let best: Script | null = null;
  let bestCount = 0;
  let foreignTotal = 0;
  for (const [script, n] of counts) {
    if (script === 'latin') continue;
    foreignTotal += n;
    if (n > bestCount) { best = script; bestCount = n; }
  }
  if (foreignTotal < 30 || foreignTotal <= latin) return null;
  if (best === 'han' && (counts.get('kana') ?? 0) > 0) return 'kana';
  return best;
}

function refineScriptLanguage(script: Script, text: string): string {
  if (script === 'arabic') return /[ےٹڈڑں]/.test(text) ? 'ur' : /[پچژگ]/.test(text) ? 'fa' : 'ar';
  if (script === 'cyrillic') return /[іїєґ]/.test(text) ? 'uk' : /(?:^|[^\p{L}])(?:что|это|был|была|были|который|также)(?![\p{L}])/u.test(text) ? 'ru' : 'und';
  return SCRIPT_LANGUAGE[script] ?? 'und';
}
