import { memo, useEffect, useId, useMemo, type ReactNode } from 'react';
import { ChartHead } from './ChartHead';
import type { ScenarioResult } from '../../engine/types';
import { monthLabel, type MonthIndex } from '../../registry/month';
import type { Reported } from '../reported';
import { ChartPicture, useSpecLayout } from './ChartPicture';
import { color } from './ChartSvg';
import { HoverLayer, type Crosshair } from './HoverLayer';
import type { ChartLayout } from './layoutTypes';
import type { ChartOptions, ChartSpec, TooltipRow } from './spec';
import { ChartTable } from './ChartTable';
import { useWidth } from './useWidth';
import { ChartSummary } from './ChartSummary';
import { sameCard } from './reads';

export interface ChartCardProps {
  spec: ChartSpec;
  result: ScenarioResult;
  /** The pinned baseline's run, drawn as a ghost. */
  baseline: ScenarioResult | null;
  reported?: Reported | null;
  /** Said after the source line while reported figures load or when they failed. */
  reportedNote?: string;
  /** The view: the spec's toggles ("By generation") and the table, each with its switch. */
  options?: ChartOptions;
  onOption?: (option: keyof ChartOptions, on: boolean) => void;
  tableOpen: boolean;
  onToggleTable: () => void;
  crosshair: Crosshair;
  height?: number;
  /** This result's layout drawn elsewhere (beside the result, in a worker), used when it fits. */
  drawn?: ChartLayout;
  /** Told the plot's size whenever it changes, so layouts can be drawn for it elsewhere. */
  onSize?: (width: number, height: number) => void;
  /** Said under the picture, before the table (Microsoft's ledger under its chart). */
  children?: ReactNode;
}

/**
 * A chart's chrome around its spec: finding as the title, units, tools, the SVG, tooltip, table
 * and source. A value: it draws what it is handed and says what the person did through its
 * callbacks; it reads no store.
 */
export const ChartCard = memo(function ChartCard({
  spec,
  result,
  baseline,
  reported = null,
  reportedNote = '',
  options = NO_OPTIONS,
  onOption,
  tableOpen,
  onToggleTable,
  crosshair,
  height = 222,
  drawn,
  onSize,
  children,
}: ChartCardProps) {
  const [plotRef, width] = useWidth<HTMLDivElement>();
  useEffect(() => onSize?.(width, height), [onSize, width, height]);
  const headingId = useId();
  const summaryId = useId();
  const title = spec.title(result);
  const subtitle = spec.subtitle(options);
  // the same elements while the options stand, so a new result leaves the toggles' inputs alone
  // (React 19 rewrites an input's name and type whenever it renders one again)
  const tools = useMemo(
    () =>
      spec.toggles?.map((t) => (
        <label key={t.option} className="tool tool-check">
          <input
            type="checkbox"
            autoComplete="off"
            checked={Boolean(options[t.option])}
            onChange={(e) => onOption?.(t.option, e.target.checked)}
          />
          {t.label}
        </label>
      )),
    [spec, options, onOption],
  );
  return (
    <section className="chart-card" aria-labelledby={headingId} data-chart={spec.id}>
      <ChartHead
        headingId={headingId}
        level={2}
        title={title}
        subtitle={subtitle}
        tools={tools}
        tableOpen={tableOpen}
        onToggleTable={onToggleTable}
      />
      <div className="chart-plot" ref={plotRef}>
        <CardPlot
          spec={spec}
          result={result}
          baseline={baseline}
          reported={spec.reported ? reported : null}
          byGeneration={Boolean(options.byGeneration)}
          reference={options.reference}
          width={width}
          height={height}
          title={title}
          headingId={headingId}
          summaryId={summaryId}
          crosshair={crosshair}
          drawn={drawn}
        />
      </div>
      <ChartSummary id={summaryId}>{spec.summary(result)}</ChartSummary>
      {children}
      {tableOpen && (
        <ChartTable
          result={result}
          columns={spec.columns}
          caption={`${title} — ${subtitle}; by calendar year, then now and the last month`}
        />
      )}
      <footer className="chart-source">
        Source: {spec.source}
        {spec.reported ? reportedNote : ''}
      </footer>
    </section>
  );
}, sameCardProps);

/**
 * ChartCard's memo: every prop the same object, but a new result that holds the same values
 * wherever the card reads (its spec's `reads` and `textReads`) keeps the card as it is drawn. A
 * lever that moves cash alone leaves the power card without a render, not only its picture.
 */
function sameCardProps(a: ChartCardProps, b: ChartCardProps): boolean {
  for (const key of Object.keys(b) as (keyof ChartCardProps)[]) {
    if (key === 'result' || Object.is(a[key], b[key])) continue;
    return false;
  }
  // the loop compared the spec too: the same one, so its reads hold for both results
  return Object.keys(a).length === Object.keys(b).length && sameCard(b.spec, a.result, b.result);
}

const NO_OPTIONS: ChartOptions = {};

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
  crosshair: Crosshair;
  drawn?: ChartLayout;
}

function CardPlot({
  spec,
  result,
  baseline,
  reported,
  byGeneration,
  reference,
  width,
  height,
  title,
  headingId,
  summaryId,
  crosshair,
  drawn,
}: CardPlotProps) {
  const layout = useSpecLayout(spec, { result, baseline, reported, byGeneration, reference, width, height }, drawn);
  return (
    <>
      <ChartPicture layout={layout} layered role="group" aria-labelledby={headingId} aria-describedby={summaryId}>
        <HoverLayer layout={layout} label={title} crosshair={crosshair} />
      </ChartPicture>
      <Tooltip
        layout={layout}
        hovered={crosshair.month}
        rows={(i) => spec.tooltip(result, baseline, i, { byGeneration })}
      />
    </>
  );
}

function Tooltip({
  layout,
  hovered,
  rows,
}: {
  layout: ChartLayout;
  hovered: MonthIndex | null;
  rows: (i: number) => TooltipRow[];
}) {
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
