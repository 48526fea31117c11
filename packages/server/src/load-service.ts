/**
 * The language service on the server's main thread: its `features` entry (the feature verbs,
 * diagnostics under a config, the configuration and file checks), which does not load the tagger,
 * loaded from the server's start (server.ts answers `initialize` once it is in). The analysis (compromise: about 350 ms of CPU
 * in one synchronous module load, seconds on a loaded machine) runs in the analysis host's workers;
 * the root entry is loaded on this thread only when no worker can analyse (`analyseHere`: the
 * analysis host failed to load, or the server is shutting down).
 */
import type { ReportAnalysis } from '@newslens/language-service';

export type Service = typeof import('@newslens/language-service/features');

let loaded: Service | null = null;
let loading: Promise<Service> | null = null;

export function loadService(): Promise<Service> {
  loading ??= import('@newslens/language-service/features').then((m) => (loaded = m));
  return loading;
}

/** The loaded service; only call after `loadService()` resolved. */
export function service(): Service {
  if (!loaded) throw new Error('newslens: the language service is not loaded yet');
  return loaded;
}

/** The editor's caches (in the analysis host's editor worker, and here when no worker is left): 5,000 of each, about 15 MB of sentences. */
export const EDITOR_CACHE = { paragraphs: 5000, sentences: 5000 };

let analyser: Promise<(text: string, format: 'text' | 'markdown', onInternalError?: (e: unknown) => void) => ReportAnalysis> | null = null;

/**
 * A report analysed on this thread, when no worker can (the analysis host failed to load, or shut
 * down): the root entry (compromise) is loaded then, with the editor's paragraph and sentence caches.
 */
export async function analyseHere(text: string, format: 'text' | 'markdown', onInternalError?: (e: unknown) => void): Promise<ReportAnalysis> {
  analyser ??= import('@newslens/language-service').then((m) => {
    const svc = m.createLanguageService({ paragraphCache: m.createParagraphCache(EDITOR_CACHE.paragraphs), sentenceCache: m.createSentenceCache(EDITOR_CACHE.sentences) });
    return (t, f, onError) => svc.analyzeReport(t, { format: f, onInternalError: onError });
  });
  return (await analyser)(text, format, onInternalError);
}
