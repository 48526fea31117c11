/**
 * The language service, loaded after `initialize` has been answered: importing it loads
 * compromise (about half a second), which must not delay the handshake.
 */
import type { NewsLanguageService, ParagraphCache } from '@newslens/language-service';

export type Service = typeof import('@newslens/language-service');

let loaded: Service | null = null;
let loading: Promise<Service> | null = null;

export function loadService(): Promise<Service> {
  loading ??= import('@newslens/language-service').then((m) => (loaded = m));
  return loading;
}

/** The loaded service; only call after `loadService()` resolved. */
export function service(): Service {
  if (!loaded) throw new Error('newslens: the language service is not loaded yet');
  return loaded;
}

/**
 * A language service for the editor: paragraph results cached (the last 5,000 paragraphs), and
 * tagged sentences (the last 5,000 used), so an edit inside a long paragraph re-tags one sentence.
 */
export function editorService(): NewsLanguageService {
  const cache = new Map<string, NonNullable<ReturnType<ParagraphCache['get']>>>();
  const paragraphCache: ParagraphCache = {
    get: (k) => cache.get(k),
    set: (k, v) => {
      if (cache.size >= 5000) cache.delete(cache.keys().next().value as string);
      cache.set(k, v);
    },
  };
  return service().createLanguageService({ paragraphCache, sentenceCache: service().createSentenceCache(5000) });
}
