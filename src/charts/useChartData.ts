import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { useReported } from '../ui/data/useReported';

/** What every chart draws from: the current result, the pinned baseline's result, reported figures. */
export function useChartData() {
  const { result, baseline } = useAppStore(useShallow((s) => ({ result: s.result, baseline: s.baseline?.result ?? null })));
  const reported = useReported().data ?? null;
  return { result, baseline, reported };
}
