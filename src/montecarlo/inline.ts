import { mergeBatches, runBatch, type SampleBatch } from '../engine/uncertainty';
import type { MonteCarloOutcome, MonteCarloRequest, MonteCarloRun, ProgressCallback } from './pool';

/** What the panel needs from a runner: the worker pool, or this main-thread fallback. */
export interface MonteCarloRunner {
  readonly workers: number;
  start(request: MonteCarloRequest, onProgress?: ProgressCallback): MonteCarloRun;
  dispose(): void;
}

/**
 * Runs the same batches on the main thread, yielding between them: for environments with no
 * module workers (jsdom in tests, very old browsers). Same samples, same bands, only slower.
 */
export class InlineRunner implements MonteCarloRunner {
  readonly workers = 0;
  private cancelCurrent: (() => void) | null = null;
  constructor(private readonly batchSize = 250) {}

  start(request: MonteCarloRequest, onProgress?: ProgressCallback): MonteCarloRun {
    this.cancelCurrent?.();
    const total = Math.max(0, Math.floor(request.samples));
    const batches: SampleBatch[] = [];
    let done = 0;
    let cancelled = false;
    let settle!: (o: MonteCarloOutcome) => void;
    const result = new Promise<MonteCarloOutcome>((ok) => (settle = ok));
    const t0 = performance.now();
    const cancel = () => {
      if (cancelled || done >= total) return;
      cancelled = true;
      settle({ status: 'cancelled', summary: mergeBatches(batches), done, total });
    };
    this.cancelCurrent = cancel;
    const step = () => {
      if (cancelled) return;
      try {
        const count = Math.min(this.batchSize, total - done);
        batches.push(runBatch(request.params, request.overrides ?? {}, request.seed >>> 0, done, count));
        done += count;
      } catch (err) {
        cancelled = true;
        settle({ status: 'failed', message: err instanceof Error ? err.message : String(err) });
        return;
      }
      const summary = mergeBatches(batches)!;
      onProgress?.(summary, done, total);
      if (done >= total) settle({ status: 'done', summary, elapsedMs: performance.now() - t0, workers: 0 });
      else setTimeout(step, 0);
    };
    if (total < 1) settle({ status: 'failed', message: 'no samples asked for' });
    else setTimeout(step, 0);
    return { result, cancel };
  }

  dispose(): void {
    this.cancelCurrent?.();
  }
}
