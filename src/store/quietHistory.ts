import { restTimer } from './restTimer';
import type { UrlSyncWindow } from './urlSync';

export interface QuietHistory {
  win: UrlSyncWindow;
  /** From now on, rewrites of the current entry wait for a quiet moment. */
  startDeferring: () => void;
  /** Writes a waiting rewrite now (tests, page hide). */
  flush: () => void;
}

/**
 * A window for the URL sync whose `history.replaceState` waits until `quietMs` pass without
 * another one. Chromium's replaceState costs several milliseconds on the main thread; during a
 * drag it ran on every input event and was the largest cost between a slider and the charts.
 * Order is kept: a pushState (a committed change) first writes any waiting rewrite; Back or
 * Forward drops it, since it belonged to the entry being left. Until `startDeferring()` every
 * call is immediate, so the link a page opens with is made canonical at once.
 */
export function quietHistory(base: Window, quietMs = 150): QuietHistory {
  let deferring = false;
  let pending: { state: unknown; url: string | URL | null | undefined } | null = null;
  // one timer for a whole drag's rewrites (a clearTimeout and a setTimeout on every step cost
  // the page's thread more than the rest of the link's upkeep)
  const quiet = restTimer(quietMs, () => flush());
  const cancel = () => {
    quiet.cancel();
    pending = null;
  };
  const flush = () => {
    const p = pending;
    cancel();
    if (p && !holds(p)) base.history.replaceState(p.state, '', p.url);
  };
  /**
   * Whether the entry already holds this rewrite. A commit rewrites the entry back to the last
   * committed link before it pushes; when the drag's own rewrites were still waiting (and so
   * never written), the entry holds that link already and a second navigation would cost as
   * much as the push.
   */
  const holds = (p: { state: unknown; url: string | URL | null | undefined }) => {
    const { pathname, search, hash } = base.location;
    return p.url != null && String(p.url) === `${pathname}${search}${hash}` && p.state === base.history.state;
  };
  const listeners = new Map<() => void, () => void>();
  const history: UrlSyncWindow['history'] = {
    get state() {
      return pending ? pending.state : base.history.state;
    },
    replaceState(state, _unused, url) {
      if (!deferring) return base.history.replaceState(state, '', url);
      pending = { state, url };
      quiet.poke();
    },
    pushState(state, _unused, url) {
      flush();
      base.history.pushState(state, '', url);
    },
  };
  const win: UrlSyncWindow = {
    location: base.location,
    history,
    addEventListener: (type, listener) => {
      const wrapped = () => {
        cancel();
        listener();
      };
      listeners.set(listener, wrapped);
      base.addEventListener(type, wrapped);
    },
    removeEventListener: (type, listener) => {
      const wrapped = listeners.get(listener);
      if (wrapped) base.removeEventListener(type, wrapped);
      listeners.delete(listener);
    },
  };
  base.addEventListener('pagehide', flush);
  return {
    win,
    startDeferring: () => {
      deferring = true;
    },
    flush,
  };
}
