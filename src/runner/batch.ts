import type { AnswerOf, JobKind, JobOf, Reply, WorkerLike } from './protocol';
import { WorkerThread, type Thread } from './thread';

/** How a batch ended: every answer in, cancelled (a newer batch, or asked to), or failed. */
export type BatchOutcome = { status: 'done' } | { status: 'cancelled' } | { status: 'failed'; message: string };

export interface BatchRun {
  /** Settles once. Never rejects. */
  readonly result: Promise<BatchOutcome>;
  cancel(): void;
}

/** Called with each answer as it arrives, in any order; `index` is the job's place in the batch. */
export type OnBatchAnswer<K extends JobKind> = (answer: AnswerOf<K>, index: number) => void;

/** Many jobs at once, spread over the threads: the runner's batch mode (Monte Carlo's samples). */
export interface Batches {
  readonly workers: number;
  start<K extends JobKind>(jobs: readonly JobOf<K>[], onAnswer: OnBatchAnswer<K>): BatchRun;
  dispose(): void;
}

/**
 * Workers for a machine: one core left to the page (cores − 1), at most four, but two on a
 * dual-core machine. During a run the page's main thread only merges (spaced to ≤ 25% of its
 * time) and the scenarios' worker runs only when a lever moves, so a second batch worker
 * shortens the wait without starving the page (10,000 samples ≈ 0.3 s of worker CPU in
 * Chromium; `npm run bench:mc:browser` times one and two workers).
 */
export function defaultWorkerCount(
  cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0,
): number {
  const n = cores || 1;
  return n <= 1 ? 1 : Math.min(4, Math.max(2, n - 1));
}

/**
 * Jobs kept posted per worker: two, so a worker starts its next job at once instead of waiting
 * for the page to take in an answer and post another.
 */
const DEPTH = 2;
/** Sequence numbers of batch jobs (each thread matches replies by them). */
export const batchSeq = { last: 0 };

interface Slot {
  thread: Thread;
  /** Jobs posted and not yet answered. */
  inFlight: number;
}

interface Active {
  id: number;
  queue: number[];
  left: number;
  settle: (o: BatchOutcome) => void;
  post: (slot: Slot, index: number) => void;
}

/**
 * The batch mode over workers: each job goes to the worker with the fewest in flight. A worker
 * that dies is replaced and its jobs go back to the queue; a slot whose worker fails three
 * times running is dropped, and a batch left with no worker fails instead of waiting forever.
 * A new batch cancels the one before.
 */
export class WorkerBatches implements Batches {
  private readonly slots: Slot[] = [];
  private active: Active | null = null;
  private nextId = 1;

  constructor(
    private readonly spawn: (name: string) => WorkerLike,
    readonly workers = defaultWorkerCount(),
  ) {}

  start<K extends JobKind>(jobs: readonly JobOf<K>[], onAnswer: OnBatchAnswer<K>): BatchRun {
    this.cancelActive();
    let settle!: (o: BatchOutcome) => void;
    const result = new Promise<BatchOutcome>((ok) => (settle = ok));
    if (jobs.length === 0) {
      settle({ status: 'failed', message: 'no jobs asked for' });
      return { result, cancel: () => {} };
    }
    const id = this.nextId++;
    const run: Active = {
      id,
      queue: jobs.map((_, i) => i),
      left: jobs.length,
      settle,
      post: (slot, index) => {
        slot.inFlight++;
        slot.thread.post(++batchSeq.last, jobs[index], {
          onReply: (reply) => this.received(run, slot, index, reply, onAnswer as OnBatchAnswer<JobKind>),
          onLost: () => {
            slot.inFlight--;
            if (this.active !== run) return;
            run.queue.unshift(index);
            queueMicrotask(() => this.dispatch());
          },
        });
      },
    };
    this.active = run;
    while (this.slots.length < this.workers) this.slots.push(this.slot());
    this.dispatch();
    return { result, cancel: () => this.active === run && this.cancelActive() };
  }

  dispose(): void {
    this.cancelActive();
    for (const s of this.slots) s.thread.dispose();
    this.slots.length = 0;
  }

  private slot(): Slot {
    const slot: Slot = { thread: null as unknown as Thread, inFlight: 0 };
    slot.thread = new WorkerThread({
      spawn: () => this.spawn(`batch-${this.slots.length + 1}`),
      maxRestarts: 2,
      onGiveUp: (reason) => this.drop(slot, reason),
    });
    return slot;
  }

  private drop(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.thread.dispose();
    if (this.slots.length === 0 && this.active) this.fail(reason);
  }

  private dispatch(): void {
    const run = this.active;
    if (!run) return;
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.inFlight >= depth || run.queue.length === 0) continue;
        run.post(slot, run.queue.shift()!);
        if (this.active !== run) return;
      }
    }
  }

  private received(run: Active, slot: Slot, index: number, reply: Reply, onAnswer: OnBatchAnswer<JobKind>): void {
    slot.inFlight--;
    if (this.active !== run) return this.dispatch(); // a cancelled batch's leftovers
    if (!reply.ok) return this.fail(`job ${index}: ${reply.error}`);
    run.left--;
    this.dispatch();
    onAnswer(reply.answer, index);
    if (run.left === 0 && this.active === run) {
      this.active = null;
      run.settle({ status: 'done' });
    }
  }

  private fail(message: string): void {
    const run = this.active;
    this.active = null;
    run?.settle({ status: 'failed', message });
  }

  private cancelActive(): void {
    const run = this.active;
    this.active = null;
    run?.settle({ status: 'cancelled' });
  }
}
