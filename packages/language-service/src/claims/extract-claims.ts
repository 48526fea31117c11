import type { ParagraphContext } from '../analysis/paragraph.js';
import type { RawMention } from '../entities/extract-mentions.js';
import type { Attribution, ClaimKind, ClaimStatus, Figure, TextSpan } from '../types.js';

/** A claim in one paragraph (relative offsets). */
export interface RawClaim {
  start: number;
  end: number;
  text: string;
  status: ClaimStatus;
  kind: ClaimKind;
  source: TextSpan | null;
}

export interface ClaimInputs {
  mentions: readonly RawMention[];
  attributions: readonly Attribution[];
  figures: readonly Figure[];
}

export function extractClaims(ctx: ParagraphContext, inputs: ClaimInputs): RawClaim[] {
  void ctx; void inputs;
  return []; // scaffolding: implemented by the claims work
}
