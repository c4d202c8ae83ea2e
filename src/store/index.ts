import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createScenarioSlice, type ScenarioSlice } from './scenario';
import { createViewSlice, type ViewSlice } from './view';
import { createResultSlice, type ResultSlice } from './result';
import { createBaselineSlice, type BaselineSlice } from './baseline';
import { createUncertaintySlice, type UncertaintySlice } from './uncertainty';
import { createChartViewSlice, type ChartViewSlice } from './chartView';

/**
 * One store made of slices: scenario (levers), view (hover, toggles), result (engine output),
 * baseline (pinned ghost), uncertainty (Monte Carlo seed and N). Components select narrowly
 * with usePick (src/store/pick.ts).
 */
export type AppState = ScenarioSlice & ViewSlice & ChartViewSlice & ResultSlice & BaselineSlice & UncertaintySlice;
export type AppStore = typeof useAppStore;

export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createScenarioSlice(...a),
    ...createViewSlice(...a),
    ...createChartViewSlice(...a),
    ...createResultSlice(...a),
    ...createBaselineSlice(...a),
    ...createUncertaintySlice(...a),
  })),
);

/** Tests call this between cases. */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
