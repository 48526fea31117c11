import type { EntityKind, EntityMention, TextSpan } from '../types.js';

/** One entity while a report's mentions are grouped (resolve-entities.ts, describe-persons.ts). */
export interface Group {
  kind: EntityKind;
  name: string;
  mentions: EntityMention[];
  descriptors: TextSpan[];
  /** A mention of it is a name by pattern, gazetteer or tags (strength 2 or more), not a guess. */
  sure?: boolean;
}
