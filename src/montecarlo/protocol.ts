import type { Params } from '../registry';
import type { RangeOverrides, SampleBatch } from '../engine/uncertainty';

/** Main thread → Monte Carlo worker: run samples [from, from + count) of a run. */
export interface BatchRequest {
  type: 'batch';
  runId: number;
  params: Params;
  overrides: RangeOverrides;
  seed: number;
  from: number;
  count: number;
}

/** Worker → main thread: the batch's rows (their buffers transferred), or why it failed. */
export type BatchReply =
  | { type: 'batch'; runId: number; batch: SampleBatch; elapsedMs: number }
  | { type: 'error'; runId: number; from: number; message: string };
