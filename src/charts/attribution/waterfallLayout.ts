import type { Attribution, AttributionOutput } from '../../engine/attribution';
import { emptyPanel, type ChartLayout, type Tick } from '../common/layoutTypes';
import { linearScale, type LinearScale } from '../common/scale';
import { MINUS } from '../../format';
import { tickStep } from 'd3';
import { fmtChange } from './words';
import { TOP, waterfallHeight } from './waterfallSize';

/*
 * "What moved it" as a horizontal waterfall: one row per changed input, its bar running from
 * the total so far to the total after it, and a last row for the total from 0. Each row's
 * label (the input's name and its signed part) sits on the plot above its bar, so the chart
 * reads at any width without a legend.
 */

export type WaterfallColor = 'up' | 'down' | 'total';

export interface WaterfallBar {
  id: string;
  /** "Chip slip +$101B". */
  text: string;
  value: number;
  /** Running total before and after this bar, in the output's unit. */
  from: number;
  to: number;
  /** Pixels: x0 ≤ x1 whatever the sign. */
  x0: number;
  x1: number;
  y: number;
  height: number;
  labelY: number;
  /** The label starts at the bar's left end, or (bars in the right half) ends at its right end. */
  labelX: number;
  anchor: 'start' | 'end';
  color: WaterfallColor;
}

export interface WaterfallLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: LinearScale;
  zeroX: number;
  xTicks: Tick[];
  unit: string;
  bars: WaterfallBar[];
  /** Dotted steps from one bar's end to the next bar's start. */
  connectors: { x: number; y1: number; y2: number }[];
}

export interface WaterfallInput {
  attribution: Pick<Attribution, 'output' | 'total' | 'parts'>;
  width: number;
  /** Pixels per row (label line and bar); the height follows from the rows. */
  rowPx?: number;
  /** Scale for slides: type and bars grow together. */
  fontPx?: number;
}

const PAD_X = 8;

/**
 * The narrowest span the axis shows, in the output's unit ($1B, or one month): a change of $1M
 * is drawn as the sliver it is against $1B, not stretched to the full width.
 */
export const MIN_SPAN = 1;

/** Decimals that tell ticks `step` apart: 0.2 → 1, 0.05 → 2, 10 → 0. */
function decimalsFor(step: number): number {
  return step > 0 ? Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) : 0;
}

/**
 * A money tick with just the decimals its step needs ("$0.5", "$1.0", "$1.5"), in $T when the
 * axis reaches a trillion ("$0.4T", "$1.2T"); "0" at zero. The unit line says $B.
 */
export function usdBTick(v: number, step: number, trillions: boolean): string {
  if (v === 0) return '0';
  const [n, s, suffix] = trillions ? [Math.abs(v) / 1000, step / 1000, 'T'] : [Math.abs(v), step, ''];
  return `${v < 0 ? MINUS : ''}$${n.toFixed(decimalsFor(s))}${suffix}`;
}

export function waterfallLayout({ attribution: a, width, rowPx = 38, fontPx = 12 }: WaterfallInput): WaterfallLayout {
  const rows = a.parts.length + 1;
  const top = TOP;
  const bottom = top + rows * rowPx;
  const height = waterfallHeight(rows, rowPx);
  const left = PAD_X;
  const right = Math.max(left + 40, width - PAD_X);
  let running = 0;
  const steps = a.parts.map((p) => {
    const from = running;
    running += p.value;
    return { ...p, from, to: running };
  });
  const extent = [0, a.total, ...steps.map((s) => s.to)];
  let lo = Math.min(...extent);
  let hi = Math.max(...extent);
  // widen a small span away from zero, so a sliver stays a sliver and the ticks stay distinct
  const pad = MIN_SPAN - (hi - lo);
  if (pad > 0) {
    if (lo >= 0) hi += pad;
    else if (hi <= 0) lo -= pad;
    else {
      lo -= pad / 2;
      hi += pad / 2;
    }
  }
  const x = linearScale([lo, hi], [left, right], 5);
  const labelH = fontPx + 4;
  const barH = Math.max(4, rowPx - labelH - 6);
  const bar = (
    id: string,
    text: string,
    value: number,
    from: number,
    to: number,
    row: number,
    color: WaterfallColor,
  ): WaterfallBar => {
    const rowTop = top + row * rowPx;
    const [x0, x1] = [x(from), x(to)].sort((m, n) => m - n);
    const rightHalf = x0 > (left + right) / 2;
    return {
      id,
      text,
      value,
      from,
      to,
      x0,
      x1,
      y: rowTop + labelH,
      height: barH,
      labelY: rowTop + fontPx,
      labelX: rightHalf ? x1 : x0,
      anchor: rightHalf ? 'end' : 'start',
      color,
    };
  };
  const fmt = (v: number) => fmtChange(a.output as AttributionOutput, v);
  const bars = steps.map((s, i) =>
    bar(s.id, `${s.label} ${fmt(s.value)}`, s.value, s.from, s.to, i, s.value < 0 ? 'down' : 'up'),
  );
  bars.push(bar('total', `Total ${fmt(a.total)}`, a.total, 0, a.total, steps.length, 'total'));
  const connectors = bars.slice(0, -1).map((b, i) => ({ x: x(b.to), y1: b.y + b.height, y2: bars[i + 1].y }));
  // the unit rides on the ticks ("$50", or "20 mo" on the last), so no label collides with them
  const format = x.tickFormat(5);
  const values = x.ticks(5);
  const [d0, d1] = x.domain();
  const step = Math.abs(tickStep(d0, d1, 5));
  const trillions = Math.max(Math.abs(d0), Math.abs(d1)) >= 1000;
  const xTicks = values.map((v, i) => ({
    pos: x(v),
    label:
      a.output === 'insolvency'
        ? `${v === 0 ? '0' : format(v)}${i === values.length - 1 ? ' mo' : ''}`
        : usdBTick(v, step, trillions),
  }));
  const unit = a.output === 'insolvency' ? 'months' : '$B';
  return { width, height, left, right, top, bottom, x, zeroX: x(0), xTicks, unit, bars, connectors };
}

/**
 * The waterfall as marks for the one renderer (ChartPicture, as every chart is drawn): the value
 * ticks as gridlines and axis, each row a labelled bar, dotted steps between rows, and the zero
 * as a rule over the bars.
 */
export function waterfallMarks(l: WaterfallLayout): ChartLayout {
  const panel = emptyPanel('waterfall', l.top, l.bottom, '', (v) => v);
  panel.rows = l.bars.map((b) => ({
    id: b.id,
    className: `wf-row wf-${b.color}`,
    x: b.x0,
    width: Math.max(1, b.x1 - b.x0),
    y: b.y,
    height: b.height,
    label: { x: b.labelX, y: b.labelY, text: b.text, anchor: b.anchor },
  }));
  const steps = l.connectors.map((c) => `M${c.x},${c.y1}V${c.y2}`).join('');
  if (steps) panel.lines.push({ id: 'steps', d: steps, color: 'ink', width: 1, className: 'wf-step' });
  return {
    width: l.width,
    height: l.height,
    left: l.left,
    right: l.right,
    startMonth: 0,
    months: 0,
    x: l.x,
    xTicks: l.xTicks,
    xTickAnchor: 'middle',
    monthGridX: [],
    panels: [panel],
    rules: [{ x: l.zeroX, label: '', title: 'No change', color: 'ink', row: 0 }],
    bands: [],
    labelRowsTop: l.top,
  };
}
