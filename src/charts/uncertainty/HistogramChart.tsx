import { useMemo } from 'react';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { histogramTitle, pctText } from './findings';
import { histogramLayout } from './histogramLayout';
import { UncertaintyCard } from './UncertaintyCard';
import { ChartPicture } from '../common/ChartPicture';
import { useWidth } from '../common/useWidth';
import { histogramMarks } from './marks';

const HEIGHT = 200;

/** When cash first runs out, by calendar year, with the share that never does. */
export function HistogramChart({ summary }: { summary: UncertaintySummary }) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const layout = useMemo(() => histogramLayout(summary, width, HEIGHT), [summary, width]);
  const marks = useMemo(() => histogramMarks(layout), [layout]);
  const title = histogramTitle(summary);
  return (
    <UncertaintyCard
      id="mc-histogram"
      title={title}
      subtitle="Share of samples by the year cash first goes below zero; “Never” = solvent through the horizon, %"
      summary={`${title}. ${layout.bars.map((b) => `${b.label}: ${pctText(b.share)}`).join('; ')}.`}
      table={{
        caption: 'Year cash first goes below zero',
        head: ['Year', 'Samples', 'Share'],
        rows: layout.bars.map((b) => [b.label, b.count, pctText(b.share)]),
      }}
    >
      <div ref={ref} className="mc-plot">
        <ChartPicture layout={marks} className="chart-svg mc-svg" aria-hidden />
      </div>
    </UncertaintyCard>
  );
}
