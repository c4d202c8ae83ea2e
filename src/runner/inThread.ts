import { answer } from './answer';
import { batchSeq, type BatchOutcome, type BatchRun, type Batches, type OnBatchAnswer } from './batch';
import { askOn, type ModelRunner } from './index';
import { Lane, type LaneListener } from './lane';
import type { AnswerOf, Job, JobKind, JobOf, Reply } from './protocol';
import type { Posted, Thread } from './thread';

/*
 * The model runner in the page's own thread: the same protocol and the same answers as the
 * workers, for the CLI, unit tests, the embed and the runs a slide or compare draws at once.
 * It brings the whole engine with it, so the dashboard's first load (which asks only its
 * workers) never imports this module.
 */

/** Answers each job on the page's thread before `post` returns (the CLI, tests, the embed). */
export class PageThread implements Thread {
  post(seq: number, job: Job, posted: Posted): void {
    let reply: Reply;
    try {
      const t0 = performance.now();
      reply = { seq, ok: true, answer: answer(job), engineMs: performance.now() - t0 };
    } catch (err) {
      reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    posted.onReply(reply);
  }
  dispose(): void {}
}

/**
 * The same batches on the page's thread, one job per task so the page keeps answering between
 * them: for environments without module workers (jsdom in tests). Same answers, only slower.
 */
export class PageBatches implements Batches {
  readonly workers = 0;
  private readonly thread = new PageThread();
  private cancelCurrent: (() => void) | null = null;

  start<K extends JobKind>(jobs: readonly JobOf<K>[], onAnswer: OnBatchAnswer<K>): BatchRun {
    this.cancelCurrent?.();
    let settle!: (o: BatchOutcome) => void;
    const result = new Promise<BatchOutcome>((ok) => (settle = ok));
    let next = 0;
    let over = false;
    const end = (o: BatchOutcome) => {
      if (over) return;
      over = true;
      settle(o);
    };
    const cancel = () => end({ status: 'cancelled' });
    this.cancelCurrent = cancel;
    const step = () => {
      if (over) return;
      const index = next++;
      this.thread.post(++batchSeq.last, jobs[index], {
        onReply: (reply) => {
          if (!reply.ok) return end({ status: 'failed', message: `job ${index}: ${reply.error}` });
          onAnswer(reply.answer as AnswerOf<K>, index);
          if (next >= jobs.length) end({ status: 'done' });
          else setTimeout(step, 0);
        },
        onLost: () => {},
      });
    };
    if (jobs.length === 0) end({ status: 'failed', message: 'no jobs asked for' });
    else setTimeout(step, 0);
    return { result, cancel };
  }

  dispose(): void {
    this.cancelCurrent?.();
  }
}

/** Everything in the page's thread; `answerNow` answers a small job before it returns. */
export class InThreadRunner implements ModelRunner {
  private readonly thread = new PageThread();
  readonly batches: Batches = new PageBatches();

  lane<K extends JobKind>(listener: LaneListener<K>): Lane<K> {
    return new Lane<K>(this.thread, listener);
  }

  ask<K extends JobKind>(job: JobOf<K>): Promise<AnswerOf<K>> {
    // after the caller's task, as a worker's answer would come
    return Promise.resolve().then(() => askOn(this.thread, job));
  }

  /** One small job, answered now: a run the page draws in this frame (~50 µs). */
  answerNow<K extends JobKind>(job: JobOf<K>): AnswerOf<K> {
    return answer(job);
  }

  dispose(): void {
    this.batches.dispose();
  }
}

/** The in-thread runner every module may use for a single run it draws at once (slides, compare, the embed, the CLI). */
export const inThread = new InThreadRunner();
