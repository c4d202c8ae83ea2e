import { memo } from 'react';
import type { BandMark, ChartLayout, RuleMark, Tick } from './layoutTypes';
import { byValue, color } from './paint';
import { PanelAxis, PanelMarks } from './PanelMarks';
import { LABEL_ROW_PX } from './time';

export { color, textColor } from './paint';

/** The baseline of a band's or a rule's label, in its label row above the plot. */
const labelY = (labelRowsTop: number, row: number) => labelRowsTop + (row + 1) * LABEL_ROW_PX - 3;

/**
 * Which of a chart's marks to draw. "all": the whole chart in one SVG (slides, exports, the
 * embed). The dashboard's cards draw it as three SVGs stacked in this order (ChartPicture's
 * `layered`), so that a new result repaints only the layer whose marks moved: Chromium re-records
 * every element of an SVG any of whose elements changed, and most of a chart (gridlines, axes,
 * bands, rules) stays put while its lines move.
 * - "under": gridlines, bands, the projection's shade, the y axes and the x axis;
 * - "marks": each panel's areas, bars, lines, points and labels;
 * - "over": the now line and the event rules, drawn over the marks as in "all".
 */
export type ChartPart = 'all' | 'under' | 'marks' | 'over';

/**
 * Draws a ChartLayout: gridlines, bands, areas, bars, lines, points, labels, axes. No state.
 * Ticks and labels are keyed by position in their list, so a new result updates their text and
 * coordinates in place instead of replacing the elements; each part re-renders only when its
 * own marks change.
 */
export const ChartSvg = memo(function ChartSvg({ layout, part = 'all' }: { layout: ChartLayout; part?: ChartPart }) {
  const { left, right, panels, xTicks, monthGridX, rules, bands, labelRowsTop, height, xTickAnchor = 'start' } = layout;
  const plotTop = panels[0]?.top ?? 0;
  const plotBottom = panels[panels.length - 1]?.bottom ?? height;
  const gridX = monthGridX.join();
  const years = xTicks.map((t) => t.pos).join();
  const span = { plotTop, plotBottom, labelRowsTop };
  const all = part === 'all';
  const under = all || part === 'under';
  const over = all || part === 'over';
  return (
    <g className="chart-body">
      {under &&
        panels.map((p) => (
          <PanelGrid
            key={`grid-${p.id}`}
            monthGridX={gridX}
            years={years}
            top={p.top}
            bottom={p.bottom}
            yTicks={p.yTicks}
            left={left}
            right={right}
          />
        ))}
      {under && <Bands bands={bands} {...span} />}
      {under && layout.now && <NowShade now={layout.now} right={right} {...span} />}
      {part === 'under' && panels.map((p) => <PanelAxis key={`axis-${p.id}`} panel={p} left={left} />)}
      {(all || part === 'marks') &&
        panels.map((p) => <PanelMarks key={p.id} panel={p} left={left} right={right} axis={all} />)}
      {over && layout.now && <NowLine now={layout.now} {...span} />}
      {over && <Rules rules={rules} {...span} />}
      {under && <XAxis xTicks={xTicks} y={plotBottom + 14} anchor={xTickAnchor} />}
    </g>
  );
});

interface Span {
  plotTop: number;
  plotBottom: number;
  labelRowsTop: number;
}

const PanelGrid = byValue(function PanelGrid({
  monthGridX,
  years,
  top,
  bottom,
  yTicks,
  left,
  right,
}: {
  monthGridX: string;
  years: string;
  top: number;
  bottom: number;
  yTicks: Tick[];
  left: number;
  right: number;
}) {
  return (
    <g className="grid">
      <TimeGrid monthGridX={monthGridX} years={years} top={top} bottom={bottom} />
      {yTicks.map((t, i) => (
        <line key={i} x1={left} x2={right} y1={t.pos} y2={t.pos} className="grid-y" />
      ))}
    </g>
  );
});

const Bands = byValue(function Bands({ bands, plotTop, plotBottom, labelRowsTop }: { bands: BandMark[] } & Span) {
  return bands.map((b, i) => (
    <g key={`band-${i}`} className="band">
      <title>{b.title}</title>
      <rect
        x={Math.min(b.x0, b.x1)}
        width={Math.max(1, Math.abs(b.x1 - b.x0))}
        y={plotTop}
        height={plotBottom - plotTop}
        fill={color(b.color)}
        className={b.dashed ? 'band-fill band-dashed' : 'band-fill'}
      />
      <line
        x1={b.x0}
        x2={b.x1}
        y1={labelY(labelRowsTop, b.row) + 3}
        y2={labelY(labelRowsTop, b.row) + 3}
        stroke={color(b.color)}
        strokeDasharray={b.dashed ? '4 3' : undefined}
        className="band-span"
      />
      <text x={Math.min(b.x0, b.x1) + 2} y={labelY(labelRowsTop, b.row)} className="event-label">
        {b.label}
      </text>
    </g>
  ));
});

type Now = NonNullable<ChartLayout['now']>;

const NowShade = byValue(function NowShade({ now, right, plotTop, plotBottom }: { now: Now; right: number } & Span) {
  return (
    <g className="now">
      <title>{now.title}</title>
      <rect
        x={now.x}
        width={Math.max(0, right - now.x)}
        y={plotTop}
        height={plotBottom - plotTop}
        className="projection-shade"
      />
    </g>
  );
});

const NowLine = byValue(function NowLine({ now, plotTop, plotBottom }: { now: Now } & Span) {
  return (
    <g className="now">
      <line x1={now.x} x2={now.x} y1={plotTop} y2={plotBottom} className="now-line" />
      <text x={now.x + 3} y={plotTop + 9} className="now-label">
        {now.label} →
      </text>
    </g>
  );
});

const Rules = byValue(function Rules({ rules, plotTop, plotBottom, labelRowsTop }: { rules: RuleMark[] } & Span) {
  return rules.map((r, i) => (
    <g key={`rule-${i}`} className="rule">
      <title>{r.title}</title>
      <line
        x1={r.x}
        x2={r.x}
        y1={r.label ? labelY(labelRowsTop, r.row) + 2 : plotTop}
        y2={plotBottom}
        stroke={color(r.color)}
        strokeDasharray={r.dashed ? '3 3' : undefined}
      />
      {r.label && (
        <text x={r.x + 2} y={labelY(labelRowsTop, r.row)} className="event-label">
          {r.label}
        </text>
      )}
    </g>
  ));
});

const XAxis = byValue(function XAxis({ xTicks, y, anchor }: { xTicks: Tick[]; y: number; anchor: 'start' | 'middle' }) {
  return (
    <g className="axis axis-x">
      {xTicks.map((t) => (
        <text key={t.label} x={anchor === 'start' ? t.pos + 2 : t.pos} y={y} textAnchor={anchor}>
          {t.label}
        </text>
      ))}
    </g>
  );
});

/**
 * Month and year gridlines as one path each (hundreds of <line>s cost style and paint time on
 * every frame); props are strings so a new result with the same axis skips them.
 */
const TimeGrid = memo(function TimeGrid({
  monthGridX,
  years,
  top,
  bottom,
}: {
  monthGridX: string;
  years: string;
  top: number;
  bottom: number;
}) {
  const d = (s: string) =>
    s
      ? s
          .split(',')
          .map((x) => `M${x},${top}V${bottom}`)
          .join('')
      : '';
  return (
    <>
      <path d={d(monthGridX)} className="grid-month" />
      <path d={d(years)} className="grid-year" />
    </>
  );
});
