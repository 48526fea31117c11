import type { Token } from '../nlp/parse.js';
import type { TextSpan } from '../types.js';
import { textSpan } from '../text/spans.js';

const APPOSITION_START = /^(?:the|a|an|his|her|its|their|one|former|then|now|also|both|another|an?)$/;
const PREMOD_STOP = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb', 'Adverb', 'Value', 'Possessive', 'QuestionWord'];
const MAX_APPOSITION = 14;

function plainSpace(sep: string): boolean {
  return /^[ \t\u00a0]+$/.test(sep) || sep === '-';
}

/**
 * A pre-modifier right before a name: lower-case nouns and adjectives, optionally led by a
 * nationality or a capitalised word ("Chinese diplomat Wang Kejian", "off-spinner Such").
 */
export function preModifier(text: string, tokens: readonly Token[], a: number): TextSpan | null {
  let k = a - 1;
  if (k < 0 || !plainSpace(tokens[k].post + tokens[a].pre)) return null;
  const head = tokens[k];
  if (!/^\p{Ll}/u.test(head.text) || !head.tags.has('Noun') || PREMOD_STOP.some((t) => head.tags.has(t))) return null;
  let first = k;
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    const prev = tokens[k - 1];
    if (!plainSpace(prev.post + tokens[k].pre) || prev.text === '') break;
    if (PREMOD_STOP.some((t) => prev.tags.has(t))) break;
    const lower = /^\p{Ll}/u.test(prev.text);
    if (lower && (prev.tags.has('Noun') || prev.tags.has('Adjective'))) { k--; first = k; continue; }
    if (!lower && prev.tags.has('Demonym')) { k--; first = k; }
    break;
  }
  return textSpan(text, tokens[first].start, head.end);
}

/**
 * An apposition after a name: ", the former ambassador to Lebanon," or ", a Lebanon-based Hamas
 * official". It must open with a determiner-like word and ends at the next comma or sentence end.
 */
export function apposition(text: string, tokens: readonly Token[], b: number): TextSpan | null {
  if (b >= tokens.length) return null;
  const last = tokens[b - 1];
  if (!/^\s*,\s*$/.test(last.post + tokens[b].pre)) return null;
  if (!APPOSITION_START.test(tokens[b].normal) || tokens[b].sentence !== last.sentence) return null;
  let k = b;
  while (k < tokens.length - 1 && k - b < MAX_APPOSITION) {
    if (/[,;:.!?()"“”—–]/.test(tokens[k].post) || tokens[k + 1].sentence !== tokens[b].sentence) break;
    k++;
  }
  if (k - b >= MAX_APPOSITION || k === b) return null;
  // A descriptor has a common word after its opener; "the West Bank" in a list is another name.
  let common = false;
  for (let q = b + 1; q <= k; q++) if (/^\p{Ll}/u.test(tokens[q].text)) common = true;
  if (!common) return null;
  return textSpan(text, tokens[b].start, tokens[k].end);
}
