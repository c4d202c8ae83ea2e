import { mergeBatches, type RangeOverrides, type SampleBatch, type UncertaintySummary } from '../engine/uncertainty';
import type { Params } from '../registry';
import type { Batches } from './batch';
import type { JobOf } from './protocol';

/*
 * Monte Carlo as the runner's batch mode: the samples split into batches (jobs of kind
 * 'samples'), spread over the batch workers, merged into percentile bands as they arrive. A
 * sample's draws depend only on the seed and its index, so the bands are the same for any split.
 */

export interface MonteCarloRequest {
  params: Params;
  overrides?: RangeOverrides;
  seed: number;
  samples: number;
}

export type MonteCarloOutcome =
  | { status: 'done'; summary: UncertaintySummary; elapsedMs: number; workers: number }
  | { status: 'cancelled'; summary: UncertaintySummary | null; done: number; total: number }
  | { status: 'failed'; message: string };

export type ProgressCallback = (partial: UncertaintySummary, done: number, total: number) => void;

export interface MonteCarloRun {
  /** Settles once: done, cancelled (with what had arrived) or failed. Never rejects. */
  readonly result: Promise<MonteCarloOutcome>;
  cancel(): void;
}

export interface MonteCarloOptions {
  /** Samples per batch (default 250): small enough to refine the bands often, large enough to amortise messages. */
  batchSize?: number;
  /** Least time between two progressive merges, ms (default 150). The last merge always runs. */
  progressIntervalMs?: number;
}

/** Starts a run on `batches`; a run started before on the same batches is cancelled. */
export function startMonteCarlo(
  batches: Batches,
  request: MonteCarloRequest,
  onProgress?: ProgressCallback,
  options: MonteCarloOptions = {},
): MonteCarloRun {
  const total = Math.max(0, Math.floor(request.samples));
  const size = Math.max(1, Math.floor(options.batchSize ?? 250));
  const interval = options.progressIntervalMs ?? 150;
  const base = { params: request.params, overrides: request.overrides ?? {}, seed: request.seed >>> 0 };
  const jobs: JobOf<'samples'>[] = [];
  for (let from = 0; from < total; from += size)
    jobs.push({ kind: 'samples', ...base, from, count: Math.min(size, total - from) });
  if (jobs.length === 0)
    return { result: Promise.resolve({ status: 'failed', message: 'no samples asked for' }), cancel: () => {} };
  const got: SampleBatch[] = [];
  let done = 0;
  let lastMerge = -Infinity;
  let mergeMs = 0;
  const started = performance.now();
  const run = batches.start(jobs, (batch) => {
    got.push(batch);
    done += batch.count;
    const now = performance.now();
    // Merging grows with the samples in hand; spacing merges by 3× their cost keeps the page's
    // thread mostly free for the page and for posting batches. The last one is merged on settling.
    if (onProgress && done < total && now - lastMerge >= Math.max(interval, 3 * mergeMs)) {
      onProgress(mergeBatches(got)!, done, total);
      lastMerge = performance.now();
      mergeMs = lastMerge - now;
    }
  });
  const result = run.result.then((o): MonteCarloOutcome => {
    if (o.status === 'failed') return o;
    if (o.status === 'cancelled') return { status: 'cancelled', summary: mergeBatches(got), done, total };
    const summary = mergeBatches(got)!;
    onProgress?.(summary, done, total);
    return { status: 'done', summary, elapsedMs: performance.now() - started, workers: batches.workers };
  });
  return { result, cancel: () => run.cancel() };
}
