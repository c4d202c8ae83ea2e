import type { Mutate, StoreApi } from 'zustand';
import { ENGINE_VERSION } from '../engine/types';
import type { UncertaintySpec } from '../engine/uncertainty/spec';
import { shallow } from 'zustand/shallow';
import { parseScenario, serializeScenario, type ParsedScenario } from '../url/codec';
import { sameParams } from '../registry';
import { automaticName } from '../url/names';
import { CURRENT_RECORD, type Release } from '../registry/records';
import { recordDefaults, useRecordStore } from './record';
import { baselineOf } from './baseline';
import type { AppState } from './index';
import { useLinkStore } from './linkSlice';
import { restTimer } from './restTimer';

/*
 * Keeps the address bar and the scenario in step.
 *
 * - On start the link's scenario, its name and its pinned baseline are applied and its problems
 *   (unknown keys included) go to useLinkStore. Unknown keys are not written back.
 * - Every change rewrites the current history entry with replaceState, only when the link
 *   text changed (a drag that lands on the same rounded value writes nothing).
 * - commitHistory() ends a change: the current entry goes back to the last committed link and
 *   the new one is pushed, so Back steps to the scenario before the drag, not to the middle of it.
 *   The UI calls it when a drag ends or a discrete change (preset, typed value, reset) is made;
 *   as a fallback a change is committed after `autoCommitMs` without further changes.
 * - commitStep() ends one step of a run (an arrow key on a slider): the run's first step pushes
 *   an entry and later steps within ONE_CHANGE_MS of the last join it (its link is rewritten), so
 *   Back undoes the whole run, as Undo does, and a run costs one history entry, not one a step.
 * - popstate (Back/Forward) applies that entry's scenario without writing history.
 * - The Monte Carlo seed and N (`seed`, `n`) ride along: with an `uncertainty` binding they are
 *   read into and written from wherever that state lives; without one, the link's values are
 *   kept as they were so a shared link still reproduces the same bands.
 */

export type ScenarioStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

