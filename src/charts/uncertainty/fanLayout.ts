import { area, line } from 'd3';
import type { UncertaintySummary } from '../../engine/uncertainty';
import { fmtUsdBTick } from '../../format';
import type { Tick } from '../common/layoutTypes';
import { linearY, monthScale, round1, yearTicks, yTicks } from '../common/time';

export type FanSeries = 'cash' | 'burn';

export interface PlotBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface FanLayout extends PlotBox {
  unit: string;
  xTicks: Tick[];
  yTicks: Tick[];
  zeroY: number | null;
  /** p10–p90 and p25–p75 bands, the median line, and the scenario's own (deterministic) line. */
  outer: string;
  inner: string;
  median: string;
  scenario: string | null;
}

export const MARGIN = { left: 52, right: 12, top: 10, bottom: 24 };

export function plotBox(width: number, height: number): PlotBox {
  return {
    width,
    height,
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 10, width - MARGIN.right),
    top: MARGIN.top,
    bottom: Math.max(MARGIN.top + 10, height - MARGIN.bottom),
  };
}

/**
 * Fan chart of month-end cash (or monthly burn), $B: the 10–90 and 25–75 percentile bands,
 * the median, and optionally the scenario's deterministic line for comparison.
 */
export function fanLayout(
  summary: UncertaintySummary,
  series: FanSeries,
  width: number,
  height: number,
  scenarioLine?: ArrayLike<number>,
): FanLayout {
  const box = plotBox(width, height);
  const bands = series === 'cash' ? summary.cashUsdB : summary.burnUsdB;
  const { startMonth, months } = summary;
  const x = monthScale(startMonth, months, box.left, box.right);
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = 0; t < months; t++) {
    lo = Math.min(lo, bands.p10[t]);
    hi = Math.max(hi, bands.p90[t]);
    if (scenarioLine) {
      lo = Math.min(lo, scenarioLine[t]);
      hi = Math.max(hi, scenarioLine[t]);
    }
  }
  const y = linearY(lo, hi, box.top, box.bottom);
  const idx = Array.from({ length: months }, (_, i) => i);
  const band = (a: Float64Array, b: Float64Array) =>
    area<number>()
      .x((i) => x(startMonth + i))
      .y0((i) => y(a[i]))
      .y1((i) => y(b[i]))
      .digits(1)(idx) ?? '';
  const path = (v: ArrayLike<number>) =>
    line<number>()
      .x((i) => x(startMonth + i))
      .y((i) => y(v[i]))
      .digits(1)(idx) ?? '';
  const [d0, d1] = y.domain();
  return {
    ...box,
    unit: series === 'cash' ? '$B, month-end cash' : '$B per month',
    xTicks: yearTicks(x, startMonth, months),
    yTicks: yTicks(y, fmtUsdBTick),
    zeroY: d0 <= 0 && d1 >= 0 ? round1(y(0)) : null,
    outer: band(bands.p10, bands.p90),
    inner: band(bands.p25, bands.p75),
    median: path(bands.p50),
    scenario: scenarioLine ? path(scenarioLine) : null,
  };
}
