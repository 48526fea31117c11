// The analyser on the calling thread, for the fallbacks (no worker left, or too little to analyse to
// repay starting workers): the language service's root entry, which loads compromise (about 350 ms
// of CPU in one synchronous block), is imported the first time a report is analysed here, so a main
// thread that only hosts the workers (a language server) never loads the tagger.
type Service = typeof import('@newslens/language-service');

let loading: Promise<Service> | null = null;

/** The language service's root entry, imported on first use. */
export function loadAnalyser(): Promise<Service> {
  loading ??= import('@newslens/language-service');
  return loading;
}
