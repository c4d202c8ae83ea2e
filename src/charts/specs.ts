import { burnSpec } from './burn/spec';
import type { ChartSpec } from './common/spec';
import { costSpec } from './cost/spec';
import { microsoftSpec } from './microsoft/spec';
import { powerSpec } from './power/spec';

/**
 * The dashboard's charts, in the order the grid, compare, the slides, the exports and the embed
 * list them: the one list of charts. Adding a chart is its folder (src/charts/<id>/spec.ts) and
 * one line here; everything that shows charts iterates this list.
 */
export const CHART_SPEC_LIST = [burnSpec, costSpec, powerSpec, microsoftSpec] as const;

export type ChartId = (typeof CHART_SPEC_LIST)[number]['id'];

/**
 * Charts drawn as rows, not over time ("Who holds the risk", one row per counterparty). Their
 * spec (src/charts/<id>/spec.ts, a RowChartSpec) and picture load when first shown, so the first
 * load carries only their id and name. Links, the embed, slides and exports take these ids too.
 */
export const ROW_CHARTS = [{ id: 'counterparties', name: 'Who holds the risk' }] as const;
export type RowChartId = (typeof ROW_CHARTS)[number]['id'];
/** Any chart: over time (a ChartSpec) or in rows (a RowChartSpec). */
export type AnyChartId = ChartId | RowChartId;
export const isRowChartId = (id: string): id is RowChartId => ROW_CHARTS.some((c) => c.id === id);

/**
 * The ids in order, the specs by id, and whether a string (from a link or a deck file) names a
 * chart over time; with the row charts after them, every chart id a link or the embed may name.
 */
export function indexCharts<S extends ChartSpec>(list: readonly S[]) {
  const specs = Object.fromEntries(list.map((s) => [s.id, s])) as unknown as Record<S['id'], ChartSpec>;
  const isChartId = (id: string): id is S['id'] => Object.hasOwn(specs, id);
  const ids = list.map((s) => s.id) as readonly S['id'][];
  return {
    CHART_IDS: ids,
    CHART_SPECS: specs,
    isChartId,
    ANY_CHART_IDS: [...ids, ...ROW_CHARTS.map((c) => c.id)] as readonly (S['id'] | RowChartId)[],
    isAnyChartId: (id: string): id is S['id'] | RowChartId => isChartId(id) || isRowChartId(id),
  };
}

export const { CHART_IDS, CHART_SPECS, isChartId, ANY_CHART_IDS, isAnyChartId } = indexCharts(CHART_SPEC_LIST);

export type { ChartSpec } from './common/spec';
export type { RowChartSpec } from './common/rowSpec';
