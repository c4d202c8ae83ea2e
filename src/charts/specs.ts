import { burnSpec } from './burn/spec';
import type { ChartSpec } from './common/spec';
import { costSpec } from './cost/spec';
import { microsoftSpec } from './microsoft/spec';
import { powerSpec } from './power/spec';
import { CHART_IDS, type DeckChartId } from '../export/deckTypes';

/** The four dashboard charts, by id, in the order the grid, the deck and the export list them. */
export const CHART_SPECS: Record<DeckChartId, ChartSpec> = {
  burn: burnSpec,
  cost: costSpec,
  power: powerSpec,
  microsoft: microsoftSpec,
};

export const CHART_SPEC_LIST: readonly ChartSpec[] = CHART_IDS.map((id) => CHART_SPECS[id]);

export type { ChartSpec } from './common/spec';
