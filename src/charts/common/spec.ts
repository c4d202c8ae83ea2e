import type { ScenarioResult, Summary } from '../../engine/types';
import type { ChartLayout, ColorToken, ReferenceDraw, TimeChartInput } from './layoutTypes';
import type { ResultReads } from './reads';
import type { TableColumn } from './table';

export interface TooltipRow {
  label: string;
  value: string;
  color: ColorToken;
}

/** What a chart can be asked to show besides the scenario: the cost chart's per-generation view. */
export interface ChartOptions {
  byGeneration?: boolean;
  /** The outside view drawn as reference marks (the burn chart draws them). */
  reference?: ReferenceDraw | null;
}

export type ChartInput = TimeChartInput & ChartOptions;

/** The one series scenarios are compared on when a chart overlays several (Compare, compare slides). */
export interface CompareMetric {
  label: string;
  unit: string;
  values: (r: ScenarioResult) => ArrayLike<number>;
  format: (v: number) => string;
  axis: (v: number) => string;
}

/** A view toggle among a card's tools ("By generation"): which option it switches, and its words. */
export interface ChartToggle {
  option: keyof ChartOptions;
  label: string;
}

/**
 * Everything a chart says and draws, once: the card, the slide, the handout, the export, the
 * compare panel and the embed all read it. Words live here and nowhere else. A spec is a value:
 * it reads no store and asks no worker; whoever draws it hands it the result and the view.
 */
export interface ChartSpec<Id extends string = string> {
  id: Id;
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
  /**
   * What the layout reads of a result. A new result that holds the same values there draws the
   * same picture, so the card keeps its layout and its DOM (a lever that moves cash leaves the
   * power chart alone). A unit test holds each declaration against what the layout really reads.
   */
  reads: ResultReads;
  /**
   * What the title, summary, tooltip and table read of a result besides `reads`. A new result that
   * holds the same values in both keeps the whole card as it was (ChartCard's memo); the same unit
   * test holds this declaration against what those words and the table really read.
   */
  textReads: ResultReads;
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
  /** The series scenarios are compared on. */
  compare: CompareMetric;
  /** How a slide's title says the difference from its baseline: "6 months later than “Plan”". */
  difference: (scenario: Summary, baseline: Summary, baselineName: string) => string;
  /** View toggles drawn among the card's tools. */
  toggles?: readonly ChartToggle[];
}
