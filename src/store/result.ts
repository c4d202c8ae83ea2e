import type { StateCreator } from 'zustand';
import type { ScenarioResult } from '../engine/types';

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
  setResult: (result: ScenarioResult, seq: number, ms: number, engineMs?: number) => void;
  setEngineNotice: (notice: string | null) => void;
}

export const createResultSlice: StateCreator<ResultSlice, [], [], ResultSlice> = (set) => ({
  result: null,
  resultSeq: 0,
  resultMs: 0,
  engineMs: 0,
  engineNotice: null,
  setResult: (result, seq, ms, engineMs = NaN) => set({ result, resultSeq: seq, resultMs: ms, engineMs }),
  setEngineNotice: (notice) => set({ engineNotice: notice }),
});
