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

/** The ids in order, the specs by id, and whether a string (from a link or a deck file) names a chart. */
export function indexCharts<S extends ChartSpec>(list: readonly S[]) {
  const specs = Object.fromEntries(list.map((s) => [s.id, s])) as unknown as Record<S['id'], ChartSpec>;
  return {
    CHART_IDS: list.map((s) => s.id) as readonly S['id'][],
    CHART_SPECS: specs,
    isChartId: (id: string): id is S['id'] => Object.hasOwn(specs, id),
  };
}

export const { CHART_IDS, CHART_SPECS, isChartId } = indexCharts(CHART_SPEC_LIST);

export type { ChartSpec } from './common/spec';
