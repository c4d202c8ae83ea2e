import './counterparties.css';
import { useMemo, useState, type Ref } from 'react';
import type { Counterparty, CounterpartyReport } from '../../engine/counterpartyTypes';
import { fmtMonth, fmtUsdB } from '../../format';
import type { TooltipRow } from '../common/spec';
import { rowsLayout, NAMES_BESIDE_PX, type RowsLayout } from './rowsLayout';

import { color, textColor } from './paint';
import { FlowsSvg } from './FlowsSvg';
import { counterpartiesSpec as spec, EXPOSURE_COLOR, IN_COLOR, OUT_COLOR } from './spec';

const BAR_COLOR = { in: IN_COLOR, out: OUT_COLOR, exposure: EXPOSURE_COLOR } as const;

export interface CounterpartiesPictureProps {
  report: CounterpartyReport;
  width: number;
  /** The circular flows (a d3-sankey diagram) instead of the rows. */
  flows?: boolean;
  /** A tooltip per counterparty, by pointer or keyboard (the card); off in slides and exports. */
  interactive?: boolean;
  /** Scale everything drawn (a slide); the picture keeps `width` as its layout width. */
  svgRef?: Ref<SVGSVGElement>;
  labelledBy?: string;
  describedBy?: string;
  label?: string;
  /** A fixed height for the flows (rows take what they need). */
  flowsHeight?: number;
  /**
   * Scale to the box around it, keeping the aspect: its whole box (a slide) or its width (the
   * handout); the layout keeps `width` as its virtual width.
   */
  fill?: 'box' | 'width';
}

/** The short heading of the exposure column: "Exposure after Aug 2028", or "Exposure" when narrow. */
export function exposureHeading(report: CounterpartyReport, width: number): string {
  return width >= NAMES_BESIDE_PX ? `Exposure after ${fmtMonth(report.exposureAfter)}` : 'Exposure';
}

/** "Who holds the risk" as one SVG: the rows (default) or the circular flows, and the tooltip of a row. */
export function CounterpartiesPicture({
  report,
  width,
  flows = false,
  interactive = false,
  svgRef,
  labelledBy,
  describedBy,
  label,
  flowsHeight,
  fill,
}: CounterpartiesPictureProps) {
  const rows = useMemo(() => rowsLayout(report, width, exposureHeading(report, width)), [report, width]);
  const [hovered, setHovered] = useState<number | null>(null);
  const aria = {
    role: interactive ? ('group' as const) : ('img' as const),
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    'aria-label': label,
  };
  if (flows) {
    return <FlowsSvg report={report} width={width} height={flowsHeight ?? rows.height} svgRef={svgRef} aria={aria} />;
  }
  const row = hovered === null ? null : (report.counterparties[hovered] ?? null);
  return (
    <>
      <svg
        ref={svgRef}
        className="chart-svg cp-rows"
        width={fill ? '100%' : rows.width}
        height={fill === 'box' ? '100%' : fill ? undefined : rows.height}
        viewBox={`0 0 ${rows.width} ${rows.height}`}
        {...aria}
      >
        <RowsSvg layout={rows} hovered={hovered} />
        {interactive && (
          <RowsHover layout={rows} report={report} hovered={hovered} onHover={setHovered} name={label ?? spec.name} />
        )}
      </svg>
      {interactive && row && <RowTooltip row={row} rows={spec.tooltip(row, report)} layout={rows} index={hovered!} />}
    </>
  );
}

