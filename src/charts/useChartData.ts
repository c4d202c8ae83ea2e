import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';

/** What every chart draws from: the current result and the pinned baseline's result. */
export function useChartData() {
  return useAppStore(useShallow((s) => ({ result: s.result, baseline: s.baseline?.result ?? null })));
}
