/**
 * npm run bench: median µs per deterministic 72-month run of the engine in Node, and runs/s.
 * Varies one lever per run so nothing is cached; warms up first so the JIT has settled.
 */
import os from 'node:os';
import { runScenario } from '../src/engine';
import { defaultParams } from '../src/registry';

const WARMUP = 300;
const RUNS = 3000;
const TARGET_US = 100;

function bench(): { medianUs: number; p95Us: number; runsPerSec: number } {
  const p = defaultParams();
  const times = new Float64Array(RUNS);
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += runScenario({ ...p, electricityUsdPerKwh: 0.05 + (i % 50) / 1000 }).summary.minCashUsdB;
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const params = { ...p, electricityUsdPerKwh: 0.05 + (i % 50) / 1000 };
    const start = performance.now();
    sink += runScenario(params).summary.minCashUsdB;
    times[i] = (performance.now() - start) * 1000;
  }
  const total = performance.now() - t0;
  if (!Number.isFinite(sink)) throw new Error('non-finite engine output');
  times.sort();
  return { medianUs: times[RUNS >> 1], p95Us: times[Math.floor(RUNS * 0.95)], runsPerSec: RUNS / (total / 1000) };
}

const r = bench();
console.log(`engine: 72-month run median ${r.medianUs.toFixed(1)} µs, p95 ${r.p95Us.toFixed(1)} µs, ${Math.round(r.runsPerSec)} runs/s`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(`target: median ≤ ${TARGET_US} µs — ${r.medianUs <= TARGET_US ? 'met' : 'MISSED'}`);
