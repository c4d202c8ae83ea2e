import type { CSSProperties, Ref } from 'react';
import type { WaterfallLayout } from './waterfallLayout';

interface WaterfallPictureProps {
  layout: WaterfallLayout;
  svgRef?: Ref<SVGSVGElement>;
  className?: string;
  /** Drawn size when it differs from the layout's (a slide scales the layout up). */
  width?: number;
  height?: number;
  /** Virtual pixels kept right of the layout, for the last tick's label where nothing may overflow. */
  overhang?: number;
  style?: CSSProperties;
  'data-chart'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-label'?: string;
}

/** Draws a waterfall layout: gridlines, the zero line, bars with their labels, the value axis. */
export function WaterfallPicture({
  layout: l,
  svgRef,
  className = 'chart-svg waterfall',
  width = l.width,
  height = l.height,
  overhang = 0,
  ...rest
}: WaterfallPictureProps) {
  return (
    <svg
      ref={svgRef}
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${l.width + overhang} ${l.height}`}
      role="img"
      {...rest}
    >
      <g className="grid">
        {l.xTicks.map((t) => (
          <line key={t.label} x1={t.pos} x2={t.pos} y1={l.top} y2={l.bottom} className="grid-y" />
        ))}
      </g>
      {l.connectors.map((c, i) => (
        <line key={i} x1={c.x} x2={c.x} y1={c.y1} y2={c.y2} className="wf-step" />
      ))}
      {l.bars.map((b) => (
        <g key={b.id} className={`wf-row wf-${b.color}`} data-part={b.id}>
          <rect x={b.x0} width={Math.max(1, b.x1 - b.x0)} y={b.y} height={b.height} className="wf-bar" />
          <text x={b.labelX} y={b.labelY} textAnchor={b.anchor} className="wf-label">
            {b.text}
          </text>
        </g>
      ))}
      <line x1={l.zeroX} x2={l.zeroX} y1={l.top} y2={l.bottom} className="zero-line" />
      <g className="axis axis-x">
        {l.xTicks.map((t) => (
          <text key={t.label} x={t.pos} y={l.bottom + 15} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </g>
    </svg>
  );
}
