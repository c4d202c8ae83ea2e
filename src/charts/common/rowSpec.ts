import type { Counterparty, CounterpartyReport } from '../../engine/counterpartyTypes';
import type { TooltipRow } from './spec';

/** A column of a row chart's table: one cell per row (a counterparty), as the CLI's figure. */
export interface RowColumn {
  label: string;
  /** The number behind the cell (the CLI's field), or null where there is none (no stake reported). */
  value: (row: Counterparty) => number | null;
  format: (v: number) => string;
}

/**
 * A chart drawn as rows rather than over time ("Who holds the risk": one row per counterparty).
 * The same parts as a ChartSpec (title, units, source, table, tooltip, summary, the compared
 * figure) read from the engine's counterparty report instead of the monthly series. Its code,
 * and the picture's, loads when the chart is first shown.
 */
export interface RowChartSpec<Id extends string = string> {
  kind: 'rows';
  id: Id;
  name: string;
  title: (report: CounterpartyReport) => string;
  subtitle: (options?: { flows?: boolean }) => string;
  units: string;
  source: string;
  /** The table view: one row per counterparty, then the total. */
  columns: readonly RowColumn[];
  /** The hover (or focus) tooltip of one row. */
  tooltip: (row: Counterparty, report: CounterpartyReport) => TooltipRow[];
  summary: (report: CounterpartyReport) => string;
  /** The figure scenarios are compared on (one per scenario, $B). */
  compare: { label: string; value: (report: CounterpartyReport) => number; format: (v: number) => string };
  /** The view toggle: the rows, or the circular flows as a flow diagram. */
  toggle: { label: string };
}
