import { lazy, Suspense } from 'react';
import { defaultParams, type LeverId, type ParamValues } from '../registry';
import { useAppStore, type AppState } from '../store';

// The waterfall, its worker client and its words load only when a scenario has changed.
const AttributionCard = lazy(() =>
  import('../charts/attribution/AttributionCard').then((m) => ({ default: m.AttributionCard })),
);

const DEFAULTS = defaultParams();

/** Whether any input attribute() would split over differs (the horizon frames the comparison, it is not a cause). */
export function scenarioDiffers(params: ParamValues, reference: ParamValues): boolean {
  for (const id of Object.keys(params) as LeverId[]) {
    if (id !== 'horizonMonths' && !Object.is(params[id], reference[id])) return true;
  }
  return false;
}

/** Whether "What moved it" has anything to split: the scenario differs from the pinned baseline or the defaults. */
export const selectScenarioDiffers = (s: Pick<AppState, 'params' | 'baseline'>): boolean =>
  scenarioDiffers(s.params, s.baseline?.params ?? DEFAULTS);

/** "What moved it", below the four charts, when the scenario differs from the pinned baseline or the defaults. */
export function AttributionSection() {
  const differs = useAppStore(selectScenarioDiffers);
  if (!differs) return null;
  return (
    <Suspense
      fallback={
        <section className="chart-card chart-pending attribution-card" aria-label="What moved it">
          <p>Loading “What moved it”…</p>
        </section>
      }
    >
      <AttributionCard />
    </Suspense>
  );
}
