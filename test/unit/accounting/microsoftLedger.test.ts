import { describe, expect, it } from 'vitest';
import { equityMethodLossIn, planBMoves, revShareCapReached, withoutPlanB } from '../../../src/engine/microsoftLedger';
import { defaultParams } from '../../../src/registry';
import { makeResult } from '../charts/fixture';

describe("Microsoft's ledger: the cap and Plan B", () => {
  it('finds the month the revenue share paid reaches its cap ($0.1B a month: $1B after 10 months, Oct 2025)', () => {
    const r = makeResult(24);
    expect(revShareCapReached(r, 1)).toBe('2025-10');
    expect(revShareCapReached(r, 2.4)).toBe('2026-12');
    expect(revShareCapReached(r, 5)).toBeNull();
  });

  it("sums Microsoft's equity-method share over a quarter: stake × net loss, month by month", () => {
    // stake 30%; net loss $1B, $2B, $3B in months 6–8
    const r = makeResult(12, { netLossUsdB: (i) => (i >= 6 && i <= 8 ? i - 5 : 100) });
    expect(equityMethodLossIn(r, 6, 9)).toBeCloseTo(1.8, 12);
    expect(equityMethodLossIn(r, 10, 99)).toBeCloseTo(60, 12);
  });

  it('turns Plan B off and nothing else', () => {
    const p = defaultParams();
    const q = withoutPlanB(p);
    expect(q.planBShiftPct).toBe(0);
    expect({ ...q, planBShiftPct: p.planBShiftPct }).toEqual(p);
  });

  it('says what Plan B moves: the ledger as set less the ledger without it', () => {
    const p = { ...defaultParams(), planBShiftPct: 30 };
    // 12 months; Plan B: rent $0.4B, revenue $1B, net loss $2B a month; without: $0.5B, $1.5B, $1B; stake 30%
    const withPlanB = makeResult(12, {
      azureRentUsdB: () => 0.4,
      revenueUsdB: () => 1,
      netLossUsdB: () => 2,
      msRevShareUsdB: () => 0.2,
    });
    const without = makeResult(12, {
      azureRentUsdB: () => 0.5,
      revenueUsdB: () => 1.5,
      netLossUsdB: () => 1,
      msRevShareUsdB: () => 0.3,
      msStakeValueUsdB: () => 50,
    });
    const m = planBMoves(p, withPlanB, without);
    expect(m.shiftPct).toBe(30);
    expect(m.startMonth).toBe('2026-04');
    expect(m.openAiRevenueUsdB).toBeCloseTo(-6, 9);
    expect(m.azureRevenueUsdB).toBeCloseTo(-1.2, 9);
    expect(m.revShareUsdB).toBeCloseTo(-1.2, 9);
    // 30% × $2B × 12 − 30% × $1B × 12
    expect(m.equityMethodLossUsdB).toBeCloseTo(3.6, 9);
    // the fixture's stake is worth $40B + 11 at the end with Plan B, $50B without
    expect(m.stakeValueUsdB).toBeCloseTo(1, 9);
  });
});
