import type { LeverId, ParamValues, Params } from '../registry';
import type { ScenarioResult } from '../engine/types';
import type { RunReply, RunRequest, WorkerLike } from './protocol';

export interface EngineClientOptions {
  createWorker: () => WorkerLike;
  /** `ms` is the round trip from posting the run to its reply; `engineMs` the part inside the engine. */
  onResult: (result: ScenarioResult, seq: number, ms: number, engineMs: number) => void;
  /** The worker died or hung and was replaced; the latest scenario is being re-run. */
  onRestart: (reason: string) => void;
  /** The engine threw for a scenario; the last good result stays on screen. */
  onRunError: (message: string, seq: number) => void;
  /** A run taking longer than this is taken as a hung worker. */
  timeoutMs?: number;
  /** After this many restarts in a row without a reply, stop trying (a worker that cannot start). */
  maxRestarts?: number;
  /** Called once when the client gives up. */
  onGiveUp?: (reason: string) => void;
  now?: () => number;
}

interface Job {
  seq: number;
  params: Params;
  sentAt: number;
}

/** A patch larger than this is sent as a whole scenario. */
const MAX_PATCH = 24;

/** The levers of `next` that differ from `held`, or null when that is most of them. */
export function paramsPatch(held: Params, next: Params): Partial<ParamValues> | null {
  const patch: Partial<ParamValues> = {};
  let n = 0;
  for (const id of Object.keys(next) as LeverId[]) {
    if (Object.is(held[id], next[id])) continue;
    if (++n > MAX_PATCH) return null;
    patch[id] = next[id];
  }
  return patch;
}

/**
 * Keeps one run in flight and one pending; a newer request replaces the pending one, so a
 * drag never queues up stale runs. When a run returns, the pending slot is emptied before the
 * next run starts — a dirty flag left set would run the same scenario twice.
 */
export class EngineClient {
  private worker: WorkerLike;
  private inFlight: Job | null = null;
  private pending: Omit<Job, 'sentAt'> | null = null;
  private latest: Omit<Job, 'sentAt'> | null = null;
  /** The scenario the current worker holds (what the next patch applies to); null for a new worker. */
  private held: Params | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private seq = 0;
  private disposed = false;
  private failuresInARow = 0;
  /** How many times the worker was replaced; tests read it. */
  restarts = 0;
  /** How many runs were posted to a worker; tests read it to check coalescing. */
  runsStarted = 0;

  constructor(private readonly opts: EngineClientOptions) {
    this.worker = this.spawn();
  }

  /** Asks for a run of `params`; returns the request's sequence number. */
  request(params: Params): number {
    const req = { seq: ++this.seq, params };
    this.latest = req;
    if (this.inFlight) this.pending = req;
    else this.start(req);
    return req.seq;
  }

  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Kills the worker as a crash would; the client notices, restarts and re-runs. Test hook. */
  killWorker(): void {
    this.worker.terminate();
    this.restart('The calculation worker stopped');
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.worker.terminate();
  }

  private spawn(): WorkerLike {
    this.held = null;
    const w = this.opts.createWorker();
    w.addEventListener('message', (e) => {
      if (w === this.worker) this.onReply(e.data);
    });
    const die = () => {
      if (w === this.worker) this.restart('The calculation worker crashed');
    };
    w.addEventListener('error', die);
    w.addEventListener('messageerror', die);
    return w;
  }

  private start(req: Omit<Job, 'sentAt'>): void {
    const now = this.opts.now ?? (() => performance.now());
    this.inFlight = { ...req, sentAt: now() };
    this.runsStarted++;
    this.clearTimer();
    this.timer = setTimeout(() => this.restart('The calculation took too long'), this.opts.timeoutMs ?? 5000);
    const patch = this.held && paramsPatch(this.held, req.params);
    const message: RunRequest = patch
      ? { seq: req.seq, params: patch, patch: true }
      : { seq: req.seq, params: req.params };
    this.held = req.params;
    this.worker.postMessage(message);
  }

  private onReply(reply: RunReply): void {
    const job = this.inFlight;
    if (!job || reply.seq !== job.seq) return;
    this.clearTimer();
    this.failuresInARow = 0;
    this.inFlight = null;
    const next = this.pending;
    this.pending = null;
    const ms = (this.opts.now ?? (() => performance.now()))() - job.sentAt;
    if (reply.ok) this.opts.onResult(reply.result, reply.seq, ms, reply.engineMs ?? NaN);
    else this.opts.onRunError(reply.error, reply.seq);
    if (next && !this.disposed) this.start(next);
  }

  private restart(reason: string): void {
    if (this.disposed) return;
    this.clearTimer();
    this.worker.terminate();
    this.inFlight = null;
    this.pending = null;
    if (++this.failuresInARow > (this.opts.maxRestarts ?? 3)) {
      this.disposed = true;
      this.opts.onGiveUp?.(reason);
      return;
    }
    this.restarts++;
    this.worker = this.spawn();
    this.opts.onRestart(reason);
    if (this.latest) this.start(this.latest);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
