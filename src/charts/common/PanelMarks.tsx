import type { EndLabel, Panel, PointMark, RefMark, RowMark, TextMark, Tick } from './layoutTypes';
import { AREA_OPACITY, byValue, color, textColor } from './paint';

/**
 * A panel: its y axis and marks, each list a part of its own, so a step that moves one line
 * re-renders only that part. Without `axis`, the marks alone (the axis is drawn in the layer
 * beneath: see ChartSvg's parts).
 */
export function PanelMarks({
  panel: p,
  left,
  right,
  axis = true,
}: {
  panel: Panel;
  left: number;
  right: number;
  axis?: boolean;
}) {
  return (
    <g className={`panel panel-${p.id}`} data-panel={p.id}>
      {axis && <PanelAxis panel={p} left={left} />}
      <Paths areas={p.areas} bars={p.bars} lines={p.lines} zeroY={p.zeroY} left={left} right={right} />
      <Refs refs={p.refs} left={left} right={right} />
      <Points points={p.points} left={left} right={right} />
      <Texts texts={p.texts} />
      <EndLabels endLabels={p.endLabels} />
      <Rows rows={p.rows} />
    </g>
  );
}

/** A panel's y axis: its unit and tick labels. */
export function PanelAxis({ panel: p, left }: { panel: Panel; left: number }) {
  return <YAxis unit={p.unit} top={p.top} yTicks={p.yTicks} left={left} />;
}

const YAxis = byValue(function YAxis({
  unit,
  top,
  yTicks,
  left,
}: {
  unit: string;
  top: number;
  yTicks: Tick[];
  left: number;
}) {
  return (
    <>
      <text x={2} y={top - 7} className="axis-unit">
        {unit}
      </text>
      <g className="axis axis-y">
        {yTicks.map((t, i) => (
          <text key={i} x={left - 6} y={t.pos + 3.5}>
            {t.label}
          </text>
        ))}
      </g>
    </>
  );
});

const Paths = byValue(function Paths({
  areas,
  bars,
  lines,
  zeroY,
  left,
  right,
}: Pick<Panel, 'areas' | 'bars' | 'lines' | 'zeroY'> & { left: number; right: number }) {
  return (
    <>
      {areas.map((a) => (
        <path
          key={a.id}
          d={a.d}
          fill={color(a.color)}
          fillOpacity={AREA_OPACITY * (a.fillOpacity ?? 1)}
          className="area"
          data-series={a.id}
        />
      ))}
      {bars.map((b) => (
        <path key={b.id} d={b.d} fill={color(b.color)} className="bars" data-series={b.id} />
      ))}
      {zeroY !== null && <line x1={left} x2={right} y1={zeroY} y2={zeroY} className="zero-line" />}
      {lines.map((l) => (
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
    </>
  );
});

const Refs = byValue(function Refs({ refs, left, right }: { refs: RefMark[]; left: number; right: number }) {
  return refs.map((r) => (
    <g key={r.label} className="ref">
      <title>{r.title}</title>
      <line x1={left} x2={right} y1={r.y} y2={r.y} />
      <text x={right + 4} y={r.labelY + 3}>
        {r.label}
      </text>
    </g>
  ));
});

const Points = byValue(function Points({ points, left, right }: { points: PointMark[]; left: number; right: number }) {
  return points.map((pt, i) => (
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
  ));
});

const Texts = byValue(function Texts({ texts }: { texts: TextMark[] }) {
  return texts.map((t, i) => (
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
  ));
});

const EndLabels = byValue(function EndLabels({ endLabels }: { endLabels: EndLabel[] }) {
  return endLabels.map((l, i) => (
    <g key={i}>
      {l.lineY !== undefined && (
        <line x1={l.x - 4} y1={l.lineY} x2={l.x - 1} y2={l.y} stroke={textColor(l.color)} className="end-leader" />
      )}
      <text x={l.x} y={l.y + 3.5} fill={textColor(l.color)} className="end-label">
        {l.text}
      </text>
    </g>
  ));
});

const Rows = byValue(function Rows({ rows }: { rows: RowMark[] }) {
  return rows.map((r) => (
    <g key={r.id} className={r.className} data-part={r.id}>
      <rect x={r.x} width={r.width} y={r.y} height={r.height} className="row-bar" />
      <text x={r.label.x} y={r.label.y} textAnchor={r.label.anchor} className="row-label">
        {r.label.text}
      </text>
    </g>
  ));
});
