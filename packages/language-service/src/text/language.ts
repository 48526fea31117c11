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

/** Each function word with the languages whose list holds it, in FUNCTION_WORDS' order (one lookup a word). */
const WORD_LANGUAGES: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [code, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of new Set(words)) {
      const codes = out.get(w);
      if (codes) codes.push(code);
      else out.set(w, [code]);
    }
  }
  return out;
})();

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
  for (const w of wordsOf(text)) {
    if (!isLowerCaseWord(w)) continue; // capitalised, acronyms, no case
    words++;
    const codes = WORD_LANGUAGES.get(w);
    if (codes === undefined) continue;
    for (const code of codes) {
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

/**
 * The words of a text: runs of letters and marks (\p{L}, \p{M}) joined by single apostrophes (' or ’),
 * as the Unicode regex [\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)* finds them, but a character at a time.
 */
function* wordsOf(text: string): Generator<string> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let len = letterLength(text, i);
    if (len === 0) {
      i += codePointLength(text, i);
      continue;
    }
    const start = i;
    i += len;
    for (;;) {
      while ((len = letterLength(text, i)) > 0) i += len;
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019) && (len = letterLength(text, i + 1)) > 0) i += 1 + len;
      else break;
    }
    yield text.slice(start, i);
  }
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or mark, 2 not (filled as characters are met). */
const letterTable = new Uint8Array(0x10000);

/** The length (1 or 2) of the letter or mark at i, or 0 when there is none. */
function letterLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  let known = letterTable[c];
  if (known === 0) letterTable[c] = known = LETTER_OR_MARK.test(text[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Has lower-case letters and no upper-case ones; ASCII words (most of them) without case mapping. */
function isLowerCaseWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2019) continue;
    if (c < 0x80) return false; // A-Z, the only other ASCII a word holds
    return w !== w.toUpperCase() && w === w.toLowerCase();
  }
  return true;
}

/** Letters per script; a CJK character counts as three letters (it is a word or a syllable). */
function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  // letters are summed per run of one script and added to the map when the script changes
  let run: Script | null = null;
  let inRun = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const script = scriptOf(c);
    if (script === null) continue;
    const weight = script === 'han' || script === 'kana' || script === 'hangul' ? 3 : 1;
    if (script === run) {
      inRun += weight;
      continue;
    }
    if (run !== null) counts.set(run, (counts.get(run) ?? 0) + inRun);
    run = script;
    inRun = weight;
  }
  if (run !== null) counts.set(run, (counts.get(run) ?? 0) + inRun);
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
