import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { runScenario } from '../../../src/engine';
import {
  mergeBatches,
  percentileSorted,
  runBatch,
  sampleParams,
  type UncertaintySummary,
} from '../../../src/engine/uncertainty';

// A short horizon keeps the suite quick on two cores; the properties do not depend on it.
const params = { ...defaultParams(), horizonMonths: 48 };

function split(seed: number, n: number, sizes: number[]) {
  const batches = [];
  let from = 0;
  for (const size of sizes) {
    const count = Math.min(size, n - from);
    if (count <= 0) break;
    batches.push(runBatch(params, {}, seed, from, count));
    from += count;
  }
  if (from < n) batches.push(runBatch(params, {}, seed, from, n - from));
  return batches;
}

describe('Monte Carlo batches', () => {
  it('give identical percentiles for the same seed, however the samples are split and ordered', () => {
    const whole = mergeBatches(split(11, 120, [120]))!;
    const pieces = split(11, 120, [1, 19, 40, 7, 53]);
    const shuffled = mergeBatches([pieces[3], pieces[0], pieces[5], pieces[2], pieces[4], pieces[1]].filter(Boolean))!;
    expect(shuffled.samples).toBe(120);
    expect(Array.from(shuffled.cashUsdB.p50)).toEqual(Array.from(whole.cashUsdB.p50));
    expect(Array.from(shuffled.burnUsdB.p90)).toEqual(Array.from(whole.burnUsdB.p90));
    expect(Array.from(shuffled.pInsolventBy)).toEqual(Array.from(whole.pInsolventBy));
    expect(shuffled.insolvencyByYear).toEqual(whole.insolvencyByYear);
  });

  it('differ for a different seed', () => {
    const a = mergeBatches(split(1, 60, [60]))!;
    const b = mergeBatches(split(2, 60, [60]))!;
    expect(Array.from(a.cashUsdB.p50)).not.toEqual(Array.from(b.cashUsdB.p50));
  });

  it('store each sample exactly as a direct engine run of its drawn levers', () => {
    const batch = runBatch(params, {}, 5, 40, 12);
    for (let k = 0; k < 12; k++) {
      const r = runScenario(sampleParams(params, {}, 5, 40 + k));
      const months = r.months;
      expect(Array.from(batch.cashUsdB.subarray(k * months, (k + 1) * months))).toEqual(
        Array.from(Float32Array.from(r.monthly.cashUsdB)),
      );
      expect(Array.from(batch.burnUsdB.subarray(k * months, (k + 1) * months))).toEqual(
        Array.from(Float32Array.from(r.monthly.burnUsdB)),
      );
      expect(batch.insolvency[k]).toBe(
        r.summary.insolvencyMonth === null ? -1 : r.summary.insolvencyMonth - r.startMonth,
      );
      expect(batch.breakeven[k]).toBe(r.summary.breakevenMonth === null ? -1 : r.summary.breakevenMonth - r.startMonth);
      expect(batch.cumulativeBurnUsdB[k]).toBe(r.summary.cumulativeBurnUsdB);
      expect(batch.startMonth).toBe(r.startMonth);
    }
  });

  it('find breakeven inside the horizon, and insolvency in the first month', () => {
    // 400%/yr revenue growth in 2027 breaks even in Dec 2027 (month 35 from Jan 2025)
    const fast = { ...params, revenueGrowthNextPct: 400 };
    expect(runScenario(fast).summary.breakevenMonth).toBe(2027 * 12 + 11);
    expect(Array.from(runBatch(fast, {}, 1, 0, 2, []).breakeven)).toEqual([35, 35]);
    // no starting cash: January 2025's burn puts cash below zero in month 0, and it stays there
    const broke = { ...params, startingCashUsdB: 0 };
    const b = runBatch(broke, {}, 1, 0, 1, []);
    expect(b.cashUsdB[0]).toBeLessThan(0);
    expect(b.cashUsdB[47]).toBeLessThan(0);
    expect(b.insolvency[0]).toBe(0);
  });

  it('with no ranges at all collapse to the deterministic run', () => {
    const noRanges = { ...params };
    const batch = runBatch(noRanges, {}, 1, 0, 4, []);
    const s = mergeBatches([batch])!;
    const r = runScenario(noRanges);
    for (let t = 0; t < r.months; t++) {
      expect(s.cashUsdB.p10[t]).toBeCloseTo(r.monthly.cashUsdB[t], 3);
      expect(s.cashUsdB.p90[t]).toBeCloseTo(r.monthly.cashUsdB[t], 3);
    }
    const insolvent = r.summary.insolvencyMonth;
    expect(insolvent).not.toBeNull();
    const t = insolvent! - r.startMonth;
    expect(t).toBeGreaterThan(0);
    expect(s.pInsolventBy[t]).toBe(1);
    expect(s.pInsolventBy[t - 1]).toBe(0);
  });
});

