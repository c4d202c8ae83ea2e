import type { LinearScale } from './scale';
import type { ScenarioResult } from '../../engine/types';
import type { Reported } from '../reported';
import type { ReferenceMark } from '../burn/referenceView';

/**
 * What every chart layout returns: plain marks in pixels, ready for React to draw as SVG.
 * Colours are palette tokens ('energy', 'cash', …) that the renderer maps to CSS variables,
 * so a layout stays pure and the theme stays in CSS.
 */
export type ColorToken =
  | 'energy'
  | 'depreciation'
  | 'rent'
  | 'msShare'
  | 'cash'
  | 'burn'
  | 'revenue'
  | 'rented'
  | 'owned'
  | 'silicon'
  | 'blended'
  | 'fleet'
  | 'idle'
  | 'capacity'
  | 'msTake'
  | 'stake'
  | 'reverse'
  | 'reported'
  | 'ghost'
  | 'event'
  | 'danger'
  | 'ink'
  | 'mcOuter'
  | 'mcInner'
  | 'mcMedian'
  | 'mcLow'
  | 'mcHigh';

export interface Tick {
  pos: number;
  label: string;
}

export interface LineMark {
  id: string;
  d: string;
  color: ColorToken;
  width?: number;
  dashed?: boolean;
  ghost?: boolean;
  /** A class that styles the line instead of the defaults (a waterfall's dotted steps). */
  className?: string;
}
export interface AreaMark {
  id: string;
  d: string;
  color: ColorToken;
  fillOpacity?: number;
}
/** Bars drawn as one path per colour: hundreds of rects cost more to diff than one string. */
export interface BarsMark {
  id: string;
  d: string;
  color: ColorToken;
}
export interface RuleMark {
  x: number;
  label: string;
  title: string;
  color: ColorToken;
  dashed?: boolean;
  row: number;
}
export interface BandMark {
  x0: number;
  x1: number;
  label: string;
  title: string;
  color: ColorToken;
  dashed?: boolean;
  row: number;
}
export interface PointMark {
  x: number;
  y: number;
  label: string;
  title: string;
  color: ColorToken;
}
export interface EndLabel {
  x: number;
  y: number;
  text: string;
  color: ColorToken;
  /** Where the line it names ends, when spreading moved the label off it: a leader joins them. */
  lineY?: number;
}
/** A free label: a value above a dot or a bar, a category under a bar, a lever's name. */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  title?: string;
  strong?: boolean;
}
/** A bar on a row of its own with its words above it (a waterfall's step): one group, found by its id. */
export interface RowMark {
  id: string;
  /** Classes of the row's group, which colour it ("wf-row wf-up"). */
  className: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: { x: number; y: number; text: string; anchor: 'start' | 'end' };
}
/** A horizontal reference (a published estimate) with a short label at the right. */
export interface RefMark {
  y: number;
  labelY: number;
  label: string;
  title: string;
}

export interface Panel {
  id: string;
  top: number;
  bottom: number;
  /** Unit of the y axis, drawn above the ticks: "$B", "¢ per query". */
  unit: string;
  yTicks: Tick[];
  zeroY: number | null;
  y: LinearScale | ((v: number) => number);
  areas: AreaMark[];
  bars: BarsMark[];
  lines: LineMark[];
  points: PointMark[];
  refs: RefMark[];
  endLabels: EndLabel[];
  texts: TextMark[];
  rows: RowMark[];
}

export interface ChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  startMonth: number;
  months: number;
  x: LinearScale;
  xTicks: Tick[];
  /** Faint month gridlines; empty when months are too narrow to show. */
  monthGridX: number[];
  panels: Panel[];
  /** Dated events drawn across all panels. */
  rules: RuleMark[];
  bands: BandMark[];
  /** Top of the band/rule label rows (above the first panel). */
  labelRowsTop: number;
  /** Where x tick labels sit against their tick: after it (years) or centred (values). */
  xTickAnchor?: 'start' | 'middle';
  /** "Now" (the latest month with reported figures): the record before it, the projection (shaded) after. */
  now?: { x: number; label: string; title: string };
}

export function emptyPanel(id: string, top: number, bottom: number, unit: string, y: Panel['y']): Panel {
  return {
    id,
    top,
    bottom,
    unit,
    y,
    yTicks: [],
    zeroY: null,
    areas: [],
    bars: [],
    lines: [],
    points: [],
    refs: [],
    endLabels: [],
    texts: [],
    rows: [],
  };
}

/** Fixed y domains by panel id ('cash', 'burn', …), e.g. one scale shared by every slide of a deck. */
export type YDomains = Readonly<Record<string, readonly [number, number]>>;

/** What a time chart's layout takes: the result, an optional pinned baseline, reported points, a size. */
export interface TimeChartInput {
  result: ScenarioResult;
  baseline?: ScenarioResult | null;
  reported?: Reported | null;
  width: number;
  height: number;
  /** Use these y domains instead of fitting each panel to its data. */
  yDomains?: YDomains;
  /** An outside view chosen as the reference: its published figures, drawn as labelled marks. */
  reference?: ReferenceDraw | null;
}

/** An outside view's published figures as the burn chart draws them (src/charts/burn/referenceView.ts). */
export interface ReferenceDraw {
  /** "HSBC, Nov 2025": names the marks. */
  name: string;
  marks: readonly ReferenceMark[];
}
