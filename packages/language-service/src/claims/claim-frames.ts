import type { Token } from '../nlp/parse.js';
import type { CheckWorthiness, Figure } from '../types.js';
import {
  CAUSAL_CUES, CONSEQUENCES, INCIDENTS, MARKET, MEASURABLE, MEASURABLE_AFTER_MOST, OPINION, RECORD_FRAMES, RECORD_HEADS, RECORD_SPANS,
  UNKNOWING_CAUSE,
} from './worth-words.js';

// The check-worthy claims a clause makes without a count: a prediction, a cause or a record stated
// as fact. Each reads the clause's words outside quotation marks (`open`: token indices in order)
// and gives the words a diagnostic points at.

/** How far a frame's words may stand apart; what set each value is said with it. */
export const FRAMES = {
  /** Tokens from a superlative to its record frame: "worst violence to hit Greece since" (five), with room for a longer noun. */
  frameReach: 9,
  /** Tokens of the phrase after "since", "because of": "a faulty heater in the kitchen" (six). */
  phraseReach: 6,
  /** Characters a focus may span before it is cut: "will almost certainly cost the coal industry thousands of jobs" (62) and more. */
  maxFocus: 90,
} as const;

/** Whether punctuation ends the phrase after token k. */
const ends = (t: Token) => /[,;:.!?()"“”]/.test(t.post);

function span(tokens: readonly Token[], first: number, last: number): { start: number; end: number } {
  const start = tokens[first].start;
  let end = tokens[last].end;
  for (let k = last; k > first && end - start > FRAMES.maxFocus; k--) end = tokens[k - 1].end;
  return { start, end };
}

/** The noun phrase after a preposition, up to punctuation, a finite verb or a relative word: its last token. */
function phraseEnd(tokens: readonly Token[], open: readonly number[], i: number): number {
  let j = i;
  while (j + 1 < open.length && open[j + 1] === open[j] + 1 && j - i < FRAMES.phraseReach && !ends(tokens[open[j]]) && !finite(tokens[open[j + 1]])) j++;
  return open[j];
}

const finite = (t: Token) => t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || (t.tags.has('Verb') && t.tags.has('PastTense')) || RELATIVE.has(t.normal);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * A prediction stated as fact: "will" and a verb of consequence before a figure ("they will almost
 * certainly cost the coal industry thousands of jobs"). A company's own plan ("will cut 30,000
 * jobs", "will offer") is an announcement, not a prediction.
 */
export function predictionAt(tokens: readonly Token[], open: readonly number[], figures: readonly Figure[]): CheckWorthiness | null {
  if (figures.length === 0) return null;
  for (let i = 0; i < open.length; i++) {
    const t = tokens[open[i]];
    if (t.normal !== 'will' && t.normal !== "won't") continue;
    let j = i + 1;
    while (j < open.length && tokens[open[j]].tags.has('Adverb') && j - i < 4) j++;
    if (j >= open.length || !CONSEQUENCES.has(tokens[open[j]].normal)) continue;
    // "will cost $199": a price, public record; "will cost the industry thousands of jobs" a consequence
    if (tokens[open[j]].normal === 'cost' && /^[$€£¥]|^(us|usd)?\$/i.test(tokens[open[j] + 1]?.text ?? '')) continue;
    const after = figures.filter((f) => f.start > tokens[open[j]].start);
    if (after.length === 0) continue;
    const last = after[after.length - 1];
    const start = t.start;
    return { kind: 'prediction', start, end: last.end - start <= FRAMES.maxFocus ? last.end : after[0].end };
  }
  return null;
}

/**
 * A cause stated as fact of a happening worth a source (a fire, a crash, an outage, deaths): "the
 * fire was caused by a faulty heater", "displaced because of conflict", "the withdrawal led to
 * deaths". The happening is the effect: before "because of", "caused by" (not "resigned because of
 * allegations he had destroyed documents"), in the phrase after "led to", when what led to it is
 * not a happening of harm itself ("the attack led to deaths", "resulted in the deaths of": a
 * toll, not a cause). Not where the writer says the cause is not known or under investigation.
 */
export function causalAt(tokens: readonly Token[], open: readonly number[]): CheckWorthiness | null {
  const words = open.map((k) => tokens[k].normal);
  if (!words.some((w) => INCIDENTS.has(w)) || words.some((w) => UNKNOWING_CAUSE.has(w))) return null;
  for (let i = 0; i < open.length; i++) {
    for (const cue of CAUSAL_CUES) {
      if (i + cue.length >= open.length || !cue.every((w, n) => words[i + n] === w && open[i + n] === open[i] + n)) continue;
      // "before it was due to fly to Chiang Mai": a schedule, not a cause
      if (cue[0] === 'due' && /^(be|fly|arrive|leave|depart|start|begin|open|close|land|return|meet|take|end|resume|go|appear|face|testify)$/.test(words[i + cue.length] ?? '')) continue;
      const end = phraseEnd(tokens, open, i + cue.length);
      const forward = FORWARD_CAUSES.has(cue[0]);
      const effect = forward ? open.filter((k) => k > open[i] && k <= end) : open.slice(0, i);
      if (!effect.some((k) => INCIDENTS.has(tokens[k].normal))) continue;
      if (forward && open.slice(0, i).some((k) => INCIDENTS.has(tokens[k].normal))) continue; // "the attack led to deaths": no cause to check
      return { kind: 'causal', ...span(tokens, open[i], end) };
    }
  }
  return null;
}

/** Cues whose effect comes after them: "the withdrawal led to deaths". */
const FORWARD_CAUSES = new Set(['led']);

/**
 * A record stated as fact: a superlative of something measured with the frame that makes it a
 * record ("the worst violence to hit Greece since riots in 2008", "the biggest ever", "the
 * deadliest in decades", "on record", "of all time"), or "a record 65 million", "record highs".
 * Only a record of harm or violence ("the deadliest attack since", "the worst violence in
 * decades") or of public opinion ("record low support"): a market's or a broadcast's records are
 * public figures, and a superlative about the future is a prediction. Not a judgement ("the most
 * famous source"), nor a rank in the present ("the world's fourth-largest oil producer":
 * background the report treats as known).
 */
export function comparisonAt(tokens: readonly Token[], open: readonly number[]): CheckWorthiness | null {
  const words = open.map((k) => tokens[k].normal);
  if (!words.some((w) => INCIDENTS.has(w) || OPINION.has(w)) || words.some((w) => MARKET.has(w) || w === 'will')) return null;
  for (let i = 0; i < open.length; i++) {
    const t = tokens[open[i]];
    const next = i + 1 < open.length ? tokens[open[i + 1]] : null;
    if (t.normal === 'record' && next && open[i + 1] === open[i] + 1 && (next.tags.has('Value') || RECORD_HEADS.has(next.normal))) {
      return { kind: 'comparison', ...span(tokens, open[i], phraseEnd(tokens, open, i + 1)) };
    }
    const superlative = MEASURABLE.has(t.normal.replace(/^.*-/, '')) || ((t.normal === 'most' || t.normal === 'least') && !!next && MEASURABLE_AFTER_MOST.has(next.normal.replace(/-.*$/, '')))
      || /^(most|least)-/.test(t.normal) && MEASURABLE_AFTER_MOST.has(t.normal.replace(/^(most|least)-/, ''));
    if (!superlative || /^(first|second|third|fourth|fifth|\d+(st|nd|rd|th))-/.test(t.normal)) continue;
    for (let j = i + 1; j < open.length && j - i <= FRAMES.frameReach; j++) {
      const w = tokens[open[j]].normal;
      const w1 = j + 1 < open.length ? tokens[open[j + 1]].normal : '';
      const w2 = j + 2 < open.length ? tokens[open[j + 2]].normal : '';
      if (RECORD_FRAMES.has(w)) return { kind: 'comparison', ...span(tokens, open[i], w === 'since' && j + 1 < open.length ? phraseEnd(tokens, open, j + 1) : open[j]) };
      if (w === 'in' && (RECORD_SPANS.has(w1) || (RECORD_SPANS.has(w2) && /^(\d+|a|the)$/.test(w1)))) return { kind: 'comparison', ...span(tokens, open[i], open[RECORD_SPANS.has(w1) ? j + 1 : j + 2]) };
      if ((w === 'on' && w1 === 'record') || (w === 'of' && w1 === 'all' && w2 === 'time')) return { kind: 'comparison', ...span(tokens, open[i], open[w === 'on' ? j + 1 : j + 2]) };
      if (ends(tokens[open[j]])) break;
    }
  }
  return null;
}
