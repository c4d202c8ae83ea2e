import { useId, type ReactNode } from 'react';
import { ChartHead } from './ChartHead';
import type { ScenarioResult } from '../../engine/types';
import { monthLabel } from '../../registry/month';
import { useAppStore } from '../../store';
import type { ChartId } from '../../store/view';
import { ChartSvg, color } from './ChartSvg';
import { HoverLayer } from './HoverLayer';
import type { ChartLayout, ColorToken } from './layoutTypes';
import { annualRows, type TableColumn } from './table';

export interface TooltipRow { label: string; value: string; color: ColorToken }

export interface ChartCardProps {
  id: ChartId;
  title: string;
  subtitle: string;
  source: string;
  /** What a screen reader hears instead of the picture. */
  summary: string;
  result: ScenarioResult;
  layout: ChartLayout;
  plotRef: React.RefObject<HTMLDivElement | null>;
  tooltip: (monthOffset: number) => TooltipRow[];
  columns: readonly TableColumn[];
  tools?: ReactNode;
}

/** A chart's chrome: finding as the title, units, tools, the SVG, tooltip, table and source. */
export function ChartCard(props: ChartCardProps) {
  const { id, title, subtitle, source, summary, result, layout, plotRef, tooltip, columns, tools } = props;
  const headingId = useId();
  const summaryId = useId();
  const tableOpen = useAppStore((s) => s.tables[id]);
  const toggleTable = useAppStore((s) => s.toggleTable);
  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={id}>
      <ChartHead headingId={headingId} level={2} title={title} subtitle={subtitle} tools={tools}
        tableOpen={Boolean(tableOpen)} onToggleTable={() => toggleTable(id)} />
      <div className="chart-plot" ref={plotRef}>
        <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group" aria-labelledby={headingId} aria-describedby={summaryId} className="chart-svg">
          <ChartSvg layout={layout} />
          <HoverLayer layout={layout} label={title} />
        </svg>
        <Tooltip layout={layout} rows={tooltip} />
      </div>
      <p id={summaryId} className="sr-only">{summary}</p>
      {tableOpen && <ChartTable result={result} columns={columns} caption={`${title} — ${subtitle}, by calendar year`} />}
      <footer className="chart-source">Source: {source}</footer>
    </section>
  );
}

function Tooltip({ layout, rows }: { layout: ChartLayout; rows: (i: number) => TooltipRow[] }) {
  const hovered = useAppStore((s) => s.hoveredMonth);
  if (hovered === null || hovered < layout.startMonth || hovered >= layout.startMonth + layout.months) return null;
  const x = layout.x(hovered);
  const onRight = x < (layout.left + layout.right) / 2;
  const style = onRight ? { left: `${Math.round(x + 10)}px` } : { right: `${Math.round(layout.width - x + 10)}px` };
  return (
    <div className="tooltip" style={style} role="status" aria-live="off">
      <div className="tooltip-month">{monthLabel(hovered)}</div>
      {rows(hovered - layout.startMonth).map((r) => (
        <div key={r.label} className="tooltip-row">
          <span className="swatch" style={{ background: color(r.color) }} aria-hidden="true" />
          <span className="tooltip-label">{r.label}</span>
          <span className="tooltip-value">{r.value}</span>
        </div>
      ))}
    </div>
  );
}

function ChartTable({ result, columns, caption }: { result: ScenarioResult; columns: readonly TableColumn[]; caption: string }) {
  const rows = annualRows(result, columns);
  return (
    // focusable so a keyboard can scroll a long table
    <div className="chart-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">Year</th>{columns.map((c) => <th key={c.label} scope="col">{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}{r.months < 12 ? ` (${r.months} mo)` : ''}</th>
              {r.cells.map((c, i) => <td key={columns[i].label}>{c}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
