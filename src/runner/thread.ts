import { LEVERS, type ParamValues, type Params } from '../registry';
import { leversSetSince } from '../registry/lineage';
import type { Held } from './answer';
import type { Job, Reply, Request, RunPatch, WorkerLike } from './protocol';

/** What a poster hears about one job: its reply, or that it was lost with a worker that died. */
export interface Posted {
  onReply: (reply: Reply) => void;
  /** The worker died or hung before replying; post again if the answer is still wanted. */
  onLost: (reason: string) => void;
}

/** Where jobs are answered: the page's own thread, or a worker. Both speak Request and Reply. */
export interface Thread {
  post(seq: number, job: Job, posted: Posted): void;
  dispose(): void;
}

export interface WorkerThreadOptions {
  spawn: () => WorkerLike;
  /** A job taking longer than this is taken as a hung worker (none when absent). */
  timeoutMs?: number;
  /** After this many restarts in a row without a reply, stop trying (a worker that cannot start). */
  maxRestarts?: number;
  /** The worker was replaced; the jobs it held were handed back through their onLost. */
  onRestart?: (reason: string) => void;
  /** Called once when the thread gives up, with the last error the worker reported; every later job is answered with an error. */
  onGiveUp?: (reason: string) => void;
}

/** A patch larger than this is sent as a whole scenario. */
const MAX_PATCH = 24;

/** Every lever id, once: walking a list is cheaper than enumerating a 260-key object on every step. */
const LEVER_IDS = LEVERS.map((l) => l.id);

/**
 * The levers of `next` that differ from `held`, or null when that is most of them. A slider step's
 * scenario was made from the last by setting one lever (src/registry/lineage), so only the levers
 * set since `held` are compared; a scenario of another origin is compared lever by lever.
 */
export function paramsPatch(held: Params, next: Params): Partial<ParamValues> | null {
  const patch: Partial<ParamValues> = {};
  const set = leversSetSince(held, next, MAX_PATCH);
  if (set) {
    for (const id of set) if (!Object.is(held[id], next[id])) patch[id] = next[id];
    return patch;
  }
  let n = 0;
  for (const id of LEVER_IDS) {
    if (Object.is(held[id], next[id])) continue;
    if (++n > MAX_PATCH) return null;
    patch[id] = next[id];
  }
  return patch;
}

interface InFlight extends Posted {
  /** When it was posted (Date.now), for the watchdog. */
  since: number;
}

/**
 * One worker and the jobs posted to it. A named scenario's run is sent as a patch against what
 * this worker last ran under that name. When the worker crashes, errors on a message or holds a
 * job past the timeout, it is terminated and replaced, and every job it held is handed back to
 * its poster (who posts again what is still wanted: the latest scenario, not a stale one).
 */
export class WorkerThread implements Thread {
  private worker: WorkerLike;
  private readonly inFlight = new Map<number, InFlight>();
  /** Each named scenario as the current worker holds it; empty for a new worker. */
  private readonly held = new Map<string, Held>();
  private failuresInARow = 0;
  /** What the last crash said ("failed to load", an uncaught error), for the message when the thread gives up. */
  private lastError = '';
  private dead: string | null = null;
  private disposed = false;
  /**
   * One timer watches every job in flight (a timer per job cost a setTimeout and a clearTimeout
   * on every slider step): it stays armed while it is due, and when it fires it restarts the
   * worker if the oldest job has waited the timeout, or re-arms for when that job will have.
   */
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  /** How many times the worker was replaced; tests and the page's hooks read it. */
  restarts = 0;
  /** How many jobs were posted to a worker; tests read it to check coalescing. */
  posted = 0;

  constructor(private readonly opts: WorkerThreadOptions) {
    this.worker = this.spawn();
  }

  post(seq: number, job: Job, posted: Posted): void {
    if (this.dead !== null) return posted.onReply({ seq, ok: false, error: this.dead });
    this.inFlight.set(seq, { ...posted, since: Date.now() });
    if (this.watchdog === null && this.opts.timeoutMs !== undefined) this.arm(this.opts.timeoutMs);
    this.posted++;
    this.worker.postMessage({ seq, job: this.compact(job) });
  }

  /** Kills the worker as a crash would: it is replaced and its jobs handed back. Test hook. */
  kill(): void {
    this.restart('The calculation worker stopped');
  }

  dispose(): void {
    this.disposed = true;
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
    this.inFlight.clear();
    this.worker.terminate();
  }

  /**
   * A named run as only what changed since this worker last ran that scenario; a drawn run's
   * view and baseline go only when they are new objects.
   */
  private compact(job: Job): Request['job'] {
    if ((job.kind !== 'run' && job.kind !== 'draw') || !job.scenario) return job;
    const before = this.held.get(job.scenario);
    const now: Held = { params: job.params };
    if (job.kind === 'draw') Object.assign(now, { view: job.view, baseline: job.baseline });
    this.held.set(job.scenario, now);
    const changed = before && paramsPatch(before.params, job.params);
    if (!changed) return job;
    const patch: RunPatch = { kind: 'patch', of: job.kind, scenario: job.scenario, changed };
    if (job.kind === 'draw') {
      if (before.view !== job.view) patch.view = job.view;
      if (before.baseline !== job.baseline) patch.baseline = job.baseline;
    }
    return patch;
  }

  private spawn(): WorkerLike {
    this.held.clear();
    const w = this.opts.spawn();
    w.addEventListener('message', (e) => {
      if (w === this.worker) this.receive(e.data);
    });
    const die = (e: Event) => {
      if (w !== this.worker) return;
      // handled here: the worker is replaced, so the error is not the page's uncaught error
      e.preventDefault();
      if (e instanceof ErrorEvent || 'message' in e) this.lastError = String((e as ErrorEvent).message ?? '');
      this.restart('The calculation worker crashed');
    };
    w.addEventListener('error', die);
    w.addEventListener('messageerror', die);
    return w;
  }

  private receive(reply: Reply): void {
    const job = this.inFlight.get(reply.seq);
    if (!job) return;
    this.inFlight.delete(reply.seq);
    this.failuresInARow = 0;
    job.onReply(reply);
  }

  private arm(ms: number): void {
    this.watchdog = setTimeout(() => this.watch(), ms);
  }

  /** The watchdog's turn: a job held past the timeout restarts the worker. */
  private watch(): void {
    this.watchdog = null;
    const timeout = this.opts.timeoutMs;
    if (timeout === undefined || this.inFlight.size === 0) return;
    let oldest = Infinity;
    for (const job of this.inFlight.values()) oldest = Math.min(oldest, job.since);
    const left = oldest + timeout - Date.now();
    if (left > 0) this.arm(left);
    else this.restart('The calculation took too long');
  }

  private restart(reason: string): void {
    if (this.disposed || this.dead !== null) return;
    this.worker.terminate();
    const lost = [...this.inFlight.values()];
    this.inFlight.clear();
    if (++this.failuresInARow > (this.opts.maxRestarts ?? 3)) {
      const detail = this.lastError ? ` (${this.lastError})` : '';
      this.dead = `${reason}${detail}; the calculation stopped`;
      this.opts.onGiveUp?.(`${reason}${detail}`);
      for (const job of lost) job.onLost(this.dead);
      return;
    }
    this.restarts++;
    this.worker = this.spawn();
    this.opts.onRestart?.(reason);
    for (const job of lost) job.onLost(reason);
  }
}
