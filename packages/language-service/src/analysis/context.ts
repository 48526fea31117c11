import type { ParsedText } from '../nlp/parse.js';
import type { EntityKind, MentionForm, Span, TextSpan } from '../types.js';

// The types the paragraph-level extractors share. This file imports no extractor, so an extractor
// and analysis/paragraph.ts (which runs them) import these without importing each other.

/** What the paragraph-level extractors see. All offsets are relative to the paragraph. */
export interface ParagraphContext {
  /** The paragraph's prose (masked text, see prepareText). */
  text: string;
  parsed: ParsedText;
  /** Quote spans (marks included) inside or overlapping the paragraph, clipped to it. */
  quotes: Span[];
}

/**
 * How sure a kind is: 4 the context (a team), 3 pattern or gazetteer, 2 compromise's tags, 1 a
 * guess, 0 probably a common word (kept only when it is the surname of a person in the report).
 */
export type Strength = 0 | 1 | 2 | 3 | 4;

/** A named mention found in one paragraph (offsets relative to the paragraph). */
export interface RawMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  form: MentionForm;
  /** Descriptors found next to this mention (title, apposition, pre-modifier). */
  descriptors: TextSpan[];
  /**
   * How sure the kind is: 4 the context (a sports team), 3 a pattern or gazetteer, 2 compromise's
   * tags, 1 a guess (resolution may change it), 0 probably not a name at all (a capitalised common
   * word or a lone title): resolution keeps it only as the surname of a person the report names.
   * Other extractors see only namedMentions(), which skips strength 0.
   */
  strength?: Strength;
  /** A word standing for a person ("Woman" in a headline, "Lifer escapes"): resolution gives it to the person named next. */
  description?: boolean;
  /**
   * A description's verb and what follows it in its clause ("Gangmember [Convicted Of Murdering ...
   * Deputy Jerry Ortiz]"): a person named there is one the description acts on, never the one it
   * stands for. A span, so that shifting moves it.
   */
  acted?: Span;
  /** A title alone ("President", "Head Coach"): resolution gives it to the person the report gives that title. */
  title?: boolean;
}
