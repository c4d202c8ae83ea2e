import type { Mutate, StoreApi } from 'zustand';
import { ENGINE_VERSION } from '../engine/types';
import { parseScenario, serializeScenario, type Entry } from '../url/codec';
import type { AppState } from './index';
import { useLinkStore } from './linkSlice';

/*
 * Keeps the address bar and the scenario in step.
 *
 * - On start the link's scenario is applied and its problems go to useLinkStore.
 * - Every change rewrites the current history entry with replaceState, only when the link
 *   text changed (a drag that lands on the same rounded value writes nothing).
 * - commitHistory() ends a change: the current entry goes back to the last committed link and
 *   the new one is pushed, so Back steps to the scenario before the drag, not to the middle of it.
 *   The UI calls it when a drag ends or a discrete change (preset, typed value, reset) is made;
 *   as a fallback a change is committed after `autoCommitMs` without further changes.
 * - popstate (Back/Forward) applies that entry's scenario without writing history.
 */

export type ScenarioStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

/** The parts of `window` the sync uses; tests pass a fake. */
export interface UrlSyncWindow {
  location: { search: string; pathname: string; hash: string; origin?: string };
  history: { replaceState: History['replaceState']; pushState: History['pushState']; state?: unknown };
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

export interface UrlSyncOptions {
  window?: UrlSyncWindow;
  engineVersion?: number;
  /** Commit a change after this long without another; 0 turns the fallback off. */
  autoCommitMs?: number;
}

interface ActiveSync {
  commit: () => void;
  unknown: () => readonly Entry[];
  win: UrlSyncWindow;
  engineVersion: number;
  store: ScenarioStore;
}

let active: ActiveSync | null = null;

function searchText(win: UrlSyncWindow): string {
  return win.location.search.replace(/^\?/, '');
}

export function startUrlSync(store: ScenarioStore, options: UrlSyncOptions = {}): () => void {
  const win = options.window ?? (window as unknown as UrlSyncWindow);
  const engineVersion = options.engineVersion ?? ENGINE_VERSION;
  const autoCommitMs = options.autoCommitMs ?? 1000;
  let unknown: readonly Entry[] = [];
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const urlFor = (query: string) => `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;

  const applyLocation = (): string => {
    const parsed = parseScenario(win.location.search, engineVersion);
    unknown = parsed.unknown;
    useLinkStore.getState().showParse(parsed);
    applying = true;
    try {
      store.getState().setParams(parsed.params);
    } finally {
      applying = false;
    }
    return serializeScenario(store.getState().params, engineVersion, unknown);
  };

  const canonical = applyLocation();
  // Rewrite a link that was opened in a non-canonical form (rounded values, refused values
  // dropped, an old version migrated); a bare address stays bare until something changes.
  let written = searchText(win);
  if (written !== '' && canonical !== written) {
    win.history.replaceState(win.history.state ?? null, '', urlFor(canonical));
    written = canonical;
  }
  let committed = written;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const commit = () => {
    cancelTimer();
    if (written === committed) return;
    win.history.replaceState(win.history.state ?? null, '', urlFor(committed));
    win.history.pushState(null, '', urlFor(written));
    committed = written;
  };

  const unsubscribe = store.subscribe(
    (s) => s.params,
    (params) => {
      if (applying) return;
      const next = serializeScenario(params, engineVersion, unknown);
      if (next === written) return;
      win.history.replaceState(win.history.state ?? null, '', urlFor(next));
      written = next;
      if (autoCommitMs > 0) {
        cancelTimer();
        timer = setTimeout(commit, autoCommitMs);
      }
    },
  );

  const onPopState = () => {
    cancelTimer();
    applyLocation();
    written = searchText(win);
    committed = written;
  };
  win.addEventListener('popstate', onPopState);

  const sync: ActiveSync = { commit, unknown: () => unknown, win, engineVersion, store };
  active = sync;
  return () => {
    cancelTimer();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (active === sync) active = null;
  };
}

/** Ends a change: pushes a history entry for the current scenario. A no-op without a running sync. */
export function commitHistory(): void {
  active?.commit();
}

/**
 * The full link of the scenario on screen, for Copy link. Includes `v` (and so the engine
 * version) even for the default scenario, and keeps unknown keys from the opened link.
 */
export function shareUrl(): string {
  const win = active?.win ?? (typeof window === 'undefined' ? null : (window as unknown as UrlSyncWindow));
  if (!active) return win ? `${win.location.origin ?? ''}${win.location.pathname}${win.location.search}` : '';
  const query = serializeScenario(active.store.getState().params, active.engineVersion, active.unknown());
  return `${win!.location.origin ?? ''}${win!.location.pathname}?${query}`;
}
