import { create } from 'zustand';
import { shallow } from 'zustand/shallow';
import type { Deck } from '../deck/model';
import { LEVER_BY_ID, sameParams, type LeverId, type ParamValues } from '../registry';
import type { Baseline } from './baseline';
import type { AppStore } from './index';
import { useDeckStore } from '../deck/store';
import { ONE_CHANGE_MS } from './urlSync';

/*
 * One undo stack for the scenario (levers, name, pinned baseline) and the briefing deck.
 *
 * It watches both stores rather than wrapping their actions, so every change is undoable
 * whoever made it. A change the person asked for by name (a preset, Reset all, a slide
 * deleted, the deck replaced) arrives labelled through `scenarioAction` / `deckAction` and is
 * one step with a toast; other changes of the same kind within `coalesceMs` of each other are
 * one step (a drag, typing a name). Undo puts back exactly the state before the step; a new
 * change after an undo drops the steps that were undone.
 */

export interface ScenarioSnapshot {
  params: ParamValues;
  scenarioName: string;
  baseline: Baseline | null;
}

export type UndoStep =
  | { kind: 'scenario'; label: string; before: ScenarioSnapshot; after: ScenarioSnapshot; at: number; named: boolean }
  | { kind: 'deck'; label: string; before: Deck; after: Deck; at: number; named: boolean };

export interface UndoState {
  past: UndoStep[];
  future: UndoStep[];
  /** The labelled step to offer in the toast; `seq` tells two toasts with the same words apart. */
  toast: { label: string; seq: number } | null;
}

export const MAX_UNDO_STEPS = 100;

export const useUndoStore = create<UndoState>()(() => ({ past: [], future: [], toast: null }));

export interface UndoOptions {
  app: AppStore;
  deck?: typeof useDeckStore;
  now?: () => number;
  /** Unlabelled changes of one kind closer together than this are one step. */
  coalesceMs?: number;
}

let active: { app: AppStore; deck: typeof useDeckStore; restoring: boolean } | null = null;

function snapshotOf(app: AppStore): ScenarioSnapshot {
  const { params, scenarioName, baseline } = app.getState();
  return { params, scenarioName, baseline };
}

/** True when nothing a person could see changed (a reset of defaults, a rename to the same name). */
function sameScenario(a: ScenarioSnapshot, b: ScenarioSnapshot): boolean {
  const baseSame =
    a.baseline === b.baseline ||
    (a.baseline !== null &&
      b.baseline !== null &&
      a.baseline.name === b.baseline.name &&
      sameParams(a.baseline.params, b.baseline.params));
  return a.scenarioName === b.scenarioName && baseSame && sameParams(a.params, b.params);
}

/** Words for an unlabelled scenario change. */
function describeScenario(before: ScenarioSnapshot, after: ScenarioSnapshot): string {
  if (
    before.baseline !== after.baseline &&
    (before.baseline?.params !== after.baseline?.params || before.baseline?.name !== after.baseline?.name)
  ) {
    return after.baseline ? 'Pin the baseline' : 'Clear the baseline';
  }
  if (before.params !== after.params) {
    // one changed lever is named; the search stops at a second (it runs on every step of a drag)
    let changed: LeverId | null = null;
    for (const id in after.params) {
      if (after.params[id as LeverId] === before.params[id as LeverId]) continue;
      if (changed !== null) return 'Change the levers';
      changed = id as LeverId;
    }
    if (changed !== null) return `Change ${LEVER_BY_ID.get(changed)?.label ?? changed}`;
    return 'Change the levers';
  }
  return 'Rename the scenario';
}

function push(step: UndoStep, coalesceMs: number): void {
  useUndoStore.setState((s) => {
    const top = s.past[s.past.length - 1];
    if (
      !step.named &&
      top &&
      !top.named &&
      top.kind === step.kind &&
      top.label === step.label &&
      step.at - top.at < coalesceMs
    ) {
      const merged = { ...top, after: step.after, at: step.at } as UndoStep;
      return { past: [...s.past.slice(0, -1), merged], future: [] };
    }
    const toast = step.named ? { label: step.label, seq: (s.toast?.seq ?? 0) + 1 } : s.toast;
    return { past: [...s.past, step].slice(-MAX_UNDO_STEPS), future: [], toast };
  });
}

