import type { Token } from '../nlp/parse.js';
import type { Attribution, Span } from '../types.js';

/** What the sourcing decisions (vague-status.ts, legal-sources.ts) read of one paragraph. */
export interface SourcingScope {
  /** The paragraph's text, its tokens, sentences and quotes (paragraph offsets). */
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  quotes: readonly Span[];
  /** Every attribution of the paragraph: the attribution extractor's and the claim extractor's own cue readings. */
  all: readonly Attribution[];
}
