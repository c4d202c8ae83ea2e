import { useMemo, useState } from 'react';
import { formatMonth, monthLabel, parseMonth } from '../../registry/month';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { pctText, probabilityBySentence, probabilityTitle } from './findings';
import { probabilityLayout } from './probabilityLayout';
import { UncertaintyCard } from './UncertaintyCard';
import { ChartPicture } from '../common/ChartPicture';
import { useWidth } from '../common/useWidth';
import { probabilityMarks } from './marks';

const HEIGHT = 200;

/** The cumulative probability that cash has gone below zero by each month. */
export function ProbabilityChart({ summary, basis }: { summary: UncertaintySummary; basis: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const layout = useMemo(() => probabilityLayout(summary, width, HEIGHT), [summary, width]);
  const marks = useMemo(() => probabilityMarks(layout, summary), [layout, summary]);
  // The headline names its funding basis; a month picker asks P(cash < 0 by that month).
  const title = `${probabilityTitle(summary)}, ${basis}`;
  const first = summary.startMonth;
  const lastMonth = summary.startMonth + summary.months - 1;
  const [picked, setPicked] = useState<number | null>(null);
  const month = Math.min(lastMonth, Math.max(first, picked ?? lastMonth));
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
      <p className="mc-by" aria-live="polite">
        <label>
          P(cash &lt; 0) by{' '}
          <input
            type="text"
            inputMode="numeric"
            className="mc-month"
            aria-label="Month for the probability (YYYY-MM)"
            defaultValue={formatMonth(month)}
            onChange={(e) => {
              const m = parseMonth(e.target.value);
              if (m !== null) setPicked(m);
            }}
          />
        </label>{' '}
        <output data-testid="mc-by-sentence">{probabilityBySentence(summary, month, basis)}</output>
        <span className="share-visually-hidden">
          {' '}
          ({monthLabel(first)} to {monthLabel(lastMonth)})
        </span>
      </p>
      <div ref={ref} className="mc-plot">
        <ChartPicture layout={marks} className="chart-svg mc-svg" aria-hidden />
      </div>
    </UncertaintyCard>
  );
}
