import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { mergeBatches, runBatch } from '../../../src/engine/uncertainty';
import { defaultWorkerCount, MonteCarloPool } from '../../../src/montecarlo';
import type { BatchReply, BatchRequest } from '../../../src/montecarlo/protocol';

const params = { ...defaultParams(), horizonMonths: 36 };

/** A stand-in for a module worker: runs the batch on a later tick, like the real one. */
class FakeWorker {
  onmessage: ((e: MessageEvent<BatchReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly crashOnFirst = false) {}
  postMessage(msg: BatchRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crashOnFirst) {
        this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
        return;
      }
      const batch = runBatch(msg.params, msg.overrides, msg.seed, msg.from, msg.count);
      this.onmessage?.({ data: { type: 'batch', runId: msg.runId, batch, elapsedMs: 0 } } as MessageEvent<BatchReply>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fake = (crashes = 0) => {
  let made = 0;
  return () => new FakeWorker(made++ < crashes) as unknown as Worker;
};

describe('MonteCarloPool', () => {
  it('sizes itself to the cores: one left to the page, at most four, two on a dual-core machine', () => {
    expect(defaultWorkerCount(1)).toBe(1);
    expect(defaultWorkerCount(2)).toBe(2);
    expect(defaultWorkerCount(3)).toBe(2);
    expect(defaultWorkerCount(4)).toBe(3);
    expect(defaultWorkerCount(16)).toBe(4);
    expect(defaultWorkerCount(0)).toBe(1);
  });

  it('merges batches into the same summary as one direct batch, for any worker count and batch size', async () => {
    const direct = mergeBatches([runBatch(params, {}, 4, 0, 230)])!;
    for (const [workers, batchSize] of [
      [1, 230],
      [3, 17],
      [2, 50],
    ]) {
      const pool = new MonteCarloPool({ workers, batchSize, createWorker: fake() });
      const progress: number[] = [];
      const out = await pool.start({ params, seed: 4, samples: 230 }, (_s, done) => progress.push(done)).result;
      pool.dispose();
      expect(out.status).toBe('done');
      if (out.status !== 'done') continue;
      expect(Array.from(out.summary.cashUsdB.p50)).toEqual(Array.from(direct.cashUsdB.p50));
      expect(Array.from(out.summary.pInsolventBy)).toEqual(Array.from(direct.pInsolventBy));
      expect(progress.at(-1)).toBe(230);
      for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    }
  });

  it('cancels: settles as cancelled with the samples so far, and a new run replaces an old one', async () => {
    const pool = new MonteCarloPool({ workers: 2, batchSize: 20, createWorker: fake() });
    const first = pool.start({ params, seed: 1, samples: 2000 }, (_s, done, _t) => {
      if (done >= 40) first.cancel();
    });
    const out = await first.result;
    expect(out.status).toBe('cancelled');
    if (out.status === 'cancelled') expect(out.done).toBeGreaterThanOrEqual(40);
    const a = pool.start({ params, seed: 1, samples: 2000 });
    const b = pool.start({ params, seed: 2, samples: 60 });
    expect((await a.result).status).toBe('cancelled');
    const done = await b.result;
    expect(done.status).toBe('done');
    if (done.status === 'done') expect(done.summary.samples).toBe(60);
    pool.dispose();
  });

  it('replaces a crashed worker and reruns its batch; fails cleanly when workers cannot start', async () => {
    const pool = new MonteCarloPool({ workers: 1, batchSize: 25, createWorker: fake(1) });
    const out = await pool.start({ params, seed: 3, samples: 50 }).result;
    expect(out.status).toBe('done');
    if (out.status === 'done') expect(out.summary.samples).toBe(50);
    pool.dispose();
    const broken = new MonteCarloPool({ workers: 1, createWorker: fake(99) });
    const failed = await broken.start({ params, seed: 3, samples: 50 }).result;
    expect(failed).toMatchObject({ status: 'failed', message: 'boom' });
    broken.dispose();
  });
});
