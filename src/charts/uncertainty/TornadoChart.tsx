import { useMemo } from 'react';
import { LEVER_BY_ID } from '../../registry';
import { fmtUsdB } from '../../format';
import { leverText } from '../../registry/value';
import { metricLabel, type Metric, type Tornado } from '../../engine/uncertainty';
import { signed, tornadoTitle } from './findings';
import { tornadoLayout } from './tornadoLayout';
import { UncertaintyCard } from './UncertaintyCard';
import { ChartPicture } from '../common/ChartPicture';
import { useWidth } from '../common/useWidth';
import { tornadoMarks } from './marks';

export function metricUnit(metric: Metric): (v: number) => string {
  return metric.kind === 'insolvency' ? (v) => `${Math.round(v)} mo` : (v) => fmtUsdB(v, 'auto');
}

function leverValueText(leverId: string, v: number): string {
  const lever = LEVER_BY_ID.get(leverId);
  return lever ? leverText(lever, v) : String(v);
}

/** One-at-a-time sensitivity: each ranged lever at its low and high, largest swing on top. */
export function TornadoChart({
  tornado,
  metric,
  onMetric,
  years,
}: {
  tornado: Tornado;
  metric: Metric;
  onMetric: (m: Metric) => void;
  /** Calendar years offered for "cumulative burn through". */
  years: number[];
}) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const unit = metricUnit(metric);
  const layout = useMemo(() => tornadoLayout(tornado, width, 12, (v) => signed(v, unit)), [tornado, width, unit]);
  const marks = useMemo(() => tornadoMarks(layout), [layout]);
  const title = tornadoTitle(tornado, unit);
  const baseText = tornado.baseNever ? 'never (counted as horizon + 1)' : unit(tornado.base);
  const what =
    metric.kind === 'insolvency'
      ? 'change in months of cash from now (later is +)'
      : `change in cumulative burn through ${metric.throughYear}, $B (more burn is +)`;
  const rows = tornado.bars.map((b) => [
    b.heldBecause ? `${b.label} (${b.heldBecause})` : b.label,
    leverValueText(b.leverId, b.low),
    leverValueText(b.leverId, b.high),
    `${signed(b.deltaLow, unit)}${b.neverAtLow ? ' (never)' : ''}`,
    `${signed(b.deltaHigh, unit)}${b.neverAtHigh ? ' (never)' : ''}`,
    unit(b.swing),
  ]);
  const onChange = (value: string) =>
    onMetric(value === 'insolvency' ? { kind: 'insolvency' } : { kind: 'cumBurn', throughYear: Number(value) });
  return (
    <UncertaintyCard
      id="mc-tornado"
      title={title}
      subtitle={`${what}; each lever at the low and the high of its range, the others as set. As set: ${baseText}${metric.kind === 'insolvency' ? ' of cash from now' : ''}`}
      summary={`${title}. ${rows
        .slice(0, 5)
        .map((r) => `${r[0]}: ${r[3]} at low, ${r[4]} at high`)
        .join('; ')}.`}
      tools={
        <label className="mc-field">
          <span>Outcome</span>
          <select
            value={metric.kind === 'insolvency' ? 'insolvency' : String(metric.throughYear)}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="insolvency">Months of cash from now</option>
            {years.map((y) => (
              <option key={y} value={y}>
                Cumulative burn through {y}
              </option>
            ))}
          </select>
        </label>
      }
      table={{
        caption: `${metricLabel(metric)}: change with each lever at its low and high`,
        head: ['Lever', 'Low', 'High', 'At low', 'At high', 'Swing'],
        rows,
      }}
      footer={
        metric.kind === 'insolvency'
          ? '“Never” (solvent through the horizon) counts as the month after the horizon, so swings reaching it are at least this large.'
          : undefined
      }
    >
      <div ref={ref} className="mc-plot">
        <ChartPicture layout={marks} className="chart-svg mc-svg" aria-hidden />
        <p className="mc-legend">
          <span className="mc-swatch" style={{ background: 'var(--mc-low, #56B4E9)' }} aria-hidden="true" /> lever at
          its low
          <span className="mc-swatch" style={{ background: 'var(--mc-high, #0072B2)' }} aria-hidden="true" /> lever at
          its high
        </p>
      </div>
    </UncertaintyCard>
  );
}
