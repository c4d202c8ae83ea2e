// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lane } from '../../../src/runner/lane';
import type { JobOf, Reply, Request, RunPatch, WorkerLike } from '../../../src/runner/protocol';
import { WorkerThread } from '../../../src/runner/thread';
import { makeResult } from '../charts/fixture';
import { defaultParams } from '../../../src/registry';

/** A scenario told apart by its horizon, so a test can see which one was posted. */
const P = (horizonMonths: number) => ({ ...defaultParams(), horizonMonths });
const run = (horizonMonths: number): JobOf<'run'> => ({ kind: 'run', params: P(horizonMonths), scenario: 'screen' });
/** The horizon a posted request asks for (a whole run or a patch). */
const horizon = (r: Request) =>
  r.job.kind === 'run' ? r.job.params.horizonMonths : (r.job as RunPatch).changed.horizonMonths;

class FakeWorker implements WorkerLike {
  posted: Request[] = [];
  terminated = false;
  private listeners: Record<string, ((e: never) => void)[]> = {};
  postMessage(m: Request) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, fn: (e: never) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  reply(seq: number) {
    const r: Reply = { seq, ok: true, answer: makeResult(3), engineMs: 0.1 };
    for (const fn of this.listeners.message ?? []) fn({ data: r } as never);
  }
  crash() {
    for (const fn of this.listeners.error ?? []) fn(new Event('error') as never);
  }
}

function setup(timeoutMs = 1000, maxRestarts?: number) {
  const workers: FakeWorker[] = [];
  const answered: number[] = [];
  const restarts: string[] = [];
  const gaveUp: string[] = [];
  const thread = new WorkerThread({
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs,
    maxRestarts,
    onRestart: (reason) => restarts.push(reason),
    onGiveUp: (reason) => gaveUp.push(reason),
  });
  const errors: string[] = [];
  // each answer is recorded by the horizon of the job it answers
  const lane = new Lane<'run'>(thread, {
    onAnswer: (_r, _seq, { job }) => answered.push(job.params.horizonMonths),
    onError: (m) => errors.push(m),
  });
  const reply = (w: FakeWorker, i: number) => w.reply(w.posted[i].seq);
  return { thread, lane, workers, answered, restarts, gaveUp, errors, reply };
}

afterEach(() => vi.useRealTimers());

