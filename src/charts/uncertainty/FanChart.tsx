import { useMemo } from 'react';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { monthLabel } from '../../registry/month';
import { fanLayout, type FanSeries } from './fanLayout';
import { fmtUsdB } from '../../format';
import { fanTitle } from './findings';
import { UncertaintyCard } from './UncertaintyCard';
import { ChartPicture } from '../common/ChartPicture';
import { useWidth } from '../common/useWidth';
import { fanMarks } from './marks';

const HEIGHT = 240;

/** Fan chart: percentile bands of cash (or burn) over the horizon, with the scenario's own line dashed. */
export function FanChart({
  summary,
  series,
  onSeries,
  scenarioLine,
}: {
  summary: UncertaintySummary;
  series: FanSeries;
  onSeries: (s: FanSeries) => void;
  /** The deterministic run of the same scenario, same series, for comparison. */
  scenarioLine?: ArrayLike<number>;
}) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const layout = useMemo(
    () => fanLayout(summary, series, width, HEIGHT, scenarioLine),
    [summary, series, width, scenarioLine],
  );
  const marks = useMemo(() => fanMarks(layout, summary), [layout, summary]);
  const bands = series === 'cash' ? summary.cashUsdB : summary.burnUsdB;
  const rows: string[][] = [];
  for (let t = 0; t < summary.months; t++) {
    const m = summary.startMonth + t;
    if (m % 12 === 11 || t === summary.months - 1) {
      rows.push([
        monthLabel(m),
        ...(['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((p) => fmtUsdB(bands[p][t], 'auto')),
      ]);
    }
  }
  const title = fanTitle(summary, series);
  const what = series === 'cash' ? 'Month-end cash' : 'Monthly burn (costs − revenue)';
  return (
    <UncertaintyCard
      id={`mc-fan-${series}`}
      title={title}
      subtitle={`${what}, $B: median line, 25–75th and 10–90th percentile bands over ${summary.samples.toLocaleString('en-US')} samples; dashed = this scenario`}
      summary={`${title}. ${what} percentile bands by month.`}
      tools={
        <span className="mc-toggle" role="group" aria-label="Series">
          {(['cash', 'burn'] as const).map((s) => (
            <button key={s} type="button" className="tool" aria-pressed={series === s} onClick={() => onSeries(s)}>
              {s === 'cash' ? 'Cash' : 'Burn'}
            </button>
          ))}
        </span>
      }
      table={{
        caption: `${what}, $B, percentiles at each year end`,
        head: ['Month', 'p10', 'p25', 'p50', 'p75', 'p90'],
        rows,
      }}
    >
      <div ref={ref} className="mc-plot">
        <ChartPicture layout={marks} className="chart-svg mc-svg" aria-hidden />
      </div>
    </UncertaintyCard>
  );
}
