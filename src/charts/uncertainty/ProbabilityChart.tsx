import { useMemo } from 'react';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { Axes } from './Axes';
import { pctText, probabilityTitle } from './findings';
import { probabilityLayout } from './probabilityLayout';
import { UncertaintyCard } from './UncertaintyCard';
import { useBoxWidth } from './useBoxWidth';

const HEIGHT = 200;

/** The cumulative probability that cash has gone below zero by each month. */
export function ProbabilityChart({ summary }: { summary: UncertaintySummary }) {
  const [ref, width] = useBoxWidth<HTMLDivElement>();
  const layout = useMemo(() => probabilityLayout(summary, width, HEIGHT), [summary, width]);
  const title = probabilityTitle(summary);
  const rows = layout.yearEnds.map((e) => [`Dec ${e.year}`, pctText(e.p)]);
  const last = summary.months - 1;
  if ((summary.startMonth + last) % 12 !== 11) rows.push(['End of horizon', pctText(summary.pInsolventBy[last])]);
  return (
    <UncertaintyCard
      id="mc-probability"
      title={title}
      subtitle="Share of samples whose cash has gone below zero in some month up to this one, %"
      summary={`${title}. ${rows.map((r) => `${r[0]}: ${r[1]}`).join('; ')}.`}
      table={{ caption: 'P(cash < 0 by the end of each year)', head: ['By', 'Probability'], rows }}
    >
      <div ref={ref} className="mc-plot">
        <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} className="mc-svg" aria-hidden="true">
          <Axes {...layout} />
          <path d={layout.area} fill="var(--c-danger, #D55E00)" fillOpacity={0.12} />
          <path d={layout.line} fill="none" stroke="var(--c-danger, #D55E00)" strokeWidth={2} />
          {layout.yearEnds.map((e) => (
            <g key={e.year}>
              <circle cx={e.x} cy={e.y} r={3} fill="var(--c-danger, #D55E00)" />
              <text x={e.x} y={e.y - 7} textAnchor="middle" className="mc-tick">{pctText(e.p)}</text>
            </g>
          ))}
        </svg>
      </div>
    </UncertaintyCard>
  );
}
