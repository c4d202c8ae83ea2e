import type { ScenarioResult } from '../../engine/types';
import { emptyPanel, type ChartLayout, type ColorToken, type EndLabel } from '../common/layoutTypes';
import type { ChartSpec } from '../common/spec';
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
} from '../common/time';

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

/** Up to three scenarios' series on one axis (the spec's compare metric): a line each, the scenario's name at its end. Pure. */
export function compareLayout(spec: ChartSpec, series: CompareSeries[], width: number, height: number): ChartLayout {
  const metric = spec.compare;
  const startMonth = series[0].result.startMonth;
  const months = Math.max(...series.map((s) => s.result.months));
  const left = MARGIN.left;
  // the names at the line ends take the room they need, up to 28 characters on a wide card
  // (16 on a narrow one), at ~6.2 px a character of 11 px bold type
  const maxChars = width >= 520 ? 28 : 16;
  const longest = Math.min(maxChars, Math.max(...series.map((s) => s.name.length)));
  const right = Math.max(left + 40, width - Math.max(MARGIN.right, Math.round(longest * 6.2) + 12));
  const x = monthScale(startMonth, months, left, right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const arrays = series.map((s) => metric.values(s.result));
  const y = linearY(minOf(...arrays), maxOf(...arrays), top, bottom);
  const panel = emptyPanel(spec.id, top, bottom, metric.unit, y);
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
      text: s.name.length > maxChars ? `${s.name.slice(0, maxChars - 1).trimEnd()}…` : s.name,
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