function checkSummary(s: UncertaintySummary): void {
  for (const bands of [s.cashUsdB, s.burnUsdB]) {
    for (let t = 0; t < s.months; t++) {
      expect(bands.p10[t]).toBeLessThanOrEqual(bands.p25[t]);
      expect(bands.p25[t]).toBeLessThanOrEqual(bands.p50[t]);
      expect(bands.p50[t]).toBeLessThanOrEqual(bands.p75[t]);
      expect(bands.p75[t]).toBeLessThanOrEqual(bands.p90[t]);
    }
  }
  for (let t = 1; t < s.months; t++) expect(s.pInsolventBy[t]).toBeGreaterThanOrEqual(s.pInsolventBy[t - 1]);
  const binned = s.insolvencyByYear.reduce((a, b) => a + b.count, 0);
  expect(binned + s.neverInsolvent.count).toBe(s.samples);
  expect(s.pInsolventBy[s.months - 1]).toBeCloseTo(1 - s.neverInsolvent.share, 12);
}

describe('Monte Carlo summary invariants', () => {
  it('orders bands p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90, never lets P(insolvent by m) fall, and bins every sample', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 20, max: 60 }), fc.integer({ min: 0, max: 60 }), (seed, n, floor) => {
        const p = { ...params, revenueGrowthFloorPct: floor };
        const s = mergeBatches([runBatch(p, {}, seed, 0, n)])!;
        checkSummary(s);
      }),
      { numRuns: 12 },
    );
  });

  it('counts the samples that never run out of cash', () => {
    // Plenty of starting cash: some samples survive, and the share matches a direct count.
    const p = { ...params, startingCashUsdB: 100 };
    const batch = runBatch(p, {}, 9, 0, 60);
    const s = mergeBatches([batch])!;
    let never = 0;
    for (let i = 0; i < 60; i++) if (runScenario(sampleParams(p, {}, 9, i)).summary.insolvencyMonth === null) never++;
    expect(s.neverInsolvent.count).toBe(never);
    // both kinds of sample occur
    expect(never).toBeGreaterThan(0);
    expect(never).toBeLessThan(60);
    checkSummary(s);
  });

  it('percentiles interpolate between ranks', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(percentileSorted(sorted, 10)).toBe(2);
    expect(percentileSorted(sorted, 50)).toBe(6);
    expect(percentileSorted([0, 10], 25)).toBe(2.5);
  });
});

describe('percentile selection', () => {
  it('matches sorting, with ties, for any array', async () => {
    const { percentilesInPlace } = await import('../../../src/engine/uncertainty/merge');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 3000 }), (xs) => {
        const a = Float64Array.from(xs);
        const sorted = Float64Array.from(xs).sort();
        const out = new Float64Array(5);
        percentilesInPlace(a, [10, 25, 50, 75, 90], out);
        return [10, 25, 50, 75, 90].every((p, i) => out[i] === percentileSorted(sorted, p));
      }),
      { numRuns: 200 },
    );
  });
});
