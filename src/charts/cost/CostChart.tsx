import { useAppStore } from '../../store';
import { ChartCard } from '../common/ChartCard';
import { costSpec } from './spec';

/** The cost card: its spec, with the "By generation" toggle. */
export function CostChart() {
  const byGeneration = useAppStore((s) => s.showGenerations);
  const setByGeneration = useAppStore((s) => s.setShowGenerations);
  return (
    <ChartCard
      spec={costSpec}
      byGeneration={byGeneration}
      tools={
        <label className="tool tool-check">
          <input
            type="checkbox"
            autoComplete="off"
            checked={byGeneration}
            onChange={(e) => setByGeneration(e.target.checked)}
          />
          By generation
        </label>
      }
    />
  );
}
