import type { AnswerOf, JobKind, JobOf, Reply } from './protocol';
import type { Thread } from './thread';

export interface LaneListener<K extends JobKind> {
  /**
   * An answer, newest last: the job it answers (the very object asked), the round trip and the
   * time inside the engine.
   */
  onAnswer: (answer: AnswerOf<K>, seq: number, info: { job: JobOf<K>; ms: number; engineMs: number }) => void;
  /** The engine threw for a job, or the thread gave up; the last good answer stays on screen. */
  onError: (message: string, seq: number) => void;
  /**
   * Hear only the latest question's answer: one that returns while a newer job waits is
   * dropped (a waterfall is read when the hand stops; a scenario's result is drawn as it comes).
   */
  onlyLatest?: boolean;
}

/** Sequence numbers unique across the page's lanes, so a reply can never be taken for another's. */
let lastSeq = 0;

/**
 * A stream of questions of which only the latest matters (a scenario during a drag, the
 * waterfall as levers move): one job in flight and one pending; a newer job replaces the
 * pending one, so a drag never queues stale runs. When a job returns, the pending slot is
 * emptied before the next job starts (a dirty flag left set would run the same job twice).
 * If the thread loses the job (its worker died), the latest job is asked again.
 */
export class Lane<K extends JobKind> {
  private inFlight: { seq: number; job: JobOf<K> } | null = null;
  private pending: { seq: number; job: JobOf<K> } | null = null;
  private latest: { seq: number; job: JobOf<K> } | null = null;
  private disposed = false;

  constructor(
    private readonly thread: Thread,
    private readonly listener: LaneListener<K>,
  ) {}

  /** Asks; returns the job's sequence number. */
  ask(job: JobOf<K>): number {
    const req = { seq: ++lastSeq, job };
    this.latest = req;
    if (this.inFlight) this.pending = req;
    else this.start(req);
    return req.seq;
  }

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Stops listening; an answer still on its way is dropped. */
  dispose(): void {
    this.disposed = true;
    this.pending = null;
    this.latest = null;
  }

  private start(req: { seq: number; job: JobOf<K> }): void {
    if (this.disposed) return;
    const sentAt = performance.now();
    this.inFlight = req;
    this.thread.post(req.seq, req.job, {
      onReply: (reply) => this.finish(reply, sentAt),
      onLost: () => this.lost(req.seq),
    });
  }

  private finish(reply: Reply, sentAt: number): void {
    const job = this.inFlight?.seq === reply.seq ? this.inFlight.job : null;
    if (!job) return;
    this.inFlight = null;
    const next = this.pending;
    this.pending = null; // emptied before the next job starts, so nothing runs twice
    if (!this.disposed && !(next && this.listener.onlyLatest)) {
      if (reply.ok)
        this.listener.onAnswer(reply.answer as AnswerOf<K>, reply.seq, {
          job,
          ms: performance.now() - sentAt,
          engineMs: reply.engineMs,
        });
      else this.listener.onError(reply.error, reply.seq);
    }
    if (next) this.start(next);
  }

  private lost(seq: number): void {
    if (this.inFlight?.seq !== seq) return;
    this.inFlight = null;
    this.pending = null;
    if (this.latest) this.start(this.latest);
  }
}
