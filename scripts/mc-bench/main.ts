import { defaultParams } from '../../src/registry';
import type { RangeOverrides } from '../../src/engine/uncertainty';
import { defaultWorkerCount } from '../../src/runner';
import { WorkerBatches } from '../../src/runner/batch';
import { startMonteCarlo } from '../../src/runner/monteCarlo';
import { spawnRunnerWorker } from '../../src/runner/spawn';

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

/** The model runner's batch mode, one per worker count asked for (its workers stay warm between runs). */
const pools = new Map<number, WorkerBatches>();
function pool(workers: number): WorkerBatches {
  let p = pools.get(workers);
  if (!p) pools.set(workers, (p = new WorkerBatches(spawnRunnerWorker, workers)));
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
  const handle = startMonteCarlo(
    pool(workers),
    { params: defaultParams(), overrides, seed, samples },
    (_partial, done) => {
      progressCalls++;
      if (cancelAtSamples !== undefined && done >= cancelAtSamples) handle.cancel();
    },
  );
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
