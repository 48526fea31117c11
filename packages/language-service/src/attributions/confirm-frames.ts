// The confirmation frame: an unnamed source, or a "reportedly", whose claim a named source states
// again a sentence or two later (refer-back.ts asks it with the other report-level frames of
// source-frames.ts).
import type { Span } from '../types.js';
import { sentenceAt } from '../text/spans.js';
import { FUNCTION_WORDS } from '../text/function-words.js';
import type { FrameInput } from './source-frames.js';

/** What sets the confirmation frame (confirmedByNamed). */
export interface ConfirmOptions {
  /** Sentences after the unnamed source's in which the named source may follow. */
  sentences: number;
  /** Words (5-letter prefixes, function words out) the two claims must share... */
  sharedWords: number;
  /** ... of which this many written in lower case: names alone ("Wang", "Haniyeh") are no restatement. */
  sharedLowerWords: number;
}

/**
 * tuned on half A of the judged corpus (issue 12): "federal officials said ... . He was 77. Gigante
 * died at ..., said prison spokesman Al Quintero" is two sentences on; three shared words ("Gigante",
 * "died", "prison") and not two, which pairs claims that share a name and a common verb only.
 */
export const CONFIRM_OPTIONS: Readonly<ConfirmOptions> = Object.freeze({
  sentences: 2,
  sharedWords: 3,
  // set by the seeds: "A Chinese foreign ministry readout reportedly indicated Wang and Haniyeh ..." and
  // the next sentence's "a Hamas statement" on Haniyeh share names only; Gigante's two share "died", "prison"
  sharedLowerWords: 2,
});

const CLAIM_STOP = new Set([...FUNCTION_WORDS.en, 'says', 'told', 'according', 'being', 'were', 'where', 'just', 'near', 'then', 'only', 'very', 'most', 'much', 'many', 'any', 'each', 'year', 'years', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/**
 * The claim's words as 5-letter prefixes ("prisoners" ~ "prison", "arrested" ~ "arrest"), function
 * words out; true for a word written in lower case.
 */
function claimKeys(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const w of text.replace(/['’]s\b/g, '').match(/\p{L}{3,}/gu) ?? []) {
    const lower = w.toLowerCase();
    if (CLAIM_STOP.has(lower)) continue;
    const k = lower.slice(0, 5);
    out.set(k, (out.get(k) ?? false) || w === lower);
  }
  return out;
}

/**
 * An unnamed source whose claim a named one (a person, a body, an outlet, a document) states again
 * in a sentence that follows within `options.sentences`: "Vincent Gigante ... died Monday in prison,
 * federal officials said. He was 77. Gigante died at the U.S. Medical Center for federal prisoners
 * in Springfield, Mo., said prison spokesman Al Quintero." The reader learns who says so a line
 * later: the claim is on that source's record.
 */
export function confirmedByNamed(s: Span & { text: string }, input: FrameInput, options: ConfirmOptions = CONFIRM_OPTIONS): boolean {
  const vague = input.attributions.find((a) => a.source && a.source.start === s.start && a.source.end === s.end);
  return !!vague && restatedByNamed(vague.content, input, options);
}

/**
 * A claim (an attribution's content) that a named source states again in a sentence that follows
 * within `options.sentences`, sharing `options.sharedWords` of its words: for an unnamed source
 * (confirmedByNamed) and for "reportedly" or "allegedly" ("Ford will reportedly pay $57 million for
 * a 72.4 percent stake ... . “The offer of Ford Motor Company for a 72.4 percent stake is ... $57
 * million overall,” said Sebastian Vladescu").
 */
export function restatedByNamed(content: Span, input: FrameInput, options: ConfirmOptions = CONFIRM_OPTIONS): boolean {
  const at = sentenceAt(input.sentences, content.start);
  if (at < 0) return false;
  const keys = claimKeys(input.text.slice(content.start, content.end));
  if (keys.size < options.sharedWords) return false;
  const bySentence = namedClaims(input);
  for (let i = at + 1; i <= at + options.sentences; i++) {
    for (const theirs of bySentence.get(i) ?? []) {
      let shared = 0;
      let lower = 0;
      for (const [k, isLower] of theirs) {
        if (!keys.has(k)) continue;
        shared++;
        if (isLower && keys.get(k)) lower++;
      }
      if (shared >= options.sharedWords && lower >= options.sharedLowerWords) return true;
    }
  }
  return false;
}

/** Per frame: the claim words of each named source's content, by the sentence it starts in (one pass, not one per unnamed source). */
const NAMED_CLAIMS = new WeakMap<FrameInput, Map<number, Array<Map<string, boolean>>>>();

function namedClaims(input: FrameInput): Map<number, Array<Map<string, boolean>>> {
  let out = NAMED_CLAIMS.get(input);
  if (out) return out;
  out = new Map();
  for (const a of input.attributions) {
    if (a.sourceKind !== 'named' || !a.source) continue;
    const i = sentenceAt(input.sentences, a.content.start);
    if (i < 0) continue;
    const list = out.get(i) ?? [];
    list.push(claimKeys(input.text.slice(a.content.start, a.content.end)));
    out.set(i, list);
  }
  NAMED_CLAIMS.set(input, out);
  return out;
}