describe('a lane on a worker thread', () => {
  it('keeps one run in flight and one pending; the latest request wins', () => {
    const { thread, lane, workers, answered, reply } = setup();
    lane.ask(run(1));
    lane.ask(run(2));
    lane.ask(run(3));
    const w = workers[0];
    expect(w.posted.map(horizon)).toEqual([1]);
    reply(w, 0);
    expect(w.posted.map(horizon)).toEqual([1, 3]);
    reply(w, 1);
    expect(answered).toEqual([1, 3]);
    // the pending slot was cleared: no third run of the same scenario
    expect(thread.posted).toBe(2);
    expect(lane.busy).toBe(false);
  });

  it('sends a worker the whole scenario once, then only the levers that changed', () => {
    const { lane, workers, reply } = setup();
    const first = run(36);
    lane.ask(first);
    const w = workers[0];
    expect(w.posted[0].job.kind).toBe('run');
    expect(Object.keys((w.posted[0].job as JobOf<'run'>).params).length).toBeGreaterThan(200);
    reply(w, 0);
    lane.ask({ ...first, params: { ...first.params, electricityUsdPerKwh: 0.12 } });
    expect(w.posted[1].job).toEqual({
      kind: 'patch',
      of: 'run',
      scenario: 'screen',
      changed: { electricityUsdPerKwh: 0.12 },
    });
    // a crash: the new worker holds nothing, so it gets the whole scenario again
    w.crash();
    const again = workers[1].posted[0].job as JobOf<'run'>;
    expect(again.kind).toBe('run');
    expect(again.params.electricityUsdPerKwh).toBe(0.12);
    expect(again.params.horizonMonths).toBe(36);
  });

  it('restarts a crashed worker and asks the latest scenario again', () => {
    const { thread, lane, workers, restarts } = setup();
    lane.ask(run(1));
    lane.ask(run(2));
    workers[0].crash();
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].posted.map(horizon)).toEqual([2]);
    expect(restarts).toEqual(['The calculation worker crashed']);
    expect(thread.restarts).toBe(1);
  });

  it('treats a run that never returns as a hung worker', () => {
    vi.useFakeTimers();
    const { lane, workers, answered, reply } = setup(500);
    lane.ask(run(7));
    vi.advanceTimersByTime(600);
    expect(workers).toHaveLength(2);
    reply(workers[1], 0);
    expect(answered).toEqual([7]);
  });

  it('restarts when a job is held its whole timeout after the one before it was answered, and not before', () => {
    vi.useFakeTimers();
    const { lane, workers, answered, reply } = setup(500);
    lane.ask(run(1));
    vi.advanceTimersByTime(400);
    reply(workers[0], 0);
    lane.ask(run(2)); // posted at 400 ms: due at 900 ms
    vi.advanceTimersByTime(499); // 899 ms: the watchdog fired at 500 ms and found the job 100 ms old
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(2); // 901 ms
    expect(workers).toHaveLength(2);
    expect(answered).toEqual([1]);
  });

  it('keeps one timer for a run of answered steps, and restarts none', () => {
    vi.useFakeTimers();
    const { lane, workers, reply } = setup(500);
    const arms = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 100; i++) {
      lane.ask(run(i + 1));
      vi.advanceTimersByTime(20);
      reply(workers[0], i);
    }
    // 2 s of steps, 20 ms each. Armed at 0; at 500 ms the step posted at 480 is in flight, so it
    // re-arms for 480 ms; likewise at 980, 1460 and 1940 ms: five timers, not one a step
    expect(arms).toHaveBeenCalledTimes(5);
    expect(vi.getTimerCount()).toBe(1);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    expect(workers).toHaveLength(1);
  });

  it('gives up after repeated crashes without a reply, instead of restarting forever', () => {
    const { thread, lane, workers, gaveUp, errors } = setup(1000, 3);
    lane.ask(run(1));
    for (let i = 0; i < 4; i++) workers[workers.length - 1].crash();
    expect(thread.restarts).toBe(3);
    expect(gaveUp).toEqual(['The calculation worker crashed']);
    expect(workers).toHaveLength(4);
    // the lane hears it, and so does every later question, at once
    expect(errors).toEqual(['The calculation worker crashed; the calculation stopped']);
    lane.ask(run(2));
    expect(errors).toHaveLength(2);
  });

  it('ignores late replies from a replaced worker', () => {
    const { thread, lane, workers, answered, reply } = setup();
    lane.ask(run(1));
    thread.kill();
    workers[0].reply(workers[0].posted[0].seq);
    expect(answered).toEqual([]);
    reply(workers[1], 0);
    expect(answered).toEqual([1]);
  });

  it('two named scenarios share one worker, each patched against its own last run', () => {
    const { thread, workers, reply } = setup();
    const screen = new Lane<'run'>(thread, { onAnswer: () => {}, onError: () => {} });
    const baseline = new Lane<'run'>(thread, { onAnswer: () => {}, onError: () => {} });
    screen.ask(run(36));
    baseline.ask({ kind: 'run', params: P(48), scenario: 'baseline' });
    const w = workers[0];
    expect(w.posted.map((r) => r.job.kind)).toEqual(['run', 'run']);
    reply(w, 0);
    reply(w, 1);
    screen.ask({ ...run(36), params: { ...P(36), pue: 1.3 } });
    expect(w.posted[2].job).toEqual({ kind: 'patch', of: 'run', scenario: 'screen', changed: { pue: 1.3 } });
    expect(workers).toHaveLength(1);
  });
});

describe('a lane that hears only the latest answer', () => {
  it('drops an answer that returns while a newer question waits', () => {
    const { thread, workers } = setup();
    const heard: number[] = [];
    const lane = new Lane<'run'>(thread, {
      onAnswer: (_r, seq) => heard.push(seq),
      onError: () => {},
      onlyLatest: true,
    });
    lane.ask(run(1));
    const second = lane.ask(run(2));
    workers[0].reply(workers[0].posted[0].seq);
    expect(heard).toEqual([]);
    workers[0].reply(workers[0].posted[1].seq);
    expect(heard).toEqual([second]);
  });
});
