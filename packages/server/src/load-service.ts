/**
 * The language service, loaded after `initialize` has been answered: importing it loads
 * compromise (about half a second), which must not delay the handshake.
 */
import type { NewsLanguageService } from '@newslens/language-service';

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
  return service().createLanguageService({ paragraphCache: service().createParagraphCache(EDITOR_CACHE.paragraphs), sentenceCache: service().createSentenceCache(EDITOR_CACHE.sentences) });
}

/** The editor's caches (here, and in the analysis host's editor worker): 5,000 of each, about 15 MB of sentences. */
export const EDITOR_CACHE = { paragraphs: 5000, sentences: 5000 };
