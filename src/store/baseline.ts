import type { StateCreator } from 'zustand';
import type { ScenarioResult } from '../engine/types';
import { defaultParams, type LeverId, type ParamValues } from '../registry';
import type { ParsedScenario } from '../url/codec';
import { automaticName } from '../url/names';
import type { ResultSlice } from './result';
import type { ScenarioSlice } from './scenario';
import type { ViewSlice } from './view';

export interface Baseline {
  params: ParamValues;
  /**
   * Its run; null while a baseline that came from a link is being calculated (the engine
   * bridge fills it in), so the ghost and the KPI deltas appear a moment after the page.
   */
  result: ScenarioResult | null;
  name: string;
}

/** A pinned scenario drawn as a grey ghost on every chart; KPI tiles show deltas against it. */
export interface BaselineSlice {
  baseline: Baseline | null;
  /** Pins the scenario on screen now; does nothing before the first result arrives. */
  pinBaseline: () => void;
  clearBaseline: () => void;
  /** Puts a baseline in place as it is (a link, an undo). */
  setBaseline: (baseline: Baseline | null) => void;
  /** The run of the pinned baseline, for the scenario it was asked for; ignored if it changed since. */
  setBaselineResult: (params: ParamValues, result: ScenarioResult) => void;
}

type Needs = BaselineSlice & ResultSlice & ScenarioSlice & ViewSlice;

export const createBaselineSlice: StateCreator<Needs, [], [], BaselineSlice> = (set, get) => ({
  baseline: null,
  pinBaseline: () => {
    const { result, params, scenarioName } = get();
    if (result) set({ baseline: { params: { ...params }, result, name: scenarioName } });
  },
  clearBaseline: () => set({ baseline: null }),
  setBaseline: (baseline) => set((s) => (s.baseline === baseline ? s : { baseline })),
  setBaselineResult: (params, result) =>
    set((s) => (s.baseline && s.baseline.params === params ? { baseline: { ...s.baseline, result } } : s)),
});

const DEFAULTS = defaultParams();

/** What the scenario on screen is compared with: the pinned baseline, or the sourced defaults. */
export function referenceParams(baseline: Pick<Baseline, 'params'> | null): ParamValues {
  return baseline?.params ?? DEFAULTS;
}

/** Whether any input attribute() would split over differs (the horizon frames the comparison, it is not a cause). */
export function scenarioDiffers(params: ParamValues, reference: ParamValues): boolean {
  for (const id of Object.keys(params) as LeverId[]) {
    if (id !== 'horizonMonths' && !Object.is(params[id], reference[id])) return true;
  }
  return false;
}

/** Whether "What moved it" has anything to split: the scenario differs from the pinned baseline or the defaults. */
export const selectScenarioDiffers = (s: Pick<BaselineSlice, 'baseline'> & Pick<ScenarioSlice, 'params'>): boolean =>
  scenarioDiffers(s.params, referenceParams(s.baseline));

/** The link's baseline; the one already pinned (with its run) when the link names the same one. */
export function baselineOf(parsed: ParsedScenario, current: Baseline | null): Baseline | null {
  const b = parsed.baseline;
  if (!b) return null;
  const name = b.name ?? automaticName(b.params);
  const same =
    current &&
    current.name === name &&
    (Object.keys(b.params) as LeverId[]).every((k) => current.params[k] === b.params[k]);
  return same ? current : { params: b.params, name, result: null };
}
