import type { StateCreator } from 'zustand';
import type { AnyChartId } from '../charts/specs';
import type { AttributionOutput } from '../engine/attribution';
import type { MonthIndex } from '../registry/month';
import { DEFAULT_SCENARIO_NAME } from '../url/names';

/** What the person is looking at: hover, chart toggles, table views. Not part of the scenario. */
export interface ViewSlice {
  /** The month under the crosshair, shared by every chart; null when nothing is hovered. */
  hoveredMonth: MonthIndex | null;
  /** Cost chart: one line per hardware generation instead of the blended stack. */
  showGenerations: boolean;
  /** Which charts show their table view (absent: closed). */
  tables: Partial<Record<AnyChartId, boolean>>;
  scenarioName: string;
  /** The output "What moved it" splits; the card, Present and the export share it. */
  attributionOutput: AttributionOutput;
  setHoveredMonth: (month: MonthIndex | null) => void;
  toggleTable: (chart: AnyChartId) => void;
  setScenarioName: (name: string) => void;
  setAttributionOutput: (output: AttributionOutput) => void;
}

export { DEFAULT_SCENARIO_NAME };

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  hoveredMonth: null,
  showGenerations: false,
  tables: {},
  scenarioName: DEFAULT_SCENARIO_NAME,
  attributionOutput: 'minCash',
  setHoveredMonth: (month) => set((s) => (s.hoveredMonth === month ? s : { hoveredMonth: month })),
  toggleTable: (chart) => set((s) => ({ tables: { ...s.tables, [chart]: !s.tables[chart] } })),
  setScenarioName: (name) => set((s) => (s.scenarioName === name ? s : { scenarioName: name })),
  setAttributionOutput: (output) => set({ attributionOutput: output }),
});
