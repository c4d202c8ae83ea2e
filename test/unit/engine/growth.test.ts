import { describe, expect, it } from 'vitest';
import { annualRateInYear, continueGrowthPaths, continuePath, ramp, RECORD_YEARS } from '../../../src/engine/growth';
import { defaultParams } from '../../../src/registry';

describe('a growth rate year by year (annualRateInYear)', () => {
  it('decays by half a year towards a floor of 10%', () => {
    expect(annualRateInYear(1, 0.5, 0.1, 0)).toBe(1);
    expect(annualRateInYear(1, 0.5, 0.1, 2)).toBe(0.25);
    // 1 × 0.5⁴ = 0.0625 is under the floor
    expect(annualRateInYear(1, 0.5, 0.1, 4)).toBe(0.1);
  });

  it('fades the floor from the sixth year (year 5 is still the full floor)', () => {
    expect(annualRateInYear(1, 0.5, 0.1, 5, 0.5)).toBe(0.1);
    expect(annualRateInYear(1, 0.5, 0.1, 6, 0.5)).toBe(0.05);
    expect(annualRateInYear(1, 0.5, 0.1, 7, 0.5)).toBe(0.025);
    // no fade unless given
    expect(annualRateInYear(1, 0.5, 0.1, 9)).toBe(0.1);
  });

  it('keeps a rate below the floor as it is: the floor never raises it', () => {
    expect(annualRateInYear(0.05, 0.5, 0.1, 3)).toBe(0.05);
    // below the faded floor of year 6 (0.1 × 0.5 = 0.05) as well
    expect(annualRateInYear(0.04, 0.5, 0.1, 6, 0.5)).toBe(0.04);
  });
});

describe('a compounding path (continuePath)', () => {
  it('grows month t at the factor of the year month t − 1 lies in, over (from, to) only', () => {
    const out = new Float64Array(28).fill(7);
    out[0] = 1;
    const years: number[] = [];
    continuePath(out, 0, 26, (y) => {
      years.push(y);
      return y + 1;
    });
    // year 0 (months 1–12) × 1, year 1 (months 13–24) × 2, year 2 (month 25) × 3
    expect(out[12]).toBe(1);
    expect(out[13]).toBe(2);
    expect(out[24]).toBe(4096);
    expect(out[25]).toBe(12288);
    // month 26 is `to`: not written
    expect(out[26]).toBe(7);
    // the factor is asked once a year
    expect(years).toEqual([0, 1, 2]);
  });

  it('continues from a later month, leaving the months up to it as they are', () => {
    const out = new Float64Array(16).fill(3);
    continuePath(out, 11, 14, () => 2);
    expect([...out.slice(10, 16)]).toEqual([3, 3, 6, 12, 3, 3]);
  });
});

describe('a linear ramp (ramp)', () => {
  it('is 0 before it starts, 1/3 in its first month of three, 1 from the third', () => {
    expect(ramp(4, 5, 3)).toBe(0);
    expect(ramp(5, 5, 3)).toBeCloseTo(1 / 3, 15);
    expect(ramp(6, 5, 3)).toBeCloseTo(2 / 3, 15);
    expect(ramp(7, 5, 3)).toBe(1);
    expect(ramp(20, 5, 3)).toBe(1);
  });
  it('is a step for a ramp of under a month', () => {
    expect(ramp(5, 5, 0)).toBe(1);
    expect(ramp(5, 5, 0.5)).toBe(1);
  });
});

describe("the scenario's growth paths (continueGrowthPaths)", () => {
  it('has two years of record (2025 and 2026)', () => {
    expect(RECORD_YEARS).toBe(2);
  });

  const p = {
    ...defaultParams(),
    queriesPerDayB: 2,
    queryGrowthPct: 100,
    queryGrowthDecayPct: 0,
    queryGrowthFloorPct: 0,
    growthFloorFadePctPerYear: 50,
    revenueRunRateUsdB: 10,
    revenueGrowthPct: 100,
    revenueGrowth2026Pct: 200,
    revenueGrowthNextPct: 300,
    revenueGrowthDecayPct: 50,
    revenueGrowthFloorPct: 100,
    trainingKH100e: 1,
    trainingGrowthPct: 100,
    trainingGrowthNextPct: 300,
    costGrowthDecayPct: 50,
    opexUsdBPerYear: 5,
    opexGrowthPct: 100,
    computePerQueryGrowthPct: 100,
    softwareGainPctPerYear: 75,
  };
  const fresh = () => ({
    queries: new Float64Array(90),
    runRate: new Float64Array(90),
    training: new Float64Array(90),
    opex: new Float64Array(90),
    efficiency: new Float64Array(90),
  });
  // computed in each test, not in the describe body, where a mutant's run would not see it
  const grown = () => {
    const paths = fresh();
    continueGrowthPaths(p, 0, 85, paths);
    return paths;
  };
  const years = (a: Float64Array) => [0, 12, 24, 36, 48, 60, 72, 84].map((t) => a[t]);
  const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 6));

  it('queries double every year from 2B a day', () => {
    close(years(grown().queries), [2, 4, 8, 16, 32, 64, 128, 256]);
    expect(grown().queries[1]).toBeCloseTo(2 * 2 ** (1 / 12), 12);
  });

  it("revenue: 2025's rate, 2026's, then the plan's decaying by half a year to a floor that fades from year 6", () => {
    // ×2, ×3, ×4, ×2.5, ×2 (1.5 × 0.5 = 0.75 is under the 100% floor), ×2, ×1.5 (floor 100% × 0.5)
    close(years(grown().runRate), [10, 20, 60, 240, 600, 1200, 2400, 3600]);
  });

  it('training: the record rate for two years, then the plan decaying by half a year with no floor', () => {
    // 1,000 H100e; ×2, ×2, ×4, ×2.5, ×1.75, ×1.375, ×1.1875
    close(years(grown().training), [1000, 2000, 4000, 16000, 40000, 70000, 96250, 114296.875]);
  });

  it('opex: 100% decaying by half a year', () => {
    close(years(grown().opex).slice(0, 4), [5, 10, 15, 18.75]);
  });

  it('compute per query: ×2 a year with 75% serving gains (×0.5), ×1.5 × 0.25 once the floor fades', () => {
    close(years(grown().efficiency), [1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.005859375]);
    expect(grown().efficiency[85]).toBe(0);
  });

  it("a plan's rate below its floor stays as it is: revenue +50% in 2027 under a 100% floor", () => {
    const low = fresh();
    continueGrowthPaths({ ...p, revenueGrowthNextPct: 50 }, 0, 37, low);
    expect(low.runRate[24]).toBeCloseTo(60, 9);
    expect(low.runRate[36]).toBeCloseTo(90, 9);
  });

  it('continues a path from a later month without resetting its start', () => {
    const later = fresh();
    later.queries[0] = 99;
    later.queries[24] = 8;
    later.runRate[24] = 60;
    continueGrowthPaths(p, 24, 37, later);
    expect(later.queries[0]).toBe(99);
    expect(later.efficiency[0]).toBe(0);
    expect(later.queries[36]).toBeCloseTo(16, 9);
    expect(later.runRate[36]).toBeCloseTo(240, 9);
    expect(later.queries[37]).toBe(0);
  });
});
