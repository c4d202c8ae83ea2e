import { describe, expect, it } from 'vitest';
import { equityMethodLossIn, microsoftLedger, revShareCapReached } from '../../../src/engine/microsoftLedger';
import { defaultParams } from '../../../src/registry';
import { makeResult } from '../charts/fixture';

describe("Microsoft's ledger over a hand-made run (microsoftLedger)", () => {
  // 24 months, Jan 2025 – Dec 2026. Azure rent $0.4B a month, $0.3B of it under the commitment;
  // revenue share $0.1B, reverse share $0.02B, profit share $0.05B a month; stake 30% in 2025 and
  // 20% in 2026, net loss $1B a month in 2025 and $2B in 2026; the stake is worth $40B + t.
  const r = makeResult(24, {
    azureContractUsdB: () => 0.3,
    msProfitShareUsdB: () => 0.05,
    msStakePct: (t) => (t < 12 ? 30 : 20),
    netLossUsdB: (t) => (t < 12 ? 1 : 2),
    valuationUsdB: (t) => 500 + t,
  });
  const p = { ...defaultParams(), msRevShareCapUsdB: 40 };
  // each test computes it: a result of the describe body is not seen by a mutant's run
  const ledger = () => microsoftLedger(p, r, [2025, 2026]);

  it('adds up the horizon: Azure $9.6B ($7.2B committed, $2.4B on demand), shares, the stake at the end', () => {
    const ms = ledger();
    expect(ms.azureRevenueUsdB).toBeCloseTo(9.6, 9);
    expect(ms.azureContractUsdB).toBeCloseTo(7.2, 9);
    expect(ms.azureOnDemandUsdB).toBeCloseTo(2.4, 9);
    expect(ms.revShareUsdB).toBeCloseTo(2.4, 9);
    expect(ms.revShareCapUsdB).toBe(40);
    expect(ms.reverseShareUsdB).toBeCloseTo(0.48, 9);
    expect(ms.profitShareUsdB).toBeCloseTo(1.2, 9);
    // the last month's: 20%, $523B, $63B
    expect(ms.stakePct).toBe(20);
    expect(ms.valuationUsdB).toBe(523);
    expect(ms.stakeValueUsdB).toBe(63);
    // 12 × 30% × $1B + 12 × 20% × $2B
    expect(ms.equityMethodLossUsdB).toBeCloseTo(3.6 + 4.8, 9);
  });

  it('splits it by calendar year, with the stake as of each year’s last month', () => {
    const ms = ledger();
    expect(ms.years).toHaveLength(2);
    const [y25, y26] = ms.years;
    expect(y25.year).toBe(2025);
    expect(y25.azureRevenueUsdB).toBeCloseTo(4.8, 9);
    expect(y25.revShareUsdB).toBeCloseTo(1.2, 9);
    expect(y25.reverseShareUsdB).toBeCloseTo(0.24, 9);
    expect(y25.equityMethodLossUsdB).toBeCloseTo(3.6, 9);
    expect(y25.stakePct).toBe(30);
    expect(y25.stakeValueUsdB).toBe(51);
    expect(y26.year).toBe(2026);
    expect(y26.azureRevenueUsdB).toBeCloseTo(4.8, 9);
    expect(y26.revShareUsdB).toBeCloseTo(1.2, 9);
    expect(y26.reverseShareUsdB).toBeCloseTo(0.24, 9);
    expect(y26.equityMethodLossUsdB).toBeCloseTo(4.8, 9);
    expect(y26.stakePct).toBe(20);
    expect(y26.stakeValueUsdB).toBe(63);
  });

  it('puts each month in the year given, whatever the order of the years', () => {
    const [y26, y25] = microsoftLedger(p, r, [2026, 2025]).years;
    expect(y26.year).toBe(2026);
    expect(y26.equityMethodLossUsdB).toBeCloseTo(4.8, 9);
    expect(y25.year).toBe(2025);
    expect(y25.equityMethodLossUsdB).toBeCloseTo(3.6, 9);
  });
});

describe('the cap, within a cent, and the equity-method loss over a window', () => {
  // $0.1B a month from Jan 2025: $1B paid by Oct 2025, $1.1B by Nov 2025
  const r = makeResult(24);
  it('counts the cap reached within half a cent, not more', () => {
    expect(revShareCapReached(r, 1.004)).toBe('2025-10');
    expect(revShareCapReached(r, 1.006)).toBe('2025-11');
    expect(revShareCapReached(r, 0.1)).toBe('2025-01');
  });
  it('reads months [from, to) only, clipped to the run', () => {
    // stake 30%, net loss $1B in month t = t + 1
    const s = makeResult(6, { netLossUsdB: (t) => t + 1 });
    // months 2 and 3: 0.3 × (3 + 4)
    expect(equityMethodLossIn(s, 2, 4)).toBeCloseTo(2.1, 12);
    // from −3 is from 0; to 99 is to 6: 0.3 × 21
    expect(equityMethodLossIn(s, -3, 99)).toBeCloseTo(6.3, 12);
    expect(equityMethodLossIn(s, 5, 5)).toBe(0);
  });
});
