/**
 * Cost lines of the month loop by hand (src/engine/month.ts): the custom chip's design spend and
 * Microsoft's backstop, each with a partner that must move.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { NOW_T } from '../../../src/engine/record';
import { defaultParams } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';

const defaults = defaultParams();
const JAN_2025 = parseMonth('2025-01')!;

describe('the custom chip’s design spend', () => {
  // $2.4B over the 24 months before a January 2030 arrival: $0.1B a month, Jan 2028 – Dec 2029.
  const arrival = parseMonth('2030-01')!;
  const a = arrival - JAN_2025; // month 60
  const design = (slip: number) =>
    runScenario({ ...defaults, chipArrival: arrival, chipSlipMonths: slip, chipDesignUsdB: 2.4 }).monthly
      .chipDesignUsdB;

  it('runs the 24 months before the planned arrival, $0.1B each', () => {
    const d = design(0);
    expect(a - 24).toBeGreaterThan(NOW_T);
    expect(d[a - 25]).toBe(0);
    expect(d[a - 24]).toBeCloseTo(0.1, 12);
    expect(d[a - 1]).toBeCloseTo(0.1, 12);
    expect(d[a]).toBe(0);
    // after now (the record keeps the default chip's design months up to now)
    expect(d.slice(NOW_T + 1).reduce((s, v) => s + v, 0)).toBeCloseTo(2.4, 9);
  });

  it('runs on through a 6-month slip: $3.0B in all', () => {
    const d = design(6);
    expect(d[a - 25]).toBe(0);
    expect(d[a + 5]).toBeCloseTo(0.1, 12);
    expect(d[a + 6]).toBe(0);
    expect(d.slice(NOW_T + 1).reduce((s, v) => s + v, 0)).toBeCloseTo(3.0, 9);
  });
});

describe('Microsoft’s backstop', () => {
  // Investors cut to nothing after now, so cash falls below a $20B floor.
  const poor = { ...defaults, funding3UsdB: 0, msBackstopFloorUsdB: 20 };

  it('off: cash falls below the floor and nothing is added', () => {
    const m = runScenario({ ...poor, msBackstop: 0 }).monthly;
    expect(Math.min(...m.cashUsdB)).toBeLessThan(20);
    expect(m.backstopUsdB.every((v) => v === 0)).toBe(true);
  });

  it('on: tops cash up to the floor exactly in each month it would fall below, and only then', () => {
    const m = runScenario({ ...poor, msBackstop: 1 }).monthly;
    let topped = 0;
    for (let t = NOW_T + 1; t < m.cashUsdB.length; t++) {
      expect(m.cashUsdB[t]).toBeGreaterThanOrEqual(20 - 1e-9);
      if (m.backstopUsdB[t] > 0) topped++;
      // cash before the backstop = last month's cash + funding − burn; the backstop fills the gap to $20B
      const before = m.cashUsdB[t - 1] + m.fundingUsdB[t] - m.burnUsdB[t];
      expect(m.backstopUsdB[t]).toBeCloseTo(before < 20 ? 20 - before : 0, 9);
    }
    expect(topped).toBeGreaterThan(0);
  });
});
