/**
 * Registers the service worker that makes the dashboard work offline after one visit.
 *
 * The worker (public/sw.js, with its precache list written in at build time by the
 * `offline-precache` plugin in vite.config.ts) precaches the built app shell and the
 * data files, then answers every same-origin GET from its cache first.
 *
 * Call it once from main.tsx, in production builds only:
 *
 *   if (import.meta.env.PROD) registerServiceWorker();
 *
 * It never throws: a browser without service workers, a private window that refuses
 * them, or a failed registration leaves the page working online, and is reported
 * through `onError` (console.warn by default).
 */
export interface RegisterOptions {
  /** Where the worker lives; defaults to `${BASE_URL}sw.js`. */
  url?: string;
  /** Called once the page is controlled by the worker (first visit: after activation). */
  onReady?: (registration: ServiceWorkerRegistration) => void;
  /** Called when registration fails. */
  onError?: (error: unknown) => void;
}

export function registerServiceWorker(options: RegisterOptions = {}): Promise<ServiceWorkerRegistration | undefined> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    return Promise.resolve(undefined);
  }
  const base = import.meta.env.BASE_URL ?? '/';
  const url = options.url ?? `${base}sw.js`;
  const onError = options.onError ?? ((e: unknown) => console.warn('Offline mode unavailable:', e));

  const register = async (): Promise<ServiceWorkerRegistration | undefined> => {
    try {
      const registration = await navigator.serviceWorker.register(url, { scope: base, type: 'classic' });
      if (options.onReady) {
        void navigator.serviceWorker.ready.then((r) => options.onReady?.(r));
      }
      return registration;
    } catch (e) {
      onError(e);
      return undefined;
    }
  };

  // Register after load so precaching does not compete with the first render.
  if (document.readyState === 'complete') return register();
  return new Promise((resolve) => {
    window.addEventListener('load', () => void register().then(resolve), { once: true });
  });
}
