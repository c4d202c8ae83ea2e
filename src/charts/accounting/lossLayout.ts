import { line, scaleLinear, scalePoint } from 'd3';
import { fmtUsdB, fmtUsdBTick } from '../../format';
import type { Tick } from '../common/layoutTypes';
import { round1 } from '../common/time';
import type { BridgeStep, LossPeriod, ReportedLoss } from './lossBridge';

export const LOSS_LINES = [
  { key: 'burnUsdB', label: 'Cash burn', color: 'burn', dashed: false },
  { key: 'operatingLossUsdB', label: 'Operating loss', color: 'depreciation', dashed: false },
  { key: 'netLossUsdB', label: 'Net loss', color: 'msShare', dashed: true },
] as const;

export type LossLineKey = (typeof LOSS_LINES)[number]['key'];

export interface LossLinesLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  lines: Array<{ key: LossLineKey; label: string; color: string; dashed: boolean; d: string }>;
  /** One tick per year, at its first period. */
  xTicks: Tick[];
  yTicks: Tick[];
  zeroY: number;
  points: Array<{ x: number; y: number; label: string; color: string }>;
  /** Each period's x, for the selected period's rule. */
  periodX: Record<string, number>;
}

const MARGIN = { left: 40, right: 8, top: 8, bottom: 20 };

/**
 * Three lines over the periods (quarters): cash burn, operating loss, net loss, $B per period,
 * and the record's figures as rings on the line they check.
 */
export function lossLinesLayout(
  periods: readonly LossPeriod[],
  reported: readonly ReportedLoss[],
  width: number,
  height: number,
): LossLinesLayout {
  const left = MARGIN.left;
  const right = Math.max(left + 10, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 10, height - MARGIN.bottom);
  const x = scalePoint<string>()
    .domain(periods.map((p) => p.label))
    .range([left, right])
    .padding(0.3);
  const marks = reported.filter((r) => periods.some((p) => p.label === r.period));
  const values = periods.flatMap((p) => LOSS_LINES.map((l) => p[l.key]));
  const lo = Math.min(0, ...values, ...marks.map((m) => m.valueUsdB));
  const hi = Math.max(1, ...values, ...marks.map((m) => m.valueUsdB));
  const y = scaleLinear().domain([lo, hi]).range([bottom, top]).nice(4);
  const path = line<LossPeriod>()
    .x((p) => x(p.label) ?? left)
    .y(() => 0);
  const lines = LOSS_LINES.map((l) => ({
    ...l,
    d: path.y((p) => round1(y(p[l.key])))(periods as LossPeriod[]) ?? '',
  }));
  const xTicks: Tick[] = [];
  let lastYear = '';
  for (const p of periods) {
    const year = p.label.replace(/^Q\d /, '').slice(0, 4);
    if (year !== lastYear) xTicks.push({ pos: round1(x(p.label) ?? left), label: year });
    lastYear = year;
  }
  const yTicks = y.ticks(4).map((v) => ({ pos: round1(y(v)), label: fmtUsdBTick(v) }));
  const colorOf = (key: LossLineKey) => LOSS_LINES.find((l) => l.key === key)!.color;
  const points = marks.map((m) => ({
    x: round1(x(m.period) ?? left),
    y: round1(y(m.valueUsdB)),
    label: `Reported ${m.period} ${m.note} ${fmtUsdB(m.valueUsdB)}`,
    color: colorOf(m.line),
  }));
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    lines,
    xTicks,
    yTicks,
    zeroY: round1(y(0)),
    points,
    periodX: Object.fromEntries(periods.map((p) => [p.label, round1(x(p.label) ?? left)])),
  };
}

export interface BridgeBar {
  id: string;
  /** Left edge and width of the bar in the bar column, px. */
  x: number;
  width: number;
  /** The bar goes up (adds to the loss) or down (takes from it), or is a total. */
  tone: 'total' | 'up' | 'down';
}

/** The waterfall's bars for one period's steps, in a column `width` px wide. */
export function bridgeBars(steps: readonly BridgeStep[], width: number): BridgeBar[] {
  const ends = steps.flatMap((s) => [s.startUsdB, s.endUsdB]);
  const x = scaleLinear()
    .domain([Math.min(0, ...ends), Math.max(0.001, ...ends)])
    .range([0, width]);
  return steps.map((s) => {
    const a = x(Math.min(s.startUsdB, s.endUsdB));
    const b = x(Math.max(s.startUsdB, s.endUsdB));
    return {
      id: s.id,
      x: round1(a),
      width: round1(Math.max(b - a, s.valueUsdB === 0 ? 0 : 1)),
      tone: s.total ? 'total' : s.valueUsdB >= 0 ? 'up' : 'down',
    };
  });
}
