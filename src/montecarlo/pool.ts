import type { Params } from '../registry';
import { mergeBatches, type RangeOverrides, type SampleBatch, type UncertaintySummary } from '../engine/uncertainty';
import type { BatchReply, BatchRequest } from './protocol';
import type { MonteCarloRunner } from './inline';

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

export interface PoolOptions {
  /** Worker count; default from the machine's cores (see defaultWorkerCount). */
  workers?: number;
  /** Samples per batch (default 250): small enough to refine the bands often, large enough to amortise messages. */
  batchSize?: number;
  /** Least time between two progressive merges, ms (default 150). The last merge always runs. */
  progressIntervalMs?: number;
  /** How to start a worker; tests and benches may swap it. */
  createWorker?: () => Worker;
}

/**
 * Workers for a machine: one core left to the page (cores − 1), at most four, but two on a
 * dual-core machine. During a run the page's main thread only merges (spaced to ≤ 25% of its
 * time) and the dashboard's engine worker runs only when a lever moves, so a second Monte Carlo
 * worker shortens the wait without starving the page (10,000 samples ≈ 0.3 s of worker CPU in
 * Chromium; `npm run bench:mc:browser` times one and two workers).
 */
export function defaultWorkerCount(
  cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0,
): number {
  const n = cores || 1;
  return n <= 1 ? 1 : Math.min(4, Math.max(2, n - 1));
}

function startWorker(): Worker {
  return new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' });
}

interface Slot {
  worker: Worker;
  /** Batches posted and not yet answered, oldest first (a worker answers in order). */
  inFlight: { runId: number; from: number; count: number }[];
  failures: number;
}

/**
 * Batches kept posted per worker: two, so a worker starts its next batch at once instead of
 * waiting for the main thread to finish merging and post another.
 */
const DEPTH = 2;

interface ActiveRun {
  id: number;
  request: Required<MonteCarloRequest>;
  queue: { from: number; count: number }[];
  batches: SampleBatch[];
  done: number;
  started: number;
  lastMerge: number;
  mergeMs: number;
  onProgress?: ProgressCallback;
  settle: (o: MonteCarloOutcome) => void;
}

/**
 * A pool of module workers that runs Monte Carlo samples in batches and merges them as they
 * arrive. One run at a time: starting a run cancels the one in flight. Cancelling stops
 * handing out batches; the few still running finish and are dropped, so the workers stay
 * warm for the next run. Which worker runs which batch does not matter: sample i is a pure
 * function of (scenario, ranges, seed, i), so the bands are identical for any split.
 */
export class MonteCarloPool implements MonteCarloRunner {
  private readonly slots: Slot[] = [];
  private readonly size: number;
  private readonly batchSize: number;
  private readonly progressIntervalMs: number;
  private readonly create: () => Worker;
  private run: ActiveRun | null = null;
  private nextRunId = 1;
  private disposed = false;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()));
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 250));
    this.progressIntervalMs = options.progressIntervalMs ?? 150;
    this.create = options.createWorker ?? startWorker;
  }

  get workers(): number {
    return this.size;
  }

  start(request: MonteCarloRequest, onProgress?: ProgressCallback): MonteCarloRun {
    if (this.disposed) throw new Error('MonteCarloPool: disposed');
    this.cancelActive();
    const id = this.nextRunId++;
    const total = Math.max(0, Math.floor(request.samples));
    const queue: ActiveRun['queue'] = [];
    for (let from = 0; from < total; from += this.batchSize)
      queue.push({ from, count: Math.min(this.batchSize, total - from) });
    let settle!: (o: MonteCarloOutcome) => void;
    const result = new Promise<MonteCarloOutcome>((ok) => (settle = ok));
    if (total < 1) {
      settle({ status: 'failed', message: 'no samples asked for' });
      return { result, cancel: () => {} };
    }
    this.run = {
      id,
      queue,
      batches: [],
      done: 0,
      started: performance.now(),
      lastMerge: -Infinity,
      mergeMs: 0,
      onProgress,
      settle,
      request: { params: request.params, overrides: request.overrides ?? {}, seed: request.seed >>> 0, samples: total },
    };
    this.ensureWorkers();
    this.dispatch();
    return {
      result,
      cancel: () => {
        if (this.run?.id === id) this.cancelActive();
      },
    };
  }

  /** Terminates the workers; a run in flight settles as cancelled. */
  dispose(): void {
    this.cancelActive();
    for (const s of this.slots) s.worker.terminate();
    this.slots.length = 0;
    this.disposed = true;
  }

  private cancelActive(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    run.settle({ status: 'cancelled', summary: mergeBatches(run.batches), done: run.done, total: run.request.samples });
  }

  private ensureWorkers(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.create(), inFlight: [], failures: 0 };
    slot.worker.onmessage = (e: MessageEvent<BatchReply>) => this.receive(slot, e.data);
    slot.worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.crashed(slot, e.message || 'worker failed to load');
    };
    return slot;
  }

  /**
   * A worker died: replace it and put its batches back in the queue. A slot that fails three
   * times running is dropped (and a run that depended on it fails) instead of respawning forever,
   * e.g. when the worker script cannot load.
   */
  private crashed(slot: Slot, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    slot.worker.terminate();
    const run = this.run;
    const lost = run ? slot.inFlight.filter((j) => j.runId === run.id) : [];
    const failures = slot.failures + 1;
    if (failures > 2) {
      this.slots.splice(i, 1);
      if (run && (lost.length > 0 || this.slots.length === 0)) this.fail(message);
      return;
    }
    const fresh = this.spawn();
    fresh.failures = failures;
    this.slots[i] = fresh;
    if (run) run.queue.unshift(...lost.map(({ from, count }) => ({ from, count })));
    this.dispatch();
  }

  private fail(message: string): void {
    const run = this.run;
    this.run = null;
    run?.settle({ status: 'failed', message });
  }

  private dispatch(): void {
    const run = this.run;
    if (!run) return;
    const { params, overrides, seed } = run.request;
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.inFlight.length >= depth || run.queue.length === 0) continue;
        const job = run.queue.shift()!;
        slot.inFlight.push({ runId: run.id, ...job });
        const msg: BatchRequest = {
          type: 'batch',
          runId: run.id,
          params,
          overrides,
          seed,
          from: job.from,
          count: job.count,
        };
        slot.worker.postMessage(msg);
      }
    }
  }

  private receive(slot: Slot, reply: BatchReply): void {
    slot.inFlight.shift();
    const run = this.run;
    if (!run || reply.runId !== run.id) return this.dispatch(); // a cancelled run's leftovers
    if (reply.type === 'error') return this.fail(`samples from ${reply.from}: ${reply.message}`);
    slot.failures = 0;
    run.batches.push(reply.batch);
    run.done += reply.batch.count;
    this.dispatch();
    const total = run.request.samples;
    const now = performance.now();
    if (run.done >= total) {
      this.run = null;
      const summary = mergeBatches(run.batches)!;
      run.onProgress?.(summary, run.done, total);
      run.settle({ status: 'done', summary, elapsedMs: now - run.started, workers: this.size });
    } else if (run.onProgress && now - run.lastMerge >= Math.max(this.progressIntervalMs, 3 * run.mergeMs)) {
      // Merging grows with the samples in hand; spacing merges by 3× their cost keeps the
      // main thread mostly free for the page and for posting batches.
      run.onProgress(mergeBatches(run.batches)!, run.done, total);
      run.lastMerge = performance.now();
      run.mergeMs = run.lastMerge - now;
    }
  }
}
