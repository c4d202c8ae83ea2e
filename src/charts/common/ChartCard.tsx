import { memo, useId, type ReactNode } from 'react';
import { ChartHead } from './ChartHead';
import type { ScenarioResult } from '../../engine/types';
import { monthLabel } from '../../registry/month';
import { useAppStore } from '../../store';
import type { Reported } from '../reported';
import { useChartData } from '../useChartData';
import { ChartPicture, useSpecLayout } from './ChartPicture';
import { color } from './ChartSvg';
import { HoverLayer } from './HoverLayer';
import type { ChartLayout } from './layoutTypes';
import type { ChartOptions, ChartSpec, TooltipRow } from './spec';
import { annualRows, type TableColumn } from './table';
import { useWidth } from './useWidth';
import { ChartSummary } from './ChartSummary';

export interface ChartCardProps extends ChartOptions {
  spec: ChartSpec;
  reported?: Reported | null;
  /** Said after the source line while reported figures load or when they failed. */
  reportedNote?: string;
  height?: number;
  tools?: ReactNode;
}

/** A chart's chrome around its spec: finding as the title, units, tools, the SVG, tooltip, table and source. */
export const ChartCard = memo(function ChartCard({
  spec,
  reported = null,
  reportedNote = '',
  height = 222,
  tools,
  byGeneration,
}: ChartCardProps) {
  const { result, baseline } = useChartData();
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const tableOpen = useAppStore((s) => s.tables[spec.id]);
  const toggleTable = useAppStore((s) => s.toggleTable);
  if (!result) return null;
  const title = spec.title(result);
  const subtitle = spec.subtitle({ byGeneration });
  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={spec.id}>
      <ChartHead
        headingId={headingId}
        level={2}
        title={title}
        subtitle={subtitle}
        tools={tools}
        tableOpen={Boolean(tableOpen)}
        onToggleTable={() => toggleTable(spec.id)}
      />
      <div className="chart-plot" ref={plotRef}>
        <CardPlot
          spec={spec}
          result={result}
          baseline={baseline}
          reported={spec.reported ? reported : null}
          byGeneration={byGeneration}
          width={width}
          height={height}
          title={title}
          headingId={headingId}
          summaryId={summaryId}
        />
      </div>
      <ChartSummary id={summaryId}>{spec.summary(result)}</ChartSummary>
      {tableOpen && (
        <ChartTable result={result} columns={spec.columns} caption={`${title} — ${subtitle}, by calendar year`} />
      )}
      <footer className="chart-source">
        Source: {spec.source}
        {spec.reported ? reportedNote : ''}
      </footer>
    </section>
  );
});

interface CardPlotProps extends ChartOptions {
  spec: ChartSpec;
  result: ScenarioResult;
  baseline: ScenarioResult | null;
  reported: Reported | null;
  width: number;
  height: number;
  title: string;
  headingId: string;
  summaryId: string;
}

function CardPlot({
  spec,
  result,
  baseline,
  reported,
  byGeneration,
  width,
  height,
  title,
  headingId,
  summaryId,
}: CardPlotProps) {
  const layout = useSpecLayout(spec, { result, baseline, reported, byGeneration, width, height });
  return (
    <>
      <ChartPicture layout={layout} role="group" aria-labelledby={headingId} aria-describedby={summaryId}>
        <HoverLayer layout={layout} label={title} />
      </ChartPicture>
      <Tooltip layout={layout} rows={(i) => spec.tooltip(result, baseline, i, { byGeneration })} />
    </>
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

function ChartTable({
  result,
  columns,
  caption,
}: {
  result: ScenarioResult;
  columns: readonly TableColumn[];
  caption: string;
}) {
  const rows = annualRows(result, columns);
  return (
    // focusable so a keyboard can scroll a long table
    <div className="chart-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">
                {r.year}
                {r.months < 12 ? ` (${r.months} mo)` : ''}
              </th>
              {r.cells.map((c, i) => (
                <td key={columns[i].label}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
