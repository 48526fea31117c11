/**
 * The language service, loaded after `initialize` has been answered: importing it loads
 * compromise (about half a second), which must not delay the handshake.
 */
type Service = typeof import('@newslens/language-service');

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
