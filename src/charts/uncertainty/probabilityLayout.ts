import { area, curveStepAfter, line, scaleLinear } from 'd3';
import type { UncertaintySummary } from '../../engine/uncertainty';
import type { Tick } from '../common/layoutTypes';
import { monthScale, round1, yearTicks } from '../common/time';
import { plotBox, type PlotBox } from './fanLayout';

export interface ProbabilityLayout extends PlotBox {
  xTicks: Tick[];
  yTicks: Tick[];
  /** The cumulative curve as a step line and the area under it. */
  line: string;
  area: string;
  /** A dot at each December: the probability by the end of that year. */
  yearEnds: { x: number; y: number; year: number; p: number }[];
}

/** P(cash < 0 in some month ≤ m), 0–100%, as a step curve over the months. */
export function probabilityLayout(summary: UncertaintySummary, width: number, height: number): ProbabilityLayout {
  const box = plotBox(width, height);
  const { startMonth, months, pInsolventBy } = summary;
  const x = monthScale(startMonth, months, box.left, box.right);
  const y = scaleLinear().domain([0, 1]).range([box.bottom, box.top]);
  // Steps change at month boundaries: point i sits at the start of month i and holds to its end.
  const idx = Array.from({ length: months + 1 }, (_, i) => i);
  const px = (i: number) => x(startMonth + i - 0.5);
  const py = (i: number) => y(pInsolventBy[Math.min(i, months - 1)]);
  const yearEnds: ProbabilityLayout['yearEnds'] = [];
  for (let t = 0; t < months; t++) {
    if ((startMonth + t) % 12 === 11)
      yearEnds.push({
        x: round1(x(startMonth + t + 0.5)),
        y: round1(y(pInsolventBy[t])),
        year: Math.floor((startMonth + t) / 12),
        p: pInsolventBy[t],
      });
  }
  return {
    ...box,
    xTicks: yearTicks(x, startMonth, months),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ pos: round1(y(v)), label: `${v * 100}%` })),
    line: line<number>().curve(curveStepAfter).x(px).y(py).digits(1)(idx) ?? '',
    area: area<number>().curve(curveStepAfter).x(px).y0(box.bottom).y1(py).digits(1)(idx) ?? '',
    yearEnds,
  };
}
