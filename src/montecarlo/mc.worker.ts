/// <reference lib="webworker" />
import { runBatch } from '../engine/uncertainty/batch';
import type { BatchReply, BatchRequest } from './protocol';

/** A Monte Carlo worker: runs batches of samples and hands back their rows. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<BatchRequest>) => {
  const { runId, params, overrides, seed, from, count } = e.data;
  const t0 = performance.now();
  try {
    const batch = runBatch(params, overrides, seed, from, count);
    const reply: BatchReply = { type: 'batch', runId, batch, elapsedMs: performance.now() - t0 };
    scope.postMessage(reply, [
      batch.cashUsdB.buffer,
      batch.burnUsdB.buffer,
      batch.insolvency.buffer,
      batch.breakeven.buffer,
      batch.cumulativeBurnUsdB.buffer,
    ]);
  } catch (err) {
    const reply: BatchReply = { type: 'error', runId, from, message: err instanceof Error ? err.message : String(err) };
    scope.postMessage(reply);
  }
};
