import { WorkerBatches, type Batches } from './batch';
import { Lane, type LaneListener } from './lane';
import type { AnswerOf, JobKind, JobOf, WorkerLike } from './protocol';
import { WorkerThread, type Thread, type WorkerThreadOptions } from './thread';

/*
 * The model runner: the one way the page, the CLI and the tests ask the engine anything (after
 * SDEverywhere's model runner). One protocol (./protocol.ts), two implementations: in the
 * page's thread, and in workers. Whichever the page got, it asks the same way:
 *
 * - `lane`: a stream of questions of which the latest matters (a scenario as a lever moves, the
 *   waterfall, the tornado): latest wins. The screen's scenario and the pinned baseline are
 *   two named scenarios of one runner; the screen's comes back drawn (its charts' layouts
 *   computed beside the result, job 'draw').
 * - `ask`: one question, one answer (an export's waterfall, goal-seek).
 * - `batches`: many questions spread over the workers (Monte Carlo's samples).
 *
 * The in-thread runner (./inThread.ts) also answers a small job before it returns, for what
 * must be drawn in the same frame (a slide, compare, the embed: a run takes ~50 µs). It lives in
 * its own module so the page's first load, which asks only its workers, carries no engine.
 */

/** Which of the runner's threads answers a lane: the scenarios a person drags, or the heavier analysis. */
export type ThreadName = 'scenarios' | 'analysis';

export interface ModelRunner {
  lane<K extends JobKind>(listener: LaneListener<K>, thread?: ThreadName): Lane<K>;
  ask<K extends JobKind>(job: JobOf<K>): Promise<AnswerOf<K>>;
  readonly batches: Batches;
  dispose(): void;
}

/** One question, one answer: a lane asked once, on `thread`. */
export function askOn<K extends JobKind>(thread: Thread, job: JobOf<K>): Promise<AnswerOf<K>> {
  return new Promise((resolve, reject) => {
    const lane = new Lane<K>(thread, {
      onAnswer: (a) => {
        lane.dispose();
        resolve(a);
      },
      onError: (message) => {
        lane.dispose();
        reject(new Error(message));
      },
    });
    lane.ask(job);
  });
}

export interface WorkerRunnerOptions extends Pick<WorkerThreadOptions, 'onRestart' | 'onGiveUp' | 'maxRestarts'> {
  spawn: (name: string) => WorkerLike;
  /** A scenario's run taking longer than this is taken as a hung worker. */
  timeoutMs?: number;
  /** Workers of the batch mode (default: from the machine's cores). */
  batchWorkers?: number;
}

/**
 * Workers: one for the scenarios a person moves (the screen's and the pinned baseline), one for
 * the analysis that may take a few hundred runs (the waterfall, the tornado, goal-seek), each
 * started when first asked, and the batch workers started by the first batch. A scenario's
 * worker that dies or hangs is replaced and its latest scenario asked again.
 */
export class WorkerRunner implements ModelRunner {
  private readonly threads = new Map<ThreadName, WorkerThread>();
  readonly batches: Batches;

  constructor(private readonly opts: WorkerRunnerOptions) {
    this.batches = new WorkerBatches(opts.spawn, opts.batchWorkers);
  }

  /** The scenarios' worker (started now if it is not yet): the page's test hooks kill it and count its restarts. */
  get scenarios(): WorkerThread {
    return this.thread('scenarios');
  }

  lane<K extends JobKind>(listener: LaneListener<K>, thread: ThreadName = 'scenarios'): Lane<K> {
    return new Lane<K>(this.thread(thread), listener);
  }

  ask<K extends JobKind>(job: JobOf<K>): Promise<AnswerOf<K>> {
    return askOn(this.thread('analysis'), job);
  }

  dispose(): void {
    for (const t of this.threads.values()) t.dispose();
    this.threads.clear();
    this.batches.dispose();
  }

  private thread(name: ThreadName): WorkerThread {
    let t = this.threads.get(name);
    if (!t) {
      const scenarios = name === 'scenarios';
      t = new WorkerThread({
        spawn: () => this.opts.spawn(name),
        timeoutMs: scenarios ? (this.opts.timeoutMs ?? 5000) : undefined,
        maxRestarts: this.opts.maxRestarts,
        // only the scenarios' worker speaks to the page about itself; the others fail their job
        onRestart: scenarios ? this.opts.onRestart : undefined,
        onGiveUp: scenarios ? this.opts.onGiveUp : undefined,
      });
      this.threads.set(name, t);
    }
    return t;
  }
}

export { Lane, type LaneListener } from './lane';
export type { AnswerOf, Job, JobKind, JobOf } from './protocol';
export { defaultWorkerCount, type BatchOutcome, type BatchRun } from './batch';