function RowsSvg({ layout, hovered }: { layout: RowsLayout; hovered: number | null }) {
  return (
    <g className="chart-body">
      {layout.headings.map((h) => (
        <g key={h.text}>
          {h.swatch && <rect x={h.x} y={h.y - 9} width={9} height={9} rx={1.5} fill={color(BAR_COLOR[h.swatch])} />}
          <text x={h.x + (h.swatch ? 12 : 0)} y={h.y} className="cp-heading">
            {h.text}
          </text>
        </g>
      ))}
      <line x1={layout.exposureX - 8} x2={layout.exposureX - 8} y1={4} y2={layout.height} className="cp-rule" />
      {layout.rows.map((r, i) => (
        <g key={r.id} className={i === hovered ? 'cp-row cp-row-hovered' : 'cp-row'} data-counterparty={r.id}>
          {r.name !== r.fullName && <title>{r.fullName}</title>}
          {i === hovered && (
            <rect x={0} y={r.top - 3} width={layout.width} height={r.bottom - r.top} className="cp-hover" />
          )}
          {layout.beside ? (
            <>
              <text x={r.nameX} y={r.nameY} className="cp-name">
                {r.name}
              </text>
              <text x={r.nameX} y={r.rolesY} className="cp-roles">
                {r.roles}
              </text>
            </>
          ) : (
            <text x={r.nameX} y={r.nameY} className="cp-name">
              {r.name}
              <tspan className="cp-roles" dx={6}>
                {r.roles}
              </tspan>
            </text>
          )}
          {r.bars.map((b) => (
            <g key={b.kind}>
              {b.width > 0 && (
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  fill={color(BAR_COLOR[b.kind])}
                  className={b.kind === 'exposure' ? 'cp-bar cp-exposure' : 'cp-bar'}
                />
              )}
              {b.label && (
                <text
                  x={b.labelX}
                  y={b.y + b.height - 1}
                  className="cp-value"
                  fill={b.kind === 'exposure' && b.value >= 0.05 ? textColor('burn') : undefined}
                >
                  {b.label}
                </text>
              )}
            </g>
          ))}
        </g>
      ))}
    </g>
  );
}

/** The pointer and keyboard surface of the rows: ↑ ↓ pick a counterparty and show its tooltip. */
function RowsHover({
  layout,
  report,
  hovered,
  onHover,
  name,
}: {
  layout: RowsLayout;
  report: CounterpartyReport;
  hovered: number | null;
  onHover: (i: number | null) => void;
  name: string;
}) {
  const n = layout.rows.length;
  if (n === 0) return null;
  const top = layout.rows[0].top;
  const rowH = layout.rows[0].bottom - top;
  const onPointerMove = (e: React.PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const scale = box.height > 0 ? layout.height / box.height : 1;
    const i = Math.floor(((e.clientY - box.top) * scale - top) / rowH);
    onHover(Math.min(n - 1, Math.max(0, i)));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const current = hovered ?? -1;
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? Math.min(n - 1, current + 1)
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (next === null) {
      if (e.key === 'Escape') onHover(null);
      return;
    }
    e.preventDefault();
    onHover(next);
  };
  const c = hovered === null ? null : report.counterparties[hovered];
  return (
    <rect
      className="hover-target"
      x={0}
      y={top}
      width={layout.width}
      height={layout.height - top}
      tabIndex={0}
      role="slider"
      aria-label={`${name}: counterparty under the pointer`}
      aria-valuemin={1}
      aria-valuemax={n}
      aria-valuenow={hovered === null ? 1 : hovered + 1}
      aria-valuetext={c ? rowText(c) : 'none; use the arrow keys'}
      onPointerMove={onPointerMove}
      onPointerLeave={() => onHover(null)}
      onFocus={() => hovered === null && onHover(0)}
      onBlur={() => onHover(null)}
      onKeyDown={onKeyDown}
    />
  );
}

function rowText(c: Counterparty): string {
  return `${c.name}: paid ${fmtUsdB(c.paidToOpenAiUsdB)} to OpenAI, paid ${fmtUsdB(c.paidByOpenAiUsdB)} by OpenAI, exposure ${fmtUsdB(c.exposureUsdB)}`;
}

function RowTooltip({
  row,
  rows,
  layout,
  index,
}: {
  row: Counterparty;
  rows: TooltipRow[];
  layout: RowsLayout;
  index: number;
}) {
  const r = layout.rows[index];
  // below the row when it is in the top half, above it otherwise
  const below = r.bottom < layout.height / 2;
  const style = below
    ? { top: `${Math.round(r.bottom + 24)}px`, right: '4px' }
    : { bottom: `${Math.round(layout.height - r.top + 8)}px`, right: '4px', top: 'auto' };
  return (
    <div className="tooltip cp-tooltip" style={style} role="status" aria-live="off">
      <div className="tooltip-month">{row.name}</div>
      {rows.map((t) => (
        <div key={t.label} className="tooltip-row">
          <span className="swatch" style={{ background: color(t.color) }} aria-hidden="true" />
          <span className="tooltip-label">{t.label}</span>
          <span className="tooltip-value">{t.value}</span>
        </div>
      ))}
    </div>
  );
}
