import { memo } from 'react';
import type { ChartLayout, ColorToken, Panel } from './layoutTypes';
import { LABEL_ROW_PX } from './time';

export const color = (t: ColorToken) => `var(--c-${t})`;
/** How much an area lets the grid show through, times its own fill opacity (an attribute, not CSS `opacity`: see src/styles.css). */
const AREA_OPACITY = 0.88;
/** Text in a series' colour, darkened where the fill colour is too light to read. */
export const textColor = (t: ColorToken) => `var(--tx-${t}, var(--c-${t}))`;

/**
 * Draws a ChartLayout: gridlines, bands, areas, bars, lines, points, labels, axes. No state.
 * Ticks and labels are keyed by position in their list, so a new result updates their text and
 * coordinates in place instead of replacing the elements.
 */
export const ChartSvg = memo(function ChartSvg({ layout }: { layout: ChartLayout }) {
  const { left, right, panels, xTicks, monthGridX, rules, bands, labelRowsTop, height, xTickAnchor = 'start' } = layout;
  const plotTop = panels[0]?.top ?? 0;
  const plotBottom = panels[panels.length - 1]?.bottom ?? height;
  const labelY = (row: number) => labelRowsTop + (row + 1) * LABEL_ROW_PX - 3;
  return (
    <g className="chart-body">
      {panels.map((p) => (
        <g key={`grid-${p.id}`} className="grid">
          <TimeGrid
            monthGridX={monthGridX.join()}
            years={xTicks.map((t) => t.pos).join()}
            top={p.top}
            bottom={p.bottom}
          />
          {p.yTicks.map((t, i) => (
            <line key={i} x1={left} x2={right} y1={t.pos} y2={t.pos} className="grid-y" />
          ))}
        </g>
      ))}
      {bands.map((b, i) => (
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
            y1={labelY(b.row) + 3}
            y2={labelY(b.row) + 3}
            stroke={color(b.color)}
            strokeDasharray={b.dashed ? '4 3' : undefined}
            className="band-span"
          />
          <text x={Math.min(b.x0, b.x1) + 2} y={labelY(b.row)} className="event-label">
            {b.label}
          </text>
        </g>
      ))}
      {layout.now && (
        <g className="now">
          <title>{layout.now.title}</title>
          <rect
            x={layout.now.x}
            width={Math.max(0, right - layout.now.x)}
            y={plotTop}
            height={plotBottom - plotTop}
            className="projection-shade"
          />
        </g>
      )}
      {panels.map((p) => (
        <PanelMarks key={p.id} panel={p} left={left} right={right} />
      ))}
      {layout.now && (
        <g className="now">
          <line x1={layout.now.x} x2={layout.now.x} y1={plotTop} y2={plotBottom} className="now-line" />
          <text x={layout.now.x + 3} y={plotTop + 9} className="now-label">
            {layout.now.label} →
          </text>
        </g>
      )}
      {rules.map((r, i) => (
        <g key={`rule-${i}`} className="rule">
          <title>{r.title}</title>
          <line
            x1={r.x}
            x2={r.x}
            y1={r.label ? labelY(r.row) + 2 : plotTop}
            y2={plotBottom}
            stroke={color(r.color)}
            strokeDasharray={r.dashed ? '3 3' : undefined}
          />
          {r.label && (
            <text x={r.x + 2} y={labelY(r.row)} className="event-label">
              {r.label}
            </text>
          )}
        </g>
      ))}
      <g className="axis axis-x">
        {xTicks.map((t) => (
          <text
            key={t.label}
            x={xTickAnchor === 'start' ? t.pos + 2 : t.pos}
            y={plotBottom + 14}
            textAnchor={xTickAnchor}
          >
            {t.label}
          </text>
        ))}
      </g>
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

function PanelMarks({ panel: p, left, right }: { panel: Panel; left: number; right: number }) {
  return (
    <g className={`panel panel-${p.id}`} data-panel={p.id}>
      <text x={2} y={p.top - 7} className="axis-unit">
        {p.unit}
      </text>
      <g className="axis axis-y">
        {p.yTicks.map((t, i) => (
          <text key={i} x={left - 6} y={t.pos + 3.5}>
            {t.label}
          </text>
        ))}
      </g>
      {p.areas.map((a) => (
        <path
          key={a.id}
          d={a.d}
          fill={color(a.color)}
          fillOpacity={AREA_OPACITY * (a.fillOpacity ?? 1)}
          className="area"
          data-series={a.id}
        />
      ))}
      {p.bars.map((b) => (
        <path key={b.id} d={b.d} fill={color(b.color)} className="bars" data-series={b.id} />
      ))}
      {p.zeroY !== null && <line x1={left} x2={right} y1={p.zeroY} y2={p.zeroY} className="zero-line" />}
      {p.lines.map((l) => (
        <path
          key={l.id}
          d={l.d}
          fill="none"
          stroke={color(l.color)}
          strokeWidth={l.width ?? 1.5}
          strokeDasharray={l.dashed ? '5 3' : undefined}
          className={l.className ?? (l.ghost ? 'line ghost' : 'line')}
          data-series={l.id}
        />
      ))}
      {p.refs.map((r) => (
        <g key={r.label} className="ref">
          <title>{r.title}</title>
          <line x1={left} x2={right} y1={r.y} y2={r.y} />
          <text x={right + 4} y={r.labelY + 3}>
            {r.label}
          </text>
        </g>
      ))}
      {p.points.map((pt, i) => (
        <g key={i} className={pt.color === 'reported' ? 'point reported' : 'point'}>
          <title>{pt.title}</title>
          <circle
            cx={pt.x}
            cy={pt.y}
            r={pt.color === 'reported' ? 4 : 4.5}
            stroke={color(pt.color)}
            fill={pt.color === 'reported' ? 'var(--bg)' : color(pt.color)}
            strokeWidth={1.75}
          />
          {pt.color !== 'reported' &&
            // in the right half a label sits below-left of its point, clear of the line-end labels and of
            // a falling line
            (pt.x > (left + right) / 2 ? (
              <text x={pt.x - 7} y={pt.y + 14} className="point-label" textAnchor="end">
                {pt.label}
              </text>
            ) : (
              <text x={pt.x + 7} y={pt.y - 6} className="point-label">
                {pt.label}
              </text>
            ))}
        </g>
      ))}
      {p.texts.map((t, i) => (
        <text
          key={i}
          x={t.x}
          y={t.y}
          textAnchor={t.anchor}
          className={t.strong ? 'mark-label mark-label-strong' : 'mark-label'}
        >
          {t.text}
          {t.title && <title>{t.title}</title>}
        </text>
      ))}
      {p.endLabels.map((l, i) => (
        <g key={i}>
          {l.lineY !== undefined && (
            <line x1={l.x - 4} y1={l.lineY} x2={l.x - 1} y2={l.y} stroke={textColor(l.color)} className="end-leader" />
          )}
          <text x={l.x} y={l.y + 3.5} fill={textColor(l.color)} className="end-label">
            {l.text}
          </text>
        </g>
      ))}
      {p.rows.map((r) => (
        <g key={r.id} className={r.className} data-part={r.id}>
          <rect x={r.x} width={r.width} y={r.y} height={r.height} className="row-bar" />
          <text x={r.label.x} y={r.label.y} textAnchor={r.label.anchor} className="row-label">
            {r.label.text}
          </text>
        </g>
      ))}
    </g>
  );
}
