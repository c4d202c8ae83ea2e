import { area, line } from 'd3';
import { linearScale, type LinearScale } from './scale';
import type { ScenarioResult } from '../../engine/types';
import type { EndLabel, Tick } from './layoutTypes';

export const LABEL_ROW_PX = 13;
export const LABEL_ROWS = 2;
/** Room above a panel for its unit label, and between two stacked panels. */
export const UNIT_ROW_PX = 13;
export const PANEL_GAP_PX = 24;

/** Splits a plot into an upper and a lower panel with the standard gap; the upper takes `upperShare`. */
export function twoPanels(top: number, bottom: number, upperShare: number): { upperBottom: number; lowerTop: number } {
  const upperBottom = top + (bottom - top - PANEL_GAP_PX) * upperShare;
  return { upperBottom, lowerTop: upperBottom + PANEL_GAP_PX };
}

/** x scale over month indices; a month's bar is centred on its index. */
export function monthScale(startMonth: number, months: number, left: number, right: number): LinearScale {
  return linearScale([startMonth - 0.5, startMonth + months - 0.5], [left, right]);
}

/** A tick at each January inside the range, thinned when years are narrow. */
export function yearTicks(x: LinearScale, startMonth: number, months: number): Tick[] {
  const firstYear = Math.ceil(startMonth / 12);
  const lastYear = Math.floor((startMonth + months - 1) / 12);
  const pxPerYear = Math.abs(x(startMonth + 12) - x(startMonth));
  const every = pxPerYear < 34 ? 2 : 1;
  const ticks: Tick[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    if ((y - firstYear) % every === 0) ticks.push({ pos: round1(x(y * 12 - 0.5)), label: String(y) });
  }
  return ticks;
}

export function monthGrid(x: LinearScale, startMonth: number, months: number): number[] {
  if (Math.abs(x(startMonth + 1) - x(startMonth)) < 5) return [];
  const out: number[] = [];
  for (let m = startMonth + 1; m < startMonth + months; m++) if (m % 12 !== 0) out.push(round1(x(m - 0.5)));
  return out;
}

/** A nice linear y scale for values between lo and hi (zero always inside for money). */
export function linearY(lo: number, hi: number, top: number, bottom: number, includeZero = true): LinearScale {
  let min = includeZero ? Math.min(0, lo) : lo;
  let max = includeZero ? Math.max(0, hi) : hi;
  if (!Number.isFinite(min) || !Number.isFinite(max)) [min, max] = [0, 1];
  if (max - min < 1e-12) max = min + 1;
  return linearScale([min, max], [bottom, top], 4);
}

/** linearY, or exactly `domain` when one is given (a scale shared across slides). */
export function fittedY(
  domain: readonly [number, number] | undefined,
  lo: number,
  hi: number,
  top: number,
  bottom: number,
): LinearScale {
  return domain ? linearScale([domain[0], domain[1]], [bottom, top]) : linearY(lo, hi, top, bottom);
}

export function yTicks(y: LinearScale, format: (v: number) => string, count = 4): Tick[] {
  return y.ticks(count).map((v) => ({ pos: round1(y(v)), label: format(v) }));
}

export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

type Y = (v: number) => number;
type X = (m: number) => number;

