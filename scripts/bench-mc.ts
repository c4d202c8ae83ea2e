/**
 * Monte Carlo in Node: 10,000 samples of the full model on one thread, in the pool's batches
 * of 250, then the merge into bands. Run: npx tsx scripts/bench-mc.ts [samples] [seed]
 */
import { defaultParams } from '../src/registry';
import { effectiveRanges, mergeBatches, runBatch, type SampleBatch } from '../src/engine/uncertainty';

const samples = Number(process.argv[2] ?? 10000);
const seed = Number(process.argv[3] ?? 1);
const params = defaultParams();
const ranges = effectiveRanges(params);

// Warm the JIT on a separate seed so the timed run measures steady state, as a warm worker would.
runBatch(params, {}, seed + 1, 0, 500, ranges);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const batches: SampleBatch[] = [];
for (let from = 0; from < samples; from += 250)
  batches.push(runBatch(params, {}, seed, from, Math.min(250, samples - from), ranges));
const t1 = performance.now();
const cpu1 = process.cpuUsage(cpu0);
const summary = mergeBatches(batches)!;
const t2 = performance.now();

const endYear = Math.floor((summary.startMonth + summary.months - 1) / 12);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
console.log(
  `Monte Carlo bench (Node ${process.version}, one thread): ${samples} samples × ${summary.months} months, ${ranges.length} ranged levers, seed ${seed}`,
);
const cpuMs = (cpu1.user + cpu1.system) / 1000;
console.log(
  `  samples  ${(t1 - t0).toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU  (${(((t1 - t0) / samples) * 1000).toFixed(0)} µs wall, ${((cpuMs / samples) * 1000).toFixed(0)} µs CPU per sample)`,
);
console.log(`  merge    ${(t2 - t1).toFixed(0)} ms  (percentiles of cash and burn per month, P(insolvent), histogram)`);
console.log(`  total    ${(t2 - t0).toFixed(0)} ms`);
const [load1] = (await import('node:os')).loadavg();
console.log(
  `  load average ${load1.toFixed(1)} on ${(await import('node:os')).cpus().length} cores: wall times on a busy machine overstate the cost; CPU time is the steadier figure`,
);
console.log(
  `  P(cash < 0 by Dec ${endYear}) = ${pct(summary.pInsolventBy[summary.months - 1])}; never insolvent ${pct(summary.neverInsolvent.share)}`,
);
