import { scaleLinear } from 'd3';
import type { Tornado } from '../../engine/uncertainty';
import type { Tick } from '../common/layoutTypes';
import { round1 } from '../common/time';

export interface TornadoRow {
  leverId: string;
  label: string;
  /** The label cut with an ellipsis to fit the label column (full text goes in a tooltip). */
  shortLabel: string;
  y: number;
  /** Bars from the base value to the value with the lever at its low and at its high. */
  low: { x: number; width: number; delta: number; never: boolean };
  high: { x: number; width: number; delta: number; never: boolean };
}

export interface TornadoLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  rowHeight: number;
  barHeight: number;
  /** x of the base value (delta 0). */
  zeroX: number;
  xTicks: Tick[];
  rows: TornadoRow[];
}

export const TORNADO_LABEL_PX = 220;

/** Horizontal bars of the change in the metric, largest swing on top; `rows` caps how many are drawn. */
export function tornadoLayout(
  t: Tornado,
  width: number,
  maxRows = 12,
  format: (v: number) => string = String,
): TornadoLayout {
  const bars = t.bars.filter((b) => b.swing > 0).slice(0, maxRows);
  const rowHeight = 22;
  const barHeight = 14;
  const top = 8;
  const left = Math.min(TORNADO_LABEL_PX, Math.round(width * 0.45));
  const right = Math.max(left + 20, width - 12);
  let lo = 0;
  let hi = 0;
  for (const b of bars) {
    lo = Math.min(lo, b.deltaLow, b.deltaHigh);
    hi = Math.max(hi, b.deltaLow, b.deltaHigh);
  }
  if (hi - lo < 1e-9) hi = lo + 1;
  // About one tick per 70 px, so "−30 mo" labels never touch.
  const tickCount = Math.max(2, Math.min(6, Math.floor((right - left) / 70)));
  const x = scaleLinear().domain([lo, hi]).range([left, right]).nice(tickCount);
  const zeroX = round1(x(0));
  const bar = (delta: number, never: boolean) => {
    const a = x(Math.min(0, delta));
    const b = x(Math.max(0, delta));
    return { x: round1(a), width: round1(b - a), delta, never };
  };
  const height = top + bars.length * rowHeight + 24;
  return {
    width,
    height,
    left,
    right,
    top,
    rowHeight,
    barHeight,
    zeroX,
    xTicks: x.ticks(tickCount).map((v) => ({ pos: round1(x(v)), label: format(v) })),
    rows: bars.map((b, i) => ({
      leverId: b.leverId,
      label: b.label,
      shortLabel: fitLabel(b.label, left - 10),
      y: top + i * rowHeight + (rowHeight - barHeight) / 2,
      low: bar(b.deltaLow, b.neverAtLow),
      high: bar(b.deltaHigh, b.neverAtHigh),
    })),
  };
}

/** Cuts a label to about `px` pixels of 11 px text (≈ 6 px a character), ending in an ellipsis. */
export function fitLabel(label: string, px: number): string {
  const max = Math.max(4, Math.floor(px / 6));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
