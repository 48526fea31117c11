import type { ParagraphContext } from '../analysis/paragraph.js';
import type { EntityKind, MentionForm, TextSpan } from '../types.js';

/** A named mention found in one paragraph (offsets relative to the paragraph). */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  form: MentionForm;
  /** Descriptors found next to this mention (title, apposition, pre-modifier). */
  descriptors: TextSpan[];
}

/** Finds person, organisation and place names. Base: compromise's tags. */
export function extractMentions(ctx: ParagraphContext): RawMention[] {
  const out: RawMention[] = [];
  const { tokens } = ctx.parsed;
  let i = 0;
  while (i < tokens.length) {
    const kind = kindOf(tokens[i].tags);
    if (!kind) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && kindOf(tokens[j].tags) === kind && tokens[j - 1].post.trim() === '' && tokens[j].sentence === tokens[i].sentence) j++;
    const start = tokens[i].start;
    const end = tokens[j - 1].end;
    out.push({ start, end, text: ctx.text.slice(start, end), kind, form: 'full', descriptors: [] });
    i = j;
  }
  return out;
}

function kindOf(tags: ReadonlySet<string>): EntityKind | null {
  if (tags.has('Person')) return 'person';
  if (tags.has('Organization')) return 'organization';
  if (tags.has('Place')) return 'place';
  return null;
}
