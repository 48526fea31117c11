import type { SentenceCache, TaggedTerm } from './tag.js';

/** Distinct tag sets a cache shares between its terms (news text has a few hundred). */
const MAX_TAG_SETS = 20_000;

/**
 * A sentence cache for one editing session that keeps the `max` sentences used last (a hit
 * counts as a use). Terms with the same tags (in the same order) share one tag set, which halves
 * the memory: about 3 KB a sentence, 15 MB for 5,000. Not for batch runs: indexing many reports
 * gains nothing from it and should pay compromise's full price.
 */
export function createSentenceCache(max = 5000): SentenceCache & { readonly size: number } {
  const map = new Map<string, readonly TaggedTerm[]>();
  const tagSets = new Map<string, ReadonlySet<string>>();
  const shared = (tags: ReadonlySet<string>): ReadonlySet<string> => {
    const key = [...tags].join(' ');
    const known = tagSets.get(key);
    if (known) return known;
    if (tagSets.size < MAX_TAG_SETS) tagSets.set(key, tags);
    return tags;
  };
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
      // a copy of the key: a substring can keep the whole text it was cut from alive
      map.set((` ${sentence}`).slice(1), terms.map((t) => ({ ...t, tags: shared(t.tags) })));
    },
  };
}