/** The parts of `window` the sync uses; tests pass a fake. */
export interface UrlSyncWindow {
  location: { search: string; pathname: string; hash: string; origin?: string };
  history: { replaceState: History['replaceState']; pushState: History['pushState']; state?: unknown };
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/** A piece of state outside the scenario slice that the link also carries. */
export interface LinkFieldBinding<T> {
  get: () => T;
  set: (value: T) => void;
  /** Calls back when the value changes; returns an unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
}

export interface UrlSyncOptions {
  window?: UrlSyncWindow;
  /** Where the Monte Carlo seed and sample count live (issue 7); optional. */
  uncertainty?: LinkFieldBinding<UncertaintySpec>;
  engineVersion?: number;
  /** Commit a change after this long without another; 0 turns the fallback off. */
  autoCommitMs?: number;
}

interface ActiveSync {
  commit: () => void;
  commitStep: () => void;
  /** The query for the scenario on screen. */
  query: () => string;
  win: UrlSyncWindow;
}

let active: ActiveSync | null = null;

/** Changes closer together than this are one change: one history entry, one undo step. */
export const ONE_CHANGE_MS = 800;

function searchText(win: UrlSyncWindow): string {
  return win.location.search.replace(/^\?/, '');
}

export function startUrlSync(store: ScenarioStore, options: UrlSyncOptions = {}): () => void {
  const win = options.window ?? (window as unknown as UrlSyncWindow);
  const engineVersion = options.engineVersion ?? ENGINE_VERSION;
  const autoCommitMs = options.autoCommitMs ?? ONE_CHANGE_MS;
  const binding = options.uncertainty;
  let linkSpec: UncertaintySpec | undefined;
  let applying = false;
  // Until when a run of steps keeps its entry (0: no run open); see commitStep.
  let runUntil = 0;
  const urlFor = (query: string) => `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;

  const query = (): string => {
    const { params, scenarioName, baseline } = store.getState();
    const record = useRecordStore.getState();
    return serializeScenario(params, engineVersion, [], {
      uncertainty: binding ? binding.get() : linkSpec,
      name: scenarioName,
      baseline: baseline ? { params: baseline.params, name: baseline.name } : null,
      record: record.id,
      defaults: recordDefaults(record) ?? undefined,
      // a citation stays in the link while the scenario is the one it cites
      cite: record.cite && record.citeParams && sameParams(record.citeParams, params) ? record.cite : null,
    });
  };

  const apply = (parsed: ParsedScenario) => {
    linkSpec = parsed.uncertainty;
    useLinkStore.getState().showParse(parsed);
    applying = true;
    try {
      const s = store.getState();
      s.setParams(parsed.params, { name: parsed.name ?? automaticName(parsed.params) });
      s.setBaseline(baselineOf(parsed, s.baseline));
      binding?.set(parsed.uncertainty);
    } finally {
      applying = false;
    }
  };

  // Bumped on every location applied, so a release that loads late does not overwrite a newer one.
  let applied = 0;
  // Past releases loaded so far: Back or Forward to a link on one of them applies at once.
  const releases = new Map<string, Release>();
  let written = searchText(win);
  let committed = written;

  /** Rewrites a link opened in a non-canonical form; a bare address stays bare until something changes. */
  const rewriteCanonical = () => {
    const canonical = query();
    if (written !== '' && canonical !== written) {
      win.history.replaceState(win.history.state ?? null, '', urlFor(canonical));
      written = canonical;
      committed = canonical;
    }
  };

  /** Applies the address read against a past release's defaults. */
  const applyOn = (release: Release) => {
    const onRecord = parseScenario(win.location.search, engineVersion, { defaults: release.params });
    useRecordStore.setState({ release, loading: false, citeParams: onRecord.cite ? onRecord.params : null });
    apply(onRecord);
  };

  /**
   * Applies the address: on the current record, or on a past release already loaded, at once;
   * on another past release, once its file has loaded. Until then nothing is applied: the link's
   * levers mean that release's defaults, and read against today's they would be run, drawn and
   * dragged as a scenario the link does not name.
   */
  const applyLocation = (): void => {
    const ticket = ++applied;
    const parsed = parseScenario(win.location.search, engineVersion);
    const bare = searchText(win) === '';
    const recordId = bare ? CURRENT_RECORD : parsed.record;
    const known = recordId === CURRENT_RECORD ? null : (releases.get(recordId) ?? null);
    useRecordStore.setState({
      id: recordId === CURRENT_RECORD ? CURRENT_RECORD : recordId,
      release: null,
      loading: recordId !== CURRENT_RECORD && known === null,
      error: null,
      linkRecord: recordId,
      linkEngine: parsed.engineVersion,
      cite: parsed.cite,
      citeParams: parsed.cite ? parsed.params : null,
      updated: null,
      dismissed: false,
    });
    if (recordId === CURRENT_RECORD || known) {
      if (known) applyOn(known);
      else apply(parsed);
      return;
    }
    // the release's file and its reader load only when a link names an older record
    import('../registry/loadRelease')
      .then((m) => m.loadRelease(recordId))
      .then(
        (release) => {
          releases.set(recordId, release);
          if (ticket !== applied) return;
          applyOn(release);
          rewriteCanonical();
        },
        (e: unknown) => {
          if (ticket !== applied) return;
          useRecordStore.setState({
            id: CURRENT_RECORD,
            loading: false,
            error: `The record ${recordId} could not be loaded (${(e as Error).message}); the current record ${CURRENT_RECORD} is used.`,
          });
          apply(parsed);
          rewriteCanonical();
        },
      );
  };

  applyLocation();
  if (!useRecordStore.getState().loading) rewriteCanonical();

  // a change commits by itself after autoCommitMs without another
  const autoCommit = restTimer(autoCommitMs, () => commit());

  const commit = () => {
    autoCommit.cancel();
    runUntil = 0;
    if (written === committed) return;
    win.history.replaceState(win.history.state ?? null, '', urlFor(committed));
    win.history.pushState(null, '', urlFor(written));
    committed = written;
  };

  const commitStep = () => {
    // a key that moved nothing (Tab arriving, an arrow at the end) neither opens nor extends a run
    if (written === committed) return;
    const now = Date.now();
    if (now < runUntil) {
      // the entry is the run's: onChange has rewritten it to this step's link already
      autoCommit.cancel();
      committed = written;
    } else {
      commit();
    }
    runUntil = now + ONE_CHANGE_MS;
  };

  const onChange = () => {
    if (applying) return;
    const next = query();
    if (next === written) return;
    win.history.replaceState(win.history.state ?? null, '', urlFor(next));
    written = next;
    if (autoCommitMs > 0) autoCommit.poke();
  };
  const unsubscribeParams = store.subscribe(
    (s) => [s.params, s.scenarioName, s.baseline?.params, s.baseline?.name],
    onChange,
    { equalityFn: shallow },
  );
  const unsubscribeSpec = binding?.subscribe(onChange);

  const onPopState = () => {
    autoCommit.cancel();
    runUntil = 0;
    // A hash change also fires popstate; the scenario did not move, so nothing re-runs.
    if (searchText(win) === written) return;
    written = searchText(win);
    committed = written;
    applyLocation();
  };
  win.addEventListener('popstate', onPopState);

  const sync: ActiveSync = { commit, commitStep, query, win };
  active = sync;
  return () => {
    autoCommit.dispose();
    unsubscribeParams();
    unsubscribeSpec?.();
    win.removeEventListener('popstate', onPopState);
    if (active === sync) active = null;
  };
}

/**
 * Resolves once the record the address names is on screen: at once on the current record, after
 * its file has loaded on a past one (or failed to, the page then being on the current record).
 * The page holds its first run and its first paint until then.
 */
export function recordSettled(): Promise<void> {
  return new Promise((resolve) => {
    if (!useRecordStore.getState().loading) return resolve();
    const stop = useRecordStore.subscribe((s) => {
      if (s.loading) return;
      stop();
      resolve();
    });
  });
}

/** Ends a change: pushes a history entry for the current scenario. A no-op without a running sync. */
export function commitHistory(): void {
  active?.commit();
}

/** Ends one step of a run (an arrow key on a slider); see commitStep in startUrlSync. */
export function commitHistoryStep(): void {
  active?.commitStep();
}

/**
 * The full link of the scenario on screen, for Copy link: its name and pinned baseline too.
 * Includes `v` (and so the engine version) even for the default scenario; never the keys of
 * the opened link that this page did not understand.
 */
export function shareUrl(): string {
  const win = active?.win ?? (typeof window === 'undefined' ? null : (window as unknown as UrlSyncWindow));
  if (!active) return win ? `${win.location.origin ?? ''}${win.location.pathname}${win.location.search}` : '';
  return `${win!.location.origin ?? ''}${win!.location.pathname}?${active.query()}`;
}
