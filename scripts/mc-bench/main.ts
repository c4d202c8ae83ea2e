import { defaultParams } from '../../src/registry';
import type { RangeOverrides } from '../../src/engine/uncertainty';
import { defaultWorkerCount, MonteCarloPool } from '../../src/montecarlo';

/** What the bench and the browser test read back: timings and a fingerprint of the bands. */
export interface BenchRun {
  samples: number;
  workers: number;
  cores: number;
  elapsedMs: number;
  progressCalls: number;
  status: string;
  fingerprint: string;
  pInsolventEnd: number;
  p50CashEnd: number;
}

function fingerprint(values: ArrayLike<number>[]): string {
  let h = 0x811c9dc5;
  for (const arr of values)
    for (let i = 0; i < arr.length; i++) h = Math.imul(h ^ Math.round(arr[i] * 1e6), 0x01000193);
  return (h >>> 0).toString(16);
}

const pools = new Map<number, MonteCarloPool>();
function pool(workers: number): MonteCarloPool {
  let p = pools.get(workers);
  if (!p) pools.set(workers, (p = new MonteCarloPool({ workers })));
  return p;
}

/** `cancelAtSamples`: cancel at the first progress report with at least that many samples in. */
async function run(
  samples: number,
  seed: number,
  workers = defaultWorkerCount(),
  overrides: RangeOverrides = {},
  cancelAtSamples?: number,
): Promise<BenchRun> {
  let progressCalls = 0;
  const t0 = performance.now();
  const handle = pool(workers).start({ params: defaultParams(), overrides, seed, samples }, (_partial, done) => {
    progressCalls++;
    if (cancelAtSamples !== undefined && done >= cancelAtSamples) handle.cancel();
  });
  const outcome = await handle.result;
  const elapsedMs = performance.now() - t0;
  const summary = outcome.status === 'failed' ? null : outcome.summary;
  return {
    samples: summary?.samples ?? 0,
    workers,
    cores: navigator.hardwareConcurrency,
    elapsedMs,
    progressCalls,
    status: outcome.status,
    fingerprint: summary
      ? fingerprint([
          summary.cashUsdB.p10,
          summary.cashUsdB.p50,
          summary.cashUsdB.p90,
          summary.burnUsdB.p50,
          summary.pInsolventBy,
        ])
      : '',
    pInsolventEnd: summary ? summary.pInsolventBy[summary.months - 1] : NaN,
    p50CashEnd: summary ? summary.cashUsdB.p50[summary.months - 1] : NaN,
  };
}

declare global {
  interface Window {
    mcBench: { run: typeof run; defaultWorkers: number };
  }
}

window.mcBench = { run, defaultWorkers: defaultWorkerCount() };
document.getElementById('status')!.textContent = 'ready';
