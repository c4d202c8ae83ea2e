import type { StateCreator } from 'zustand';
import type { ScenarioResult } from '../engine/types';
import type { ParamValues } from '../registry';
import type { ResultSlice } from './result';
import type { ScenarioSlice } from './scenario';
import type { ViewSlice } from './view';

export interface Baseline {
  params: ParamValues;
  result: ScenarioResult;
  name: string;
}

/** A pinned scenario drawn as a grey ghost on every chart; KPI tiles show deltas against it. */
export interface BaselineSlice {
  baseline: Baseline | null;
  /** Pins the scenario on screen now; does nothing before the first result arrives. */
  pinBaseline: () => void;
  clearBaseline: () => void;
}

type Needs = BaselineSlice & ResultSlice & ScenarioSlice & ViewSlice;

export const createBaselineSlice: StateCreator<Needs, [], [], BaselineSlice> = (set, get) => ({
  baseline: null,
  pinBaseline: () => {
    const { result, params, scenarioName } = get();
    if (result) set({ baseline: { params: { ...params }, result, name: scenarioName } });
  },
  clearBaseline: () => set({ baseline: null }),
});
