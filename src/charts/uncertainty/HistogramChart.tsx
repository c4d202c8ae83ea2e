import { useMemo } from 'react';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { Axes } from './Axes';
import { histogramTitle, pctText } from './findings';
import { histogramLayout } from './histogramLayout';
import { UncertaintyCard } from './UncertaintyCard';
import { useBoxWidth } from './useBoxWidth';

const HEIGHT = 200;

/** When cash first runs out, by calendar year, with the share that never does. */
export function HistogramChart({ summary }: { summary: UncertaintySummary }) {
  const [ref, width] = useBoxWidth<HTMLDivElement>();
  const layout = useMemo(() => histogramLayout(summary, width, HEIGHT), [summary, width]);
  const title = histogramTitle(summary);
  return (
    <UncertaintyCard
      id="mc-histogram"
      title={title}
      subtitle="Share of samples by the year cash first goes below zero; “Never” = solvent through the horizon, %"
      summary={`${title}. ${layout.bars.map((b) => `${b.label}: ${pctText(b.share)}`).join('; ')}.`}
      table={{ caption: 'Year cash first goes below zero', head: ['Year', 'Samples', 'Share'], rows: layout.bars.map((b) => [b.label, b.count, pctText(b.share)]) }}
    >
      <div ref={ref} className="mc-plot">
        <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} className="mc-svg" aria-hidden="true">
          <Axes {...layout} xTicks={[]} />
          {layout.bars.map((b) => (
            <g key={b.key}>
              <rect x={b.x} y={b.y} width={b.width} height={Math.max(0, b.height)}
                fill={b.never ? 'var(--c-ghost, #a0a8b2)' : 'var(--mc-median, #0072B2)'} />
              <text x={b.x + b.width / 2} y={b.y - 4} textAnchor="middle" className="mc-tick">{pctText(b.share)}</text>
              <text x={b.x + b.width / 2} y={layout.bottom + 16} textAnchor="middle" className="mc-tick">{b.label}</text>
            </g>
          ))}
        </svg>
      </div>
    </UncertaintyCard>
  );
}
