import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createScenarioSlice, type ScenarioSlice } from './scenario';

/**
 * One store made of slices. Other slices (view, baseline, deck, uncertainty) are added here
 * beside the scenario slice; components select narrowly with useShallow.
 */
export type AppState = ScenarioSlice;

export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createScenarioSlice(...a),
  })),
);

/** Tests call this between cases. */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