/** Starts recording; returns a stop function. One recorder at a time. */
export function startUndo({
  app,
  deck = useDeckStore,
  now = () => Date.now(),
  coalesceMs = ONE_CHANGE_MS,
}: UndoOptions): () => void {
  const me = { app, deck, restoring: false };
  active = me;
  let last = snapshotOf(app);
  let lastAction = app.getState().scenarioAction?.seq ?? 0;
  const stopScenario = app.subscribe(
    (s) => [s.params, s.scenarioName, s.baseline?.params, s.baseline?.name],
    () => {
      const after = snapshotOf(app);
      const before = last;
      last = after;
      const action = app.getState().scenarioAction;
      const named = action !== null && action.seq !== lastAction;
      lastAction = action?.seq ?? 0;
      if (me.restoring || sameScenario(before, after)) return;
      push(
        {
          kind: 'scenario',
          label: named ? action.label : describeScenario(before, after),
          before,
          after,
          at: now(),
          named,
        },
        coalesceMs,
      );
    },
    { equalityFn: shallow },
  );
  // A baseline's run that arrives later is the same baseline: keep the snapshot's copy current.
  const stopBaselineRun = app.subscribe(
    (s) => s.baseline,
    (b) => {
      if (b && last.baseline && b.params === last.baseline.params && b.name === last.baseline.name)
        last = { ...last, baseline: b };
    },
  );
  let lastDeck = deck.getState().deck;
  let lastDeckAction = deck.getState().deckAction?.seq ?? 0;
  const stopDeck = deck.subscribe((s, prev) => {
    if (s.deck === lastDeck) return;
    const before = lastDeck;
    lastDeck = s.deck;
    const action = s.deckAction;
    const named = action !== null && action.seq !== lastDeckAction;
    lastDeckAction = action?.seq ?? 0;
    // Reading the saved deck from storage is not a change anybody made.
    if (me.restoring || !prev.hydrated || JSON.stringify(before) === JSON.stringify(s.deck)) return;
    push(
      { kind: 'deck', label: named ? action.label : 'Edit the deck', before, after: s.deck, at: now(), named },
      coalesceMs,
    );
  });
  return () => {
    stopScenario();
    stopBaselineRun();
    stopDeck();
    if (active === me) active = null;
  };
}

function apply(step: UndoStep, to: 'before' | 'after'): void {
  if (!active) return;
  const me = active;
  me.restoring = true;
  try {
    if (step.kind === 'scenario') {
      const snap = step[to];
      me.app.setState({ params: snap.params, scenarioName: snap.scenarioName, baseline: snap.baseline });
    } else {
      me.deck.getState().restoreDeck(step[to]);
    }
  } finally {
    me.restoring = false;
  }
}

/** Takes back the last step; returns its label, or null when there is nothing to undo. */
export function undo(): string | null {
  const { past, future } = useUndoStore.getState();
  const step = past[past.length - 1];
  if (!step || !active) return null;
  apply(step, 'before');
  useUndoStore.setState({ past: past.slice(0, -1), future: [...future, step], toast: null });
  return step.label;
}

/** Does the last undone step again; returns its label, or null when there is nothing to redo. */
export function redo(): string | null {
  const { past, future } = useUndoStore.getState();
  const step = future[future.length - 1];
  if (!step || !active) return null;
  apply(step, 'after');
  useUndoStore.setState({ past: [...past, step], future: future.slice(0, -1), toast: null });
  return step.label;
}

export function dismissUndoToast(): void {
  useUndoStore.setState({ toast: null });
}

/** Tests call this between cases. */
export function resetUndo(): void {
  useUndoStore.setState({ past: [], future: [], toast: null }, true);
}
