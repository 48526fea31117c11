import type { RawMention } from '../analysis/context.js';
import type { Token } from '../nlp/parse.js';
import type { Attribution, SourceType, TextSpan } from '../types.js';
import { sourceTypeOf } from './source-type.js';

/** The sourceKind a sourceType gives: anonymous is vague, none is none, any other names a source. */
export function kindOfSourceType(type: SourceType): Attribution['sourceKind'] {
  return type === 'anonymous' ? 'vague' : type === 'none' ? 'none' : 'named';
}

/**
 * Whether a source names who speaks (see sourceTypeOf, which decides it). `first`..`last`
 * (inclusive) are the source's tokens; `mentions` are the paragraph's name mentions.
 */
export function sourceKindOf(tokens: readonly Token[], first: number, last: number, mentions: readonly RawMention[]): 'named' | 'vague' {
  return sourceTypeOf(tokens, first, last, mentions) === 'anonymous' ? 'vague' : 'named';
}

/** An attribution's sourceKind and sourceType: `none` without a source, else sourceTypeOf. */
export function classifySource(
  source: TextSpan | null, tokens: readonly Token[], range: [number, number] | null, mentions: readonly RawMention[],
): Pick<Attribution, 'sourceKind' | 'sourceType'> {
  const sourceType: SourceType = !source || !range ? 'none' : sourceTypeOf(tokens, range[0], range[1], mentions);
  return { sourceKind: kindOfSourceType(sourceType), sourceType };
}
