import type { StateCreator } from 'zustand';
import type { ChartLayout } from '../charts/common/layoutTypes';
import { fromWire, type WireLayout } from '../charts/common/wire';
import type { ChartView } from '../charts/draw';
import type { ChartId } from '../charts/specs';
import type { ScenarioResult } from '../engine/types';
import type { Params } from '../registry';

/** Layouts drawn beside a result, and what they were drawn for (the view and the baseline's levers). */
export interface Drawn {
  layouts: Record<string, WireLayout | null>;
  view: ChartView;
  baseline: Params | null;
}

/** The latest engine output the charts draw. Kept when a later run fails, so charts never blank. */
export interface ResultSlice {
  result: ScenarioResult | null;
  /** Sequence number of the request that produced `result`; the bench and tests watch it. */
  resultSeq: number;
  /** Milliseconds the last run took inside the worker, round trip included. */
  resultMs: number;
  /** Milliseconds of that inside the engine itself. */
  engineMs: number;
  /** A short message about the engine (restarted worker, failed run); null when all is well. */
  engineNotice: string | null;
  /** Each chart's layout drawn beside `result` (in the worker), for `drawnFor`; a card draws its own otherwise. */
  layouts: Partial<Record<ChartId, ChartLayout>>;
  drawnFor: { view: ChartView; baseline: Params | null } | null;
  setResult: (result: ScenarioResult, seq: number, ms: number, engineMs?: number, drawn?: Drawn) => void;
  setEngineNotice: (notice: string | null) => void;
}

export const createResultSlice: StateCreator<ResultSlice, [], [], ResultSlice> = (set) => ({
  result: null,
  resultSeq: 0,
  resultMs: 0,
  engineMs: 0,
  engineNotice: null,
  layouts: {},
  drawnFor: null,
  setResult: (result, seq, ms, engineMs = NaN, drawn) =>
    set((s) => {
      if (!drawn) return { result, resultSeq: seq, resultMs: ms, engineMs };
      // a null layout is the picture this view and baseline had last: kept; for another view, none is
      const same = s.drawnFor?.view === drawn.view && s.drawnFor.baseline === drawn.baseline;
      const layouts: Partial<Record<ChartId, ChartLayout>> = same ? { ...s.layouts } : {};
      for (const [id, w] of Object.entries(drawn.layouts)) if (w) layouts[id as ChartId] = fromWire(w);
      return {
        result,
        resultSeq: seq,
        resultMs: ms,
        engineMs,
        layouts,
        drawnFor: { view: drawn.view, baseline: drawn.baseline },
      };
    }),
  setEngineNotice: (notice) => set({ engineNotice: notice }),
});
