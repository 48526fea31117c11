import type { ParagraphContext } from '../analysis/paragraph.js';
import type { RawMention } from '../entities/extract-mentions.js';
import type { Attribution } from '../types.js';

/** Reported speech and sourcing: source, cue and content spans (relative to the paragraph). */
export function extractAttributions(ctx: ParagraphContext, mentions: readonly RawMention[]): Attribution[] {
  void ctx; void mentions;
  return []; // scaffolding: implemented by the attribution work
}
