import { scaleBand, scaleLinear } from 'd3';
import type { UncertaintySummary } from '../../engine/uncertainty';
import type { Tick } from '../common/layoutTypes';
import { round1 } from '../common/time';
import { plotBox, type PlotBox } from './fanLayout';

export interface HistogramBar {
  key: string;
  label: string;
  count: number;
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The "never insolvent" bar, drawn apart in a different tone. */
  never: boolean;
}

export interface HistogramLayout extends PlotBox {
  bars: HistogramBar[];
  yTicks: Tick[];
}

/** Share of samples by the calendar year cash first goes negative, then "never" (solvent through the horizon). */
export function histogramLayout(summary: UncertaintySummary, width: number, height: number): HistogramLayout {
  const box = plotBox(width, height);
  const rows = [
    ...summary.insolvencyByYear.map((b) => ({
      key: String(b.year),
      label: String(b.year),
      count: b.count,
      share: b.share,
      never: false,
    })),
    {
      key: 'never',
      label: 'Never',
      count: summary.neverInsolvent.count,
      share: summary.neverInsolvent.share,
      never: true,
    },
  ];
  const x = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([box.left, box.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const max = Math.max(0.05, ...rows.map((r) => r.share));
  const y = scaleLinear().domain([0, max]).range([box.bottom, box.top]).nice(4);
  return {
    ...box,
    yTicks: y.ticks(4).map((v) => ({ pos: round1(y(v)), label: `${Math.round(v * 100)}%` })),
    bars: rows.map((r) => ({
      ...r,
      x: round1(x(r.key)!),
      width: round1(x.bandwidth()),
      y: round1(y(r.share)),
      height: round1(box.bottom - y(r.share)),
    })),
  };
}
