import type { StateCreator } from 'zustand';
import { defaultParams, LEVER_BY_ID, snapToLever, type ParamValues } from '../registry';

/** The levers of the scenario being looked at. The single place a lever value lives in the page. */
export interface ScenarioSlice {
  params: ParamValues;
  /** Set one lever; the value is clamped and snapped to the lever's declared decimals. */
  setParam: (id: string, value: number) => void;
  /** Replace the whole scenario (a link, a preset, a saved scenario); missing levers take defaults. */
  setParams: (params: Readonly<Record<string, number>>) => void;
  resetParam: (id: string) => void;
  resetAll: () => void;
}

export const createScenarioSlice: StateCreator<ScenarioSlice, [], [], ScenarioSlice> = (set) => ({
  params: defaultParams(),
  setParam: (id, value) => {
    const lever = LEVER_BY_ID.get(id);
    if (!lever) return;
    const snapped = snapToLever(lever, value);
    set((s) => (s.params[lever.id] === snapped ? s : { params: { ...s.params, [lever.id]: snapped } }));
  },
  setParams: (params) => {
    const next = defaultParams();
    for (const [id, v] of Object.entries(params)) {
      const lever = LEVER_BY_ID.get(id);
      if (lever) next[lever.id] = snapToLever(lever, v);
    }
    set({ params: next });
  },
  resetParam: (id) => {
    const lever = LEVER_BY_ID.get(id);
    if (lever) set((s) => ({ params: { ...s.params, [lever.id]: lever.default } }));
  },
  resetAll: () => set({ params: defaultParams() }),
});
