import type { ScenarioResult } from '../../engine/types';
import type { DeckChartId } from '../../export/deckTypes';
import type { ChartLayout, ColorToken, TimeChartInput } from './layoutTypes';
import type { TableColumn } from './table';

export interface TooltipRow {
  label: string;
  value: string;
  color: ColorToken;
}

/** What a chart can be asked to show besides the scenario: the cost chart's per-generation view. */
export interface ChartOptions {
  byGeneration?: boolean;
}

export type ChartInput = TimeChartInput & ChartOptions;

/**
 * Everything a chart says and draws, once: the card, the slide, the handout and the export all
 * read it. Words live here and nowhere else.
 */
export interface ChartSpec {
  id: DeckChartId;
  /** Short name for menus, pickers and the placeholder while calculating. */
  name: string;
  /** The finding, in words, as the title. */
  title: (result: ScenarioResult) => string;
  /** What is drawn, with units. */
  subtitle: (options?: ChartOptions) => string;
  /** The unit of the main panel, for the export frame and table captions. */
  units: string;
  source: string;
  /** Whether the chart overlays data/reported.json (its source line says when those are missing). */
  reported: boolean;
  /** Pure: series and size to marks in pixels. */
  layout: (input: ChartInput) => ChartLayout;
  /** The table view: one row per calendar year. */
  columns: readonly TableColumn[];
  /** The rows of the hover tooltip for one month offset. */
  tooltip: (
    result: ScenarioResult,
    baseline: ScenarioResult | null,
    monthOffset: number,
    options?: ChartOptions,
  ) => TooltipRow[];
  /** What a screen reader hears instead of the picture. */
  summary: (result: ScenarioResult) => string;
}
