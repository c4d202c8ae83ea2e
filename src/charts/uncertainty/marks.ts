import type { UncertaintySummary } from '../../engine/uncertainty';
import { emptyPanel, type BarsMark, type ChartLayout, type ColorToken, type Panel } from '../common/layoutTypes';
import { linearScale, type LinearScale } from '../common/scale';
import { monthScale, round1 } from '../common/time';
import type { FanLayout } from './fanLayout';
import { pctText } from './findings';
import type { HistogramLayout } from './histogramLayout';
import type { ProbabilityLayout } from './probabilityLayout';
import type { TornadoLayout } from './tornadoLayout';

/*
 * The uncertainty layouts as marks for the shared renderer (ChartSvg): the same gridlines, axes,
 * areas, bars-as-one-path, lines, points and labels as the dashboard's charts.
 */

const pixels = (v: number) => v;

function frame(
  x: LinearScale,
  box: { width: number; height: number; left: number; right: number },
  panel: Panel,
  time?: { startMonth: number; months: number },
): ChartLayout {
  return {
    width: box.width,
    height: box.height,
    left: box.left,
    right: box.right,
    x,
    startMonth: time?.startMonth ?? 0,
    months: time?.months ?? 0,
    xTicks: [],
    monthGridX: [],
    panels: [panel],
    rules: [],
    bands: [],
    labelRowsTop: panel.top,
  };
}

/** Rectangles as one path: `M x,y h w v h h −w Z` each. */
function rects(
  id: string,
  color: ColorToken,
  boxes: { x: number; y: number; width: number; height: number }[],
): BarsMark {
  const d = boxes.map((b) => `M${b.x},${b.y}h${b.width}v${Math.max(0, b.height)}h${-b.width}Z`).join('');
  return { id, d, color };
}

export function fanMarks(l: FanLayout, s: Pick<UncertaintySummary, 'startMonth' | 'months'>): ChartLayout {
  const panel = emptyPanel('fan', l.top, l.bottom, '', pixels);
  panel.yTicks = l.yTicks;
  panel.zeroY = l.zeroY;
  panel.areas.push(
    { id: 'p10-p90', d: l.outer, color: 'mcOuter', fillOpacity: 0.3 },
    { id: 'p25-p75', d: l.inner, color: 'mcInner', fillOpacity: 0.35 },
  );
  panel.lines.push({ id: 'median', d: l.median, color: 'mcMedian', width: 2 });
  if (l.scenario) panel.lines.push({ id: 'scenario', d: l.scenario, color: 'ink', width: 1.25, dashed: true });
  return { ...frame(monthScale(s.startMonth, s.months, l.left, l.right), l, panel, s), xTicks: l.xTicks };
}

export function probabilityMarks(
  l: ProbabilityLayout,
  s: Pick<UncertaintySummary, 'startMonth' | 'months'>,
): ChartLayout {
  const panel = emptyPanel('probability', l.top, l.bottom, '', pixels);
  panel.yTicks = l.yTicks;
  panel.areas.push({ id: 'area', d: l.area, color: 'danger', fillOpacity: 0.12 });
  panel.lines.push({ id: 'p-insolvent', d: l.line, color: 'danger', width: 2 });
  for (const e of l.yearEnds) {
    panel.points.push({ x: e.x, y: e.y, label: '', title: `By Dec ${e.year}: ${pctText(e.p)}`, color: 'danger' });
    panel.texts.push({ x: e.x, y: round1(e.y - 7), text: pctText(e.p), anchor: 'middle' });
  }
  return { ...frame(monthScale(s.startMonth, s.months, l.left, l.right), l, panel, s), xTicks: l.xTicks };
}

export function histogramMarks(l: HistogramLayout): ChartLayout {
  const panel = emptyPanel('histogram', l.top, l.bottom, '', pixels);
  panel.yTicks = l.yTicks;
  panel.zeroY = l.bottom;
  panel.bars.push(
    rects(
      'years',
      'mcMedian',
      l.bars.filter((b) => !b.never),
    ),
    rects(
      'never',
      'ghost',
      l.bars.filter((b) => b.never),
    ),
  );
  for (const b of l.bars) {
    const cx = round1(b.x + b.width / 2);
    panel.texts.push(
      { x: cx, y: round1(b.y - 4), text: pctText(b.share), anchor: 'middle' },
      { x: cx, y: l.bottom + 16, text: b.label, anchor: 'middle' },
    );
  }
  return frame(linearScale([0, 1], [l.left, l.right]), l, panel);
}

export function tornadoMarks(l: TornadoLayout): ChartLayout {
  const panel = emptyPanel('tornado', l.top, l.height - 20, '', pixels);
  const box = (b: { x: number; width: number }, y: number) => ({
    x: b.x,
    y,
    width: Math.max(0.5, b.width),
    height: l.barHeight,
  });
  panel.bars.push(
    rects(
      'low',
      'mcLow',
      l.rows.map((r) => box(r.low, r.y)),
    ),
    rects(
      'high',
      'mcHigh',
      l.rows.map((r) => box(r.high, r.y)),
    ),
  );
  for (const r of l.rows)
    panel.texts.push({
      x: l.left - 8,
      y: round1(r.y + l.barHeight / 2 + 3.5),
      text: r.shortLabel,
      anchor: 'end',
      title: r.label,
      strong: true,
    });
  return {
    ...frame(linearScale([0, 1], [l.left, l.right]), { ...l, height: l.height }, panel),
    xTicks: l.xTicks,
    xTickAnchor: 'middle',
    rules: [{ x: l.zeroX, label: '', title: 'No change', color: 'ink', row: 0 }],
  };
}
