import type { StateCreator } from 'zustand';
import type { ChartView } from '../charts/draw';
import type { ReferenceDraw } from '../charts/common/layoutTypes';
import type { Reported } from '../charts/reported';
import type { ChartId } from '../charts/specs';
import type { ViewSlice } from './view';

/**
 * What the dashboard's charts are drawn at: each card's size as measured, the reported
 * figures once loaded, and the view options, gathered in one ChartView so that layouts can be
 * drawn beside the result in the runner's worker (a new object whenever any of it changes).
 */
export interface ChartViewSlice {
  chartSizes: Partial<Record<ChartId, { width: number; height: number }>>;
  reported: Reported | null;
  chartView: ChartView;
  setChartSize: (chart: ChartId, width: number, height: number) => void;
  setReported: (reported: Reported | null) => void;
  /** The cost chart's per-generation view (the view slice's toggle, kept in the ChartView too). */
  setShowGenerations: (on: boolean) => void;
  /** The outside view drawn on the burn chart, or none. */
  reference: ReferenceDraw | null;
  setReference: (reference: ReferenceDraw | null) => void;
}

type Needs = ChartViewSlice & ViewSlice;

const viewOf = (s: Pick<Needs, 'chartSizes' | 'reported' | 'showGenerations' | 'reference'>): ChartView => ({
  sizes: s.chartSizes as ChartView['sizes'],
  byGeneration: s.showGenerations,
  reported: s.reported,
  reference: s.reference,
});

export const createChartViewSlice: StateCreator<Needs, [], [], ChartViewSlice> = (set) => {
  const update = (s: Needs, patch: Partial<Needs>): Partial<Needs> => ({
    ...patch,
    chartView: viewOf({ ...s, ...patch }),
  });
  return {
    chartSizes: {},
    reported: null,
    chartView: { sizes: {}, byGeneration: false, reported: null, reference: null },
    reference: null,
    setReference: (reference) => set((s) => (s.reference === reference ? s : update(s, { reference }))),
    setChartSize: (chart, width, height) =>
      set((s) => {
        const was = s.chartSizes[chart];
        if (was && was.width === width && was.height === height) return s;
        return update(s, { chartSizes: { ...s.chartSizes, [chart]: { width, height } } });
      }),
    setReported: (reported) => set((s) => (s.reported === reported ? s : update(s, { reported }))),
    setShowGenerations: (on) => set((s) => (s.showGenerations === on ? s : update(s, { showGenerations: on }))),
  };
};
