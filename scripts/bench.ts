/**
 * npm run bench: median µs per deterministic 72-month run of the engine in Node, and runs/s.
 *
 * The engine is first bundled to one ES module with esbuild, as the browser receives it;
 * running it straight through tsx would time tsx's CommonJS interop getters on every call
 * instead of the engine. Each run varies the electricity price, as a slider's drag does, so no
 * run repeats the last one; the record, the time axis's events and the capacity build do not
 * read that lever, so the engine keeps them between runs, as it does for a drag. A second
 * figure varies Stargate's capex, which the capacity build and the events read: nothing but the
 * record is kept. Warm-up first.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { runScenario as RunScenario } from '../src/engine';
import type { defaultParams as DefaultParams } from '../src/registry';

const WARMUP = 500;
const RUNS = 5000;
const TARGET_US = 100;

async function loadEngine(): Promise<{ runScenario: typeof RunScenario; defaultParams: typeof DefaultParams }> {
  const dir = mkdtempSync(join(os.tmpdir(), 'engine-bench-'));
  const outfile = join(dir, 'engine.mjs');
  await build({
    stdin: {
      contents: "export { runScenario } from './src/engine'; export { defaultParams } from './src/registry';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'error',
    mainFields: ['module', 'main'],
  });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

const { runScenario, defaultParams } = await loadEngine();
const p = defaultParams();
const scenarios = Array.from({ length: 50 }, (_, i) => ({ ...p, electricityUsdPerKwh: 0.05 + i / 1000 }));
let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += runScenario(scenarios[i % 50]).summary.minCashUsdB;
const times = new Float64Array(RUNS);
/** Median µs of a run over scenarios that each move Stargate's capex (the build is made anew). */
function rebuiltMedian(): number {
  const rebuilt = Array.from({ length: 50 }, (_, i) => ({ ...p, stargateCapexUsdB: p.stargateCapexUsdB + i }));
  for (let i = 0; i < WARMUP; i++) sink += runScenario(rebuilt[i % 50]).summary.minCashUsdB;
  const t = new Float64Array(RUNS / 5);
  for (let i = 0; i < t.length; i++) {
    const start = performance.now();
    sink += runScenario(rebuilt[i % 50]).summary.minCashUsdB;
    t[i] = (performance.now() - start) * 1000;
  }
  return t.sort()[t.length >> 1];
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  sink += runScenario(scenarios[i % 50]).summary.minCashUsdB;
  times[i] = (performance.now() - start) * 1000;
}
const totalMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// CPU time of this process per run: what the engine costs when it has a core to itself,
// whatever else the (shared, 2-core) machine is doing. Wall time is printed beside it.
const cpuUs = (cpu.user + cpu.system) / RUNS;
if (!Number.isFinite(sink)) throw new Error('non-finite engine output');
times.sort();
const median = times[RUNS >> 1];
console.log(
  `engine: 72-month run median ${median.toFixed(1)} µs, p95 ${times[Math.floor(RUNS * 0.95)].toFixed(1)} µs, ${Math.round(RUNS / (totalMs / 1000))} runs/s`,
);
console.log(
  `engine: a run that moves Stargate's capex (capacity build and events made anew) median ${rebuiltMedian().toFixed(1)} µs`,
);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
);
console.log(`engine: CPU time ${cpuUs.toFixed(1)} µs per run (unaffected by other processes' load)`);
console.log(
  `target: median ≤ ${TARGET_US} µs — wall ${median <= TARGET_US ? 'met' : 'missed'}, CPU ${cpuUs <= TARGET_US ? 'met' : 'missed'}`,
);