/** Outer margins of a time chart, in px. */
export interface Margin {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The frame every time chart shares: horizontal extent, the month scale across it (and its
 * fast closure), and the plot's top below the event-label rows and the unit row.
 */
export function timeFrame(result: ScenarioResult, margin: Margin, width: number, height: number) {
  const left = margin.left;
  const right = Math.max(left + 40, width - margin.right);
  const x = monthScale(result.startMonth, result.months, left, right);
  return {
    left,
    right,
    x,
    fx: linearFn(x),
    top: margin.top + LABEL_ROWS * LABEL_ROW_PX + UNIT_ROW_PX,
    bottom: height - margin.bottom,
  };
}

/**
 * A plain function for a linear scale: the same mapping as the d3 scale, as a closure the
 * path builders below can call a few thousand times per input event.
 */
export function linearFn(scale: LinearScale): Y {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (v) => r0 + (v - d0) * k;
}

/**
 * A coordinate rounded to 0.1 px as text, the same text as `${Math.round(v * 10) / 10}`, from
 * integers: printing a fractional double is ~4× slower, and a chart prints thousands per input.
 */
export function px(v: number): string {
  const n = Math.round(v * 10);
  if (!Number.isFinite(n)) return `${n}`;
  const i = Math.trunc(n / 10);
  const f = n % 10;
  if (f === 0) return `${i}`;
  return i === 0 && n < 0 ? `-0.${-f}` : `${i}.${f < 0 ? -f : f}`;
}

/**
 * The path text d3-shape's generators draw into (their `context`), rounded to 0.1 px: the same
 * text d3-path writes with `.digits(1)`, without its per-segment template function, which was
 * most of a chart's layout time.
 */
class PathText {
  d = '';
  moveTo(x: number, y: number): void {
    this.d += `M${px(x)},${px(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${px(x)},${px(y)}`;
  }
  closePath(): void {
    this.d += 'Z';
  }
}

/** Path of a monthly series (d3-shape's line, 0.1 px); months where `defined` is false break the line. */
export function seriesPath(
  values: ArrayLike<number>,
  x: X,
  y: Y,
  startMonth: number,
  defined?: (i: number) => boolean,
): string {
  const out = new PathText();
  line<number>()
    .defined((v, i) => Number.isFinite(v) && (!defined || defined(i)))
    .x((_, i) => x(startMonth + i))
    .y((v) => y(v))
    .context(out as unknown as CanvasRenderingContext2D)(Array.from(values));
  return out.d;
}

/** Stacked areas (d3-shape's area), bottom layer first; returns one path per layer and the running top. */
export function stackPaths(
  layers: ArrayLike<number>[],
  x: X,
  y: Y,
  startMonth: number,
): { paths: string[]; top: Float64Array } {
  const n = layers[0]?.length ?? 0;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const index = Array.from({ length: n }, (_, i) => i);
  const out = new PathText();
  const shape = area<number>()
    .x((i) => x(startMonth + i))
    .y0((i) => y(lower[i]))
    .y1((i) => y(upper[i]))
    .context(out as unknown as CanvasRenderingContext2D);
  const paths: string[] = [];
  for (const layer of layers) {
    for (let i = 0; i < n; i++) upper[i] = lower[i] + Math.max(0, finite(layer[i]));
    out.d = '';
    if (n) shape(index);
    paths.push(out.d);
    lower.set(upper);
  }
  return { paths, top: lower };
}

/** Monthly bars as one path: positive values rise from zero, negative ones hang below it. */
export function barsPath(
  values: ArrayLike<number>,
  x: X,
  y: Y,
  startMonth: number,
  keep: (v: number) => boolean,
): string {
  const slot = Math.abs(x(startMonth + 1) - x(startMonth));
  const w = round1(Math.max(0.6, slot * 0.72));
  const y0 = round1(y(0));
  let d = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || v === 0 || !keep(v)) continue;
    d += `M${px(x(startMonth + i) - w / 2)},${y0}V${px(y(v))}h${w}V${y0}Z`;
  }
  return d;
}

export function finite(v: number): number {
  return Number.isFinite(v) ? v : 0;
}

export function maxOf(...arrays: ArrayLike<number>[]): number {
  let m = -Infinity;
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]) && a[i] > m) m = a[i];
  return m;
}
export function minOf(...arrays: ArrayLike<number>[]): number {
  let m = Infinity;
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i]) && a[i] < m) m = a[i];
  return m;
}

/** Pushes line-end labels apart so they do not overlap (12 px apart), keeping their order. */
export function spreadLabels(labels: EndLabel[], top: number, bottom: number, gap = 12): EndLabel[] {
  // each label keeps where its line ends (lineY) while it is moved
  const sorted = labels.map((l) => ({ ...l, lineY: l.y })).sort((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    sorted[i] = { ...sorted[i], y: Math.max(top + 4, prev ? Math.max(sorted[i].y, prev.y + gap) : sorted[i].y) };
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    const next = sorted[i + 1];
    const limit = next ? next.y - gap : bottom;
    if (sorted[i].y > limit) sorted[i] = { ...sorted[i], y: limit };
  }
  // a label moved more than half a line off its line's end gets a leader back to it
  return sorted.map(({ lineY, ...l }) =>
    Math.abs(l.y - lineY) > 6 ? { ...l, y: round1(l.y), lineY: round1(lineY) } : { ...l, y: round1(l.y) },
  );
}

/**
 * The pinned baseline cut to the current horizon, so its ghost never runs past the axis;
 * null when it starts in another month and cannot be drawn on the same axis.
 */
export function alignBaseline(
  baseline: ScenarioResult | null | undefined,
  result: ScenarioResult,
): ScenarioResult | null {
  if (!baseline || baseline.startMonth !== result.startMonth) return null;
  if (baseline.months <= result.months) return baseline;
  const monthly = Object.fromEntries(
    Object.entries(baseline.monthly).map(([k, a]) => [k, a.subarray(0, result.months)]),
  ) as ScenarioResult['monthly'];
  return { ...baseline, months: result.months, monthly };
}
