import { emptyPanel, type ChartLayout, type ColorToken, type EndLabel } from '../../charts/common/layoutTypes';
import {
  linearY,
  maxOf,
  minOf,
  monthGrid,
  monthScale,
  round1,
  seriesPath,
  spreadLabels,
  yTicks,
  yearTicks,
} from '../../charts/common/time';
import { FIGURES } from '../../figures';
import type { ScenarioResult } from '../../engine/types';
import type { DeckChartId } from '../../export/deckTypes';
import { fmtCents, fmtUsdB, fmtWh } from '../../format';

/** The one series per chart that scenarios are compared on. */
export interface CompareMetric {
  label: string;
  unit: string;
  values: (r: ScenarioResult) => ArrayLike<number>;
  format: (v: number) => string;
  axis: (v: number) => string;
}

export const COMPARE_METRICS: Record<DeckChartId, CompareMetric> = {
  burn: {
    label: 'Cash balance',
    unit: 'Cash, $B',
    values: (r) => r.monthly.cashUsdB,
    format: (v) => fmtUsdB(v),
    axis: (v) => (v === 0 ? '0' : fmtUsdB(v, 0).replace('B', '')),
  },
  cost: {
    label: FIGURES.costAllInNow.name,
    unit: '¢ per query, all-in',
    values: (r) => r.monthly.costPerQueryAllInUsd.map((v) => v * 100),
    format: (v) => fmtCents(v / 100),
    axis: (v) => (v === 0 ? '0' : fmtCents(v / 100).replace('¢', '')),
  },
  power: {
    label: 'Energy per chat query (blended)',
    unit: 'Wh per query',
    values: (r) => r.monthly.whPerQueryBlended,
    format: fmtWh,
    axis: (v) => (v === 0 ? '0' : fmtWh(v).replace(' Wh', '')),
  },
  microsoft: {
    label: "Microsoft's take",
    unit: '$B per month',
    values: (r) => r.monthly.msTakeUsdB,
    format: (v) => fmtUsdB(v),
    axis: (v) => (v === 0 ? '0' : fmtUsdB(v, Math.abs(v) < 1 ? 1 : 0).replace('B', '')),
  },
};

export interface CompareSeries {
  name: string;
  result: ScenarioResult;
  color: ColorToken;
  dashed?: boolean;
}

/** Slot colours: the scenario on screen in ink, then blue dashed, then orange. Names at line ends too. */
export const SLOT_STYLE: { color: ColorToken; dashed: boolean }[] = [
  { color: 'blended', dashed: false },
  { color: 'depreciation', dashed: true },
  { color: 'energy', dashed: false },
];

const MARGIN = { left: 46, right: 110, top: 18, bottom: 22 };

/** Up to three scenarios' series on one axis: a line each, the scenario's name at its end. Pure. */
export function compareLayout(chart: DeckChartId, series: CompareSeries[], width: number, height: number): ChartLayout {
  const metric = COMPARE_METRICS[chart];
  const startMonth = series[0].result.startMonth;
  const months = Math.max(...series.map((s) => s.result.months));
  const left = MARGIN.left;
  const right = Math.max(left + 40, width - MARGIN.right);
  const x = monthScale(startMonth, months, left, right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const arrays = series.map((s) => metric.values(s.result));
  const y = linearY(minOf(...arrays), maxOf(...arrays), top, bottom);
  const panel = emptyPanel(chart, top, bottom, metric.unit, y);
  panel.yTicks = yTicks(y, metric.axis, 4);
  panel.zeroY = round1(y(0));
  const labels: EndLabel[] = [];
  series.forEach((s, i) => {
    const values = arrays[i];
    const offset = s.result.startMonth - startMonth;
    panel.lines.push({
      id: `s${i}`,
      d: seriesPath(values, x, y, startMonth + offset),
      color: s.color,
      width: i === 0 ? 2.5 : 2.25,
      dashed: s.dashed,
    });
    const last = values.length - 1;
    labels.push({
      x: round1(x(startMonth + offset + last)) + 4,
      y: y(values[last]),
      text: s.name.length > 16 ? `${s.name.slice(0, 15)}…` : s.name,
      color: s.color,
    });
  });
  panel.endLabels = spreadLabels(labels, top, bottom);
  return {
    width,
    height,
    left,
    right,
    startMonth,
    months,
    x,
    xTicks: yearTicks(x, startMonth, months),
    monthGridX: monthGrid(x, startMonth, months),
    panels: [panel],
    rules: [],
    bands: [],
    labelRowsTop: 0,
  };
}
