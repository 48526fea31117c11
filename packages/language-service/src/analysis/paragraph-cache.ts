import type { ParagraphCache } from './report.js';
import type { ParagraphResult } from './paragraph.js';

/**
 * A paragraph cache for one editing session that keeps the `max` paragraphs stored last (the
 * language server's editor keeps 5,000). Not for batch runs, like createSentenceCache.
 */
export function createParagraphCache(max = 5000): ParagraphCache {
  const map = new Map<string, ParagraphResult>();
  return {
    get: (key) => map.get(key),
    set(key, value) {
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(key, value);
    },
  };
}
