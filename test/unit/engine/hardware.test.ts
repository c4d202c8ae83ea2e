import { describe, expect, it } from 'vitest';
import { chipActualMonth, h100ePerItGw, hardwareOf, usdBPerItGw } from '../../../src/engine/hardware';
import { defaultParams, type ParamValues } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';

// Months relative to Jan 2025 (the model's start): Feb 2025 is 1, Sep 2026 is 20, Dec 2026 is 23.
const p = defaultParams();
const month = (m: string) => parseMonth(m)!;

describe('the custom chip’s month (chipActualMonth)', () => {
  it('is the planned month plus the slip in whole months', () => {
    expect(chipActualMonth(p)).toBe(month('2026-12'));
    expect(chipActualMonth({ ...p, chipSlipMonths: 2.4 })).toBe(month('2027-02'));
    expect(chipActualMonth({ ...p, chipSlipMonths: 2.5 })).toBe(month('2027-03'));
  });
});

describe('the generations of a scenario (hardwareOf, data/generations.json and the levers)', () => {
  it('reads the H100 from the physics levers, from Jan 2023', () => {
    expect(hardwareOf(p).gen('h100')).toEqual({ h100e: 1, watts: 1275, refWatts: 1275, priceUsd: 27500, first: -24 });
  });
  it('puts the custom chip in an H100 server at its perf/W, from its actual month', () => {
    expect(hardwareOf({ ...p, chipSlipMonths: 3 }).gen('custom')).toEqual({
      h100e: 1.6,
      watts: 1275,
      refWatts: 1275,
      priceUsd: 17650,
      first: 26,
    });
  });
  it("reads a generation's levers, its price fixed at the data's watts", () => {
    const q = { ...p, ['gb200.watts' as never]: 3600 } as ParamValues;
    expect(hardwareOf(q).gen('gb200')).toEqual({ h100e: 2.5, watts: 3600, refWatts: 1800, priceUsd: 42000, first: 1 });
    expect(hardwareOf(p).gen('rubin')).toEqual({ h100e: 5, watts: 2800, refWatts: 2800, priceUsd: 70000, first: 20 });
  });
  it('names an unknown generation', () => {
    expect(() => hardwareOf(p).gen('tpu')).toThrow(new Error('unknown hardware generation "tpu"'));
  });

  it("NVIDIA's newest generation shipping: the H100, GB200 from Feb 2025, Rubin from Sep 2026", () => {
    const hw = hardwareOf(p);
    expect(hw.newestNvidia(-30).h100e).toBe(1);
    expect(hw.newestNvidia(0).h100e).toBe(1);
    expect(hw.newestNvidia(1).h100e).toBe(2.5);
    expect(hw.newestNvidia(19).h100e).toBe(2.5);
    expect(hw.newestNvidia(20).h100e).toBe(5);
  });
  it('is the generation that shipped last, not the last in the line', () => {
    // Rubin moved to Jun 2024, before GB200 (Feb 2025): from Feb 2025 GB200 is the newest shipping
    const hw = hardwareOf({ ...p, ['rubin.firstMonth' as never]: month('2024-06') } as ParamValues);
    expect(hw.newestNvidia(0).h100e).toBe(5);
    expect(hw.newestNvidia(5).h100e).toBe(2.5);
  });

  it('of two generations shipping in the same month, the later in the line is the newest', () => {
    // Rubin moved to Feb 2025, with GB200
    const hw = hardwareOf({ ...p, ['rubin.firstMonth' as never]: month('2025-02') } as ParamValues);
    expect(hw.newestNvidia(1).h100e).toBe(5);
  });

  it("the rented market's watts per H100e move to each generation over two years", () => {
    const hw = hardwareOf(p);
    // H100 alone: 1,275 W per H100e
    expect(hw.marketWattsPerH100e(0)).toBe(1275);
    // Jan 2026: GB200 12 of 24 months in: ½ × 1,275 + ½ × 720
    expect(hw.marketWattsPerH100e(12)).toBeCloseTo(997.5, 9);
    // Jan 2027: all GB200 (720), Rubin 5 of 24 months in (560 W per H100e)
    expect(hw.marketWattsPerH100e(24)).toBeCloseTo((19 / 24) * 720 + (5 / 24) * 560, 9);
    // from Aug 2028 all Rubin
    expect(hw.marketWattsPerH100e(60)).toBeCloseTo(560, 9);
  });
});

describe('a GW of IT power', () => {
  const gb200 = { h100e: 2.5, watts: 1800, refWatts: 1800, priceUsd: 42000, first: 1 };
  it('holds 1e9 / 1,800 W × 2.5 H100e', () => {
    expect(h100ePerItGw(gb200)).toBeCloseTo(1388888.888889, 5);
    expect(h100ePerItGw({ ...gb200, watts: 3600 })).toBeCloseTo(694444.444444, 5);
  });
  it('costs $42,000 × 1.5 / 1,800 W = $35B, whatever its watts now', () => {
    expect(usdBPerItGw(gb200, 1.5)).toBeCloseTo(35, 12);
    expect(usdBPerItGw({ ...gb200, watts: 3600 }, 1.5)).toBeCloseTo(35, 12);
  });
});
