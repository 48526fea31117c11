import type { SentenceCache, TaggedTerm } from './tag.js';

/**
 * A sentence cache for one editing session that keeps the `max` sentences used last (a hit
 * counts as a use). A few thousand sentences are a few megabytes. Not for batch runs: indexing
 * many reports gains nothing from it and should pay compromise's full price.
 */
export function createSentenceCache(max = 5000): SentenceCache & { readonly size: number } {
  const map = new Map<string, readonly TaggedTerm[]>();
  return {
    get size() {
      return map.size;
    },
    get(sentence) {
      const hit = map.get(sentence);
      if (hit) {
        map.delete(sentence);
        map.set(sentence, hit);
      }
      return hit;
    },
    set(sentence, terms) {
      map.delete(sentence);
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(sentence, terms);
    },
  };
}
