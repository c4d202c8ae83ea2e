import type { StateCreator } from 'zustand';
import { defaultParams, LEVER_BY_ID, type ParamValues } from '../registry';
import { withLever } from '../registry/lineage';
import { keepInRange, snapToLever } from '../registry/value';
import { DEFAULT_SCENARIO_NAME, followName } from '../url/names';
import type { ViewSlice } from './view';

/** A change the person asked for by name (a preset, a reset): the undo toast says it. */
export interface ScenarioAction {
  label: string;
  /** Counts up, so the same label twice is still two actions. */
  seq: number;
}

export interface SetParamsOptions {
  /** The scenario's new name; absent: an automatic name follows the levers, a chosen one stays. */
  name?: string;
  /** Names the change for the undo toast ("Preset “Bull case”"); absent: an unlabelled change. */
  label?: string;
}

/** The levers of the scenario being looked at. The single place a lever value lives in the page. */
export interface ScenarioSlice {
  params: ParamValues;
  /** The last labelled change; the undo stack reads it to name the step and show the toast. */
  scenarioAction: ScenarioAction | null;
  /**
   * Set one lever. A slider's value is kept in range and rounded to the lever's declared
   * decimals; a typed one (`typed`, already read by parseLeverValue) keeps every digit.
   */
  setParam: (id: string, value: number, how?: { typed: boolean }) => void;
  /**
   * Replace the whole scenario (a link, a preset, a saved scenario); missing levers take
   * defaults, values are clamped into range and keep their precision (a link's `mfu=0.09535`).
   */
  setParams: (params: Readonly<ParamValues>, options?: SetParamsOptions) => void;
  resetParam: (id: string) => void;
  resetAll: () => void;
}

type Needs = ScenarioSlice & ViewSlice;

export const createScenarioSlice: StateCreator<Needs, [], [], ScenarioSlice> = (set) => {
  /** The state after the levers change: the name follows them unless one was chosen. */
  const next = (s: Needs, params: ParamValues, options: SetParamsOptions = {}): Partial<Needs> => ({
    params,
    scenarioName: options.name ?? followName(s.scenarioName, s.params, params),
    ...(options.label ? { scenarioAction: { label: options.label, seq: (s.scenarioAction?.seq ?? 0) + 1 } } : {}),
  });
  return {
    params: defaultParams(),
    scenarioAction: null,
    setParam: (id, value, how) => {
      const lever = LEVER_BY_ID.get(id);
      if (!lever) return;
      const snapped = how?.typed ? keepInRange(lever, value) : snapToLever(lever, value);
      set((s) => (s.params[lever.id] === snapped ? s : next(s, withLever(s.params, lever.id, snapped))));
    },
    setParams: (params, options) => {
      const values = defaultParams();
      for (const [id, v] of Object.entries(params)) {
        const lever = LEVER_BY_ID.get(id);
        if (lever && Number.isFinite(v)) values[lever.id] = keepInRange(lever, v);
      }
      set((s) => next(s, values, options));
    },
    resetParam: (id) => {
      const lever = LEVER_BY_ID.get(id);
      if (lever) set((s) => next(s, withLever(s.params, lever.id, lever.default)));
    },
    resetAll: () => set((s) => next(s, defaultParams(), { label: 'Reset all levers', name: DEFAULT_SCENARIO_NAME })),
  };
};
