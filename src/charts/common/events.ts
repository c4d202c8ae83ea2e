import { monthLabel } from '../../registry/month';
import type { LinearScale } from './scale';
import type { EngineEvent, EventKind } from '../../engine/types';
import type { BandMark, ChartLayout, ColorToken, Panel, RuleMark } from './layoutTypes';
import { LABEL_ROWS, monthGrid, round1, yearTicks } from './time';

const COLOR: Record<EventKind, ColorToken> = {
  funding: 'cash',
  stargate: 'owned',
  chip: 'silicon',
  regime: 'msTake',
  contract: 'rent',
  planb: 'msShare',
};

/**
 * Dated events as thin rules (a single month) or bands (a span); a slipped date is a dashed
 * band from the planned month to the actual one. Labels take the first row with room: the bands'
 * first (a shaded span with no name leaves the reader guessing), then the rules', each in month
 * order; a label with no room is left to the mark's tooltip.
 */
export function eventMarks(
  events: readonly EngineEvent[],
  kinds: readonly EventKind[],
  x: LinearScale,
  startMonth: number,
  months: number,
): { rules: RuleMark[]; bands: BandMark[] } {
  const first = startMonth;
  const last = startMonth + months - 1;
  const rules: RuleMark[] = [];
  const bands: BandMark[] = [];
  /** Marks whose label still needs a row, bands before rules. */
  const toPlace: { bands: Array<RuleMark | BandMark>; rules: Array<RuleMark | BandMark> } = { bands: [], rules: [] };
  const inRange = (m: number) => m >= first && m <= last;
  const sorted = events.filter((e) => kinds.includes(e.kind)).sort((a, b) => a.month - b.month);
  for (const e of sorted) {
    const color = COLOR[e.kind];
    const slipped = e.plannedMonth !== undefined && e.plannedMonth !== e.month;
    if (slipped) {
      const a = Math.max(first, Math.min(e.plannedMonth!, e.month));
      const b = Math.min(last, Math.max(e.plannedMonth!, e.month));
      const label = /slip/i.test(e.label) ? e.label : `${e.label} (slipped)`;
      if (b >= a) {
        const band = { x0: round1(x(a)), x1: round1(x(b)), label, title: label, color, dashed: true, row: 0 };
        bands.push(band);
        toPlace.bands.push(band);
      }
      if (inRange(e.month)) rules.push({ x: round1(x(e.month)), label: '', title: e.label, color, row: 0 });
    }
    if (e.endMonth !== undefined && e.endMonth > e.month) {
      // a span (a build-out, a ramp); after a slip it starts at the actual month, unlabelled
      const a = Math.max(first, e.month);
      const b = Math.min(last, e.endMonth);
      const label = slipped ? '' : e.label;
      if (b >= a) {
        const band = { x0: round1(x(a - 0.5)), x1: round1(x(b + 0.5)), label, title: e.label, color, row: 0 };
        bands.push(band);
        if (label) toPlace.bands.push(band);
      }
    } else if (!slipped && inRange(e.month)) {
      const rule = { x: round1(x(e.month)), label: e.label, title: e.label, color, row: 0 };
      rules.push(rule);
      toPlace.rules.push(rule);
    }
  }
  // each row holds the spans its labels take; a label goes in the first row where it touches none
  const taken: Array<Array<[number, number]>> = Array.from({ length: LABEL_ROWS }, () => []);
  for (const mark of [...toPlace.bands, ...toPlace.rules]) {
    const from = 'x0' in mark ? Math.min(mark.x0, mark.x1) : mark.x;
    const to = from + mark.label.length * LABEL_CHAR_PX;
    const row = taken.findIndex((spans) => spans.every(([a, b]) => to + 8 <= a || from >= b + 8));
    if (row < 0) mark.label = '';
    else {
      mark.row = row;
      taken[row].push([from, to]);
    }
  }
  return { rules, bands };
}

/** Approximate width of a character of a 10 px event label. */
export const LABEL_CHAR_PX = 5.8;

/**
 * The finished layout of a time chart: its panels, the year ticks and month grid of its
 * frame, and the dated events of the given kinds as rules and bands above the plot.
 */
export function timeChartLayout(
  result: { startMonth: number; months: number; events: readonly EngineEvent[]; summary?: { nowMonth: number } },
  frame: { left: number; right: number; x: LinearScale },
  size: { width: number; height: number; labelRowsTop: number },
  panels: Panel[],
  eventKinds: readonly EventKind[],
): ChartLayout {
  const { startMonth, months } = result;
  const { left, right, x } = frame;
  const { rules, bands } = eventMarks(result.events, eventKinds, x, startMonth, months);
  const layout: ChartLayout = {
    width: size.width,
    height: size.height,
    left,
    right,
    startMonth,
    months,
    x,
    xTicks: yearTicks(x, startMonth, months),
    monthGridX: monthGrid(x, startMonth, months),
    panels,
    rules,
    bands,
    labelRowsTop: size.labelRowsTop,
  };
  const now = result.summary?.nowMonth;
  if (now !== undefined && now >= startMonth && now < startMonth + months - 1) {
    const label = monthLabel(now);
    layout.now = {
      x: Math.round(x(now + 0.5) * 10) / 10,
      label: `now · ${label}`,
      title: `Now: ${label}, the latest month with reported figures; to its right, the projection`,
    };
  }
  return layout;
}
