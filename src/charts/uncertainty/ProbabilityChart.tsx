import { useMemo } from 'react';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { pctText, probabilityTitle } from './findings';
import { probabilityLayout } from './probabilityLayout';
import { UncertaintyCard } from './UncertaintyCard';
import { ChartPicture } from '../common/ChartPicture';
import { useWidth } from '../common/useWidth';
import { probabilityMarks } from './marks';

const HEIGHT = 200;

/** The cumulative probability that cash has gone below zero by each month. */
export function ProbabilityChart({ summary }: { summary: UncertaintySummary }) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const layout = useMemo(() => probabilityLayout(summary, width, HEIGHT), [summary, width]);
  const marks = useMemo(() => probabilityMarks(layout, summary), [layout, summary]);
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
        <ChartPicture layout={marks} className="chart-svg mc-svg" aria-hidden />
      </div>
    </UncertaintyCard>
  );
}
