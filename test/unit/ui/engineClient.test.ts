import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineClient } from '../../../src/worker/engineClient';
import type { RunReply, RunRequest, WorkerLike } from '../../../src/worker/protocol';
import { makeResult } from '../charts/fixture';
import { defaultParams } from '../../../src/registry';

/** A scenario told apart by its horizon, so a test can see which one was posted. */
const P = (horizonMonths: number) => ({ ...defaultParams(), horizonMonths });

class FakeWorker implements WorkerLike {
  posted: RunRequest[] = [];
  terminated = false;
  private listeners: Record<string, ((e: never) => void)[]> = {};
  postMessage(m: RunRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, fn: (e: never) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  reply(r: RunReply) {
    for (const fn of this.listeners.message ?? []) fn({ data: r } as never);
  }
  crash() {
    for (const fn of this.listeners.error ?? []) fn(new Event('error') as never);
  }
}

function setup(timeoutMs = 1000) {
  const workers: FakeWorker[] = [];
  const results: number[] = [];
  const restarts: string[] = [];
  const client = new EngineClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    onResult: (_r, seq) => results.push(seq),
    onRestart: (reason) => restarts.push(reason),
    onRunError: () => {},
    timeoutMs,
  });
  return { client, workers, results, restarts };
}

afterEach(() => vi.useRealTimers());

describe('EngineClient', () => {
  it('keeps one run in flight and one pending; the latest request wins', () => {
    const { client, workers, results } = setup();
    client.request(P(1));
    client.request(P(2));
    client.request(P(3));
    const w = workers[0];
    expect(w.posted.map((p) => p.params.horizonMonths)).toEqual([1]);
    w.reply({ seq: 1, ok: true, result: makeResult(3) });
    expect(w.posted.map((p) => p.params.horizonMonths)).toEqual([1, 3]);
    w.reply({ seq: 3, ok: true, result: makeResult(3) });
    expect(results).toEqual([1, 3]);
    // the pending slot was cleared: no third run of the same scenario
    expect(client.runsStarted).toBe(2);
    expect(client.busy).toBe(false);
  });

  it('sends a worker the whole scenario once, then only the levers that changed', () => {
    const { client, workers } = setup();
    const first = P(36);
    client.request(first);
    const w = workers[0];
    expect(w.posted[0].patch).toBeFalsy();
    expect(Object.keys(w.posted[0].params).length).toBeGreaterThan(200);
    w.reply({ seq: 1, ok: true, result: makeResult(3) });
    client.request({ ...first, electricityUsdPerKwh: 0.12 });
    expect(w.posted[1]).toEqual({ seq: 2, params: { electricityUsdPerKwh: 0.12 }, patch: true });
    // a crash: the new worker holds nothing, so it gets the whole scenario again
    w.crash();
    expect(workers[1].posted[0].patch).toBeFalsy();
    expect(workers[1].posted[0].params.electricityUsdPerKwh).toBe(0.12);
    expect(workers[1].posted[0].params.horizonMonths).toBe(36);
  });

  it('restarts a crashed worker and re-runs the latest scenario', () => {
    const { client, workers, restarts } = setup();
    client.request(P(1));
    client.request(P(2));
    workers[0].crash();
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].posted.map((p) => p.params.horizonMonths)).toEqual([2]);
    expect(restarts).toHaveLength(1);
    expect(client.restarts).toBe(1);
  });

  it('treats a run that never returns as a hung worker', () => {
    vi.useFakeTimers();
    const { client, workers, results } = setup(500);
    client.request(P(7));
    vi.advanceTimersByTime(600);
    expect(workers).toHaveLength(2);
    workers[1].reply({ seq: 1, ok: true, result: makeResult(3) });
    expect(results).toEqual([1]);
  });

  it('gives up after repeated crashes without a reply, instead of restarting forever', () => {
    const gaveUp: string[] = [];
    const workers: FakeWorker[] = [];
    const client = new EngineClient({
      createWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
      onResult: () => {},
      onRestart: () => {},
      onRunError: () => {},
      onGiveUp: (r) => gaveUp.push(r),
      maxRestarts: 3,
    });
    client.request(P(1));
    for (let i = 0; i < 4; i++) workers[workers.length - 1].crash();
    expect(client.restarts).toBe(3);
    expect(gaveUp).toEqual(['The calculation worker crashed']);
    expect(workers).toHaveLength(4);
  });

  it('ignores late replies from a replaced worker', () => {
    const { client, workers, results } = setup();
    client.request(P(1));
    client.killWorker();
    workers[0].reply({ seq: 1, ok: true, result: makeResult(3) });
    expect(results).toEqual([]);
    workers[1].reply({ seq: 1, ok: true, result: makeResult(3) });
    expect(results).toEqual([1]);
  });
});
