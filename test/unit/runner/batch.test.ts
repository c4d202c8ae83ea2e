// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { mergeBatches, runBatch } from '../../../src/engine/uncertainty';
import { answer, transferables, wholeJob } from '../../../src/runner/answer';
import { defaultWorkerCount, WorkerBatches } from '../../../src/runner/batch';
import { PageBatches } from '../../../src/runner/inThread';
import { startMonteCarlo } from '../../../src/runner/monteCarlo';
import type { Reply, Request, WorkerLike } from '../../../src/runner/protocol';

const params = { ...defaultParams(), horizonMonths: 36 };

/** A stand-in for the runner's worker: answers through the same answer() on a later tick, like the real one. */
class FakeWorker implements WorkerLike {
  private listeners: Record<string, ((e: never) => void)[]> = {};
  private readonly held = new Map();
  terminated = false;
  constructor(private readonly crashOnFirst = false) {}
  addEventListener(type: string, fn: (e: never) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  postMessage(msg: Request): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crashOnFirst) {
        const e = Object.assign(new Event('error'), { message: 'boom' });
        for (const fn of this.listeners.error ?? []) fn(e as never);
        return;
      }
      const reply: Reply = { seq: msg.seq, ok: true, answer: answer(wholeJob(msg.job, this.held)), engineMs: 0 };
      for (const fn of this.listeners.message ?? []) fn({ data: reply } as never);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fake = (crashes = 0) => {
  let made = 0;
  return () => new FakeWorker(made++ < crashes);
};

describe('the batch mode', () => {
  it('sizes itself to the cores: one left to the page, at most four, two on a dual-core machine', () => {
    expect(defaultWorkerCount(1)).toBe(1);
    expect(defaultWorkerCount(2)).toBe(2);
    expect(defaultWorkerCount(3)).toBe(2);
    expect(defaultWorkerCount(4)).toBe(3);
    expect(defaultWorkerCount(16)).toBe(4);
    expect(defaultWorkerCount(0)).toBe(1);
  });

  it('merges Monte Carlo batches into the same summary as one direct batch, for any worker count and batch size', async () => {
    const direct = mergeBatches([runBatch(params, {}, 4, 0, 230)])!;
    for (const [workers, batchSize] of [
      [1, 230],
      [3, 17],
      [2, 50],
      [0, 60], // the page's own thread
    ]) {
      const batches = workers === 0 ? new PageBatches() : new WorkerBatches(fake(), workers);
      const progress: number[] = [];
      const run = startMonteCarlo(batches, { params, seed: 4, samples: 230 }, (_s, done) => progress.push(done), {
        batchSize,
        progressIntervalMs: 0,
      });
      const out = await run.result;
      batches.dispose();
      expect(out.status).toBe('done');
      if (out.status !== 'done') continue;
      expect(Array.from(out.summary.cashUsdB.p50)).toEqual(Array.from(direct.cashUsdB.p50));
      expect(Array.from(out.summary.pInsolventBy)).toEqual(Array.from(direct.pInsolventBy));
      expect(progress.at(-1)).toBe(230);
      for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    }
  });

  it('cancels: settles as cancelled with the samples so far, and a new run replaces an old one', async () => {
    const batches = new WorkerBatches(fake(), 2);
    const first = startMonteCarlo(
      batches,
      { params, seed: 1, samples: 2000 },
      (_s, done) => {
        if (done >= 40) first.cancel();
      },
      { batchSize: 20, progressIntervalMs: 0 },
    );
    const out = await first.result;
    expect(out.status).toBe('cancelled');
    if (out.status === 'cancelled') expect(out.done).toBeGreaterThanOrEqual(40);
    const a = startMonteCarlo(batches, { params, seed: 1, samples: 2000 });
    const b = startMonteCarlo(batches, { params, seed: 2, samples: 60 });
    expect((await a.result).status).toBe('cancelled');
    const done = await b.result;
    expect(done.status).toBe('done');
    if (done.status === 'done') expect(done.summary.samples).toBe(60);
    batches.dispose();
  });

  it('replaces a crashed worker and asks its job again; fails cleanly when workers cannot start', async () => {
    const batches = new WorkerBatches(fake(1), 1);
    const out = await startMonteCarlo(batches, { params, seed: 3, samples: 50 }, undefined, { batchSize: 25 }).result;
    expect(out.status).toBe('done');
    if (out.status === 'done') expect(out.summary.samples).toBe(50);
    batches.dispose();
    const broken = new WorkerBatches(fake(99), 1);
    const failed = await startMonteCarlo(broken, { params, seed: 3, samples: 50 }).result;
    expect(failed).toMatchObject({ status: 'failed', message: 'The calculation worker crashed (boom)' });
    broken.dispose();
  });
});

describe('the protocol', () => {
  it("hands over a run's series and a batch's rows without copying, each buffer once", () => {
    const run = answer({ kind: 'run', params });
    const buffers = transferables(run);
    expect(buffers.length).toBeGreaterThan(0);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(transferables(answer({ kind: 'samples', params, overrides: {}, seed: 1, from: 0, count: 3 }))).toHaveLength(
      5,
    );
  });

  it('refuses a patch that arrives before its scenario', () => {
    expect(() => wholeJob({ kind: 'patch', of: 'run', scenario: 'screen', changed: { pue: 1.3 } }, new Map())).toThrow(
      /before its scenario "screen"/,
    );
  });
});
