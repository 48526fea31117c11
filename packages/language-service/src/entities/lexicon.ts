import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, boolean>; placeWords?: Record<string, boolean> };
}

// compromise's own word lists, read once (no parse: nlp() is never called here).
const model = (nlp as unknown as { model(): CompromiseModel }).model();
const LEXICON = model.one.lexicon;
const ORG_WORDS: Readonly<Record<string, boolean>> = model.two.orgWords ?? {};
const PLACE_WORDS: Readonly<Record<string, boolean>> = model.two.placeWords ?? {};

/** compromise's lexicon tags for a lower-case word, or null when the word is not in it. */
export function lexiconTags(word: string): readonly string[] | null {
  const v = Object.prototype.hasOwnProperty.call(LEXICON, word) ? LEXICON[word] : undefined;
  if (v === undefined) return null;
  if (Array.isArray(v)) return v;
  // One array per lexicon word, made once (bounded by the lexicon's size), not one per call.
  let wrapped = SINGLE_TAGS.get(word);
  if (!wrapped) SINGLE_TAGS.set(word, (wrapped = [v]));
  return wrapped;
}

const SINGLE_TAGS = new Map<string, readonly string[]>();

/** compromise's organisation words ("airlines", "brewery", "council"). */
export function isOrgWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(ORG_WORDS, word);
}

/** compromise's place words ("canyon", "island", "lake"). */
export function isPlaceWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(PLACE_WORDS, word);
}
