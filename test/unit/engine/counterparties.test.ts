import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, START_MONTH } from '../../../src/engine';
import { allocateExposure, counterpartyReport, partyOf } from '../../../src/engine/counterparties';
import { defaultParams, type Params } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';
import { validParams } from './arbitrary';

const RUNS = 40;

/** Sum of a series over the months of [from, to] (YYYY-MM, inclusive). */
function over(a: Float64Array, from: string, to: string): number {
  let total = 0;
  for (let t = parseMonth(from)! - START_MONTH; t <= parseMonth(to)! - START_MONTH; t++) total += a[t];
  return total;
}

describe('exposure: what cash at the month would not cover, earliest dues first', () => {
  it('splits a hand-computed case', () => {
    // Months 1..3 after month 0; cash 3. Month 1: A owed 2, paid in full (1 left). Month 2: A 2 and
    // B 2, 1 of 4 covered, so 3/4 of each unpaid: A 1.5, B 1.5. Month 3: B 4, nothing left.
    const a = Float64Array.from([9, 2, 2, 0]);
    const b = Float64Array.from([9, 0, 2, 4]);
    expect(allocateExposure([a, b], 0, 3)).toEqual([1.5, 5.5]);
    // Negative cash covers nothing: everything due after the month is exposed.
    expect(allocateExposure([a, b], 0, -5)).toEqual([4, 6]);
    // Cash above all that is owed: no exposure.
    expect(allocateExposure([a, b], 1, 100)).toEqual([0, 0]);
  });

  it('reads a counterparty as the first word of its name', () => {
    expect(partyOf('Amazon Web Services')).toBe('amazon');
    expect(partyOf('Amazon')).toBe('amazon');
    expect(partyOf('Oracle (Stargate)')).toBe('oracle');
    expect(partyOf('Microsoft Azure')).toBe('microsoft');
  });
});

describe('counterparties on the default scenario', () => {
  const p = defaultParams();
  // Each test makes the run and the report: what the describe body computes, a mutant's run does not see.
  const report = () => {
    const r = runScenario(p);
    const rep = counterpartyReport(p, r);
    return { r, rep, by: (id: string) => rep.counterparties.find((c) => c.id === id)! };
  };

  it('counts exposure after the insolvency month by default, where cash covers nothing', () => {
    const { r, rep } = report();
    expect(rep.exposureBasis).toBe('insolvency');
    expect(rep.exposureAfter).toBe(r.summary.insolvencyMonth);
    expect(rep.cashAtUsdB).toBeLessThan(0);
    expect(rep.exposureUsdB).toBeCloseTo(rep.owedAfterUsdB, 9);
  });

  it('names roles from the rows each counterparty appears in', () => {
    const { by } = report();
    expect(by('microsoft').roles).toEqual(['investor', 'cloud', 'revenue share', 'rival']);
    expect(by('amazon').roles).toEqual(['investor', 'cloud']);
    expect(by('oracle').roles).toEqual(['cloud', 'partner']);
    expect(by('amd').roles).toEqual(['supplier']);
    expect(by('softbank').roles).toEqual(['investor']);
    expect(by('amazon').rows).toContain('aws-2025-11');
    expect(by('amazon').rows).toContain('amazon-2026-upfront');
  });

  it("gives the record's equity: SoftBank's tranches, Amazon's upfront $15B, NVIDIA's three $10B", () => {
    const { by } = report();
    // softbank-round-2025-04 is "SoftBank and co-investors" ($10B); $22.5B Dec 2025; 3 × $10B in 2026.
    expect(by('softbank').equityUsdB).toBeCloseTo(10 + 22.5 + 30, 9);
    expect(by('amazon').equityUsdB).toBeCloseTo(15, 9);
    expect(by('nvidia').equityUsdB).toBeCloseTo(30, 9);
    expect(by('softbank').stakePct).toBe(11);
  });

  it("keeps Microsoft's ledger to the record: ~27% (~$135B) at the Oct 2025 recap, the $38B revenue-share cap, the stake at the last round", () => {
    const { r, rep, by } = report();
    const ms = rep.microsoft;
    const oct2025 = parseMonth('2025-10')! - START_MONTH;
    expect(r.monthly.msStakePct[oct2025]).toBeCloseTo(27, 6);
    expect(r.monthly.msStakeValueUsdB[oct2025]).toBeCloseTo(135, 6);
    expect(ms.revShareCapUsdB).toBe(38);
    expect(ms.revShareUsdB).toBeLessThanOrEqual(38 + 1e-9);
    expect(ms.valuationUsdB).toBe(852);
    expect(ms.stakeValueUsdB).toBeCloseTo((ms.stakePct / 100) * 852, 9);
    expect(by('microsoft').stakePct).toBeCloseTo(ms.stakePct, 12);
  });
});

describe('the accounting lens, calibrated to the record', () => {
  const r = runScenario(defaultParams());
  const m = r.monthly;

  it('Q1 2026 operating loss within ±25% of $9.3B (The Information, Jun 2026)', () => {
    const q1 = over(m.operatingLossUsdB, '2026-01', '2026-03');
    expect(q1).toBeGreaterThan(9.3 * 0.75);
    expect(q1).toBeLessThan(9.3 * 1.25);
  });

  it('2025 operating loss within ±25% of the audited $20.92B, and H1 2025 of $7.8B', () => {
    const y = over(m.operatingLossUsdB, '2025-01', '2025-12');
    expect(y).toBeGreaterThan(20.92 * 0.75);
    expect(y).toBeLessThan(20.92 * 1.25);
    const h1 = over(m.operatingLossUsdB, '2025-01', '2025-06');
    expect(h1).toBeGreaterThan(7.8 * 0.75);
    expect(h1).toBeLessThan(7.8 * 1.25);
  });

  it("Q3 2025 net loss within ±40% of ~$11.5B, and Microsoft's share near its $3.1B", () => {
    const q3 = over(m.netLossUsdB, '2025-07', '2025-09');
    expect(q3).toBeGreaterThan(11.5 * 0.6);
    expect(q3).toBeLessThan(11.5 * 1.4);
    let share = 0;
    for (let t = 6; t < 9; t++) share += (m.msStakePct[t] / 100) * m.netLossUsdB[t];
    expect(share).toBeGreaterThan(3.1 * 0.6);
    expect(share).toBeLessThan(3.1 * 1.4);
  });

  it('grows stock compensation after now by stockCompGrowthPct a year: +20% from Nov 2026 to Nov 2027', () => {
    const at = (month: string) => m.stockCompUsdB[parseMonth(month)! - START_MONTH];
    expect(at('2025-06')).toBeCloseTo(5 / 12, 12);
    expect(at('2026-11')).toBeCloseTo(9.2 / 12, 12);
    expect(at('2027-11')).toBeCloseTo((9.2 / 12) * 1.2, 12);
    // Costs booked before paid: 60% of revenue up to now, half of it six months into a 12-month fade.
    const t = parseMonth('2027-05')! - START_MONTH;
    expect(m.accruedCostsUsdB[t]).toBeCloseTo(0.3 * m.revenueUsdB[t], 12);
    expect(m.accruedCostsUsdB[parseMonth('2027-11')! - START_MONTH]).toBe(0);
  });

  it('2025 non-cash items add up to the audited $41.55B of fair-value changes', () => {
    expect(over(m.nonCashUsdB, '2025-01', '2025-12')).toBeCloseTo(41.55, 9);
  });
});

/** Σ over the horizon. */
const total = (a: Float64Array) => a.reduce((x, v) => x + v, 0);

describe('counterparty properties over random scenarios', () => {
  it('Σ exposure = the contracted dollars owed after the chosen month, less the cash then (at most all of them)', () => {
    fc.assert(
      fc.property(validParams, fc.double({ min: 0, max: 1, noNaN: true }), (p, at) => {
        const r = runScenario(p);
        const after = START_MONTH + Math.floor(at * (r.months - 1));
        const rep = counterpartyReport(p, r, after);
        const owed = rep.counterparties.reduce((a, c) => a + c.owedAfterUsdB, 0);
        const exposed = rep.counterparties.reduce((a, c) => a + c.exposureUsdB, 0);
        const expected = Math.max(0, owed - Math.max(0, r.monthly.cashUsdB[after - START_MONTH]));
        return Math.abs(exposed - expected) <= 1e-6 * Math.max(1, owed) && exposed <= owed + 1e-9;
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('paid by OpenAI to all counterparties + on-demand rent elsewhere + electricity + capex + financing = compute cash + revenue share', () => {
    fc.assert(
      fc.property(validParams, (p: Params) => {
        const r = runScenario(p);
        const m = r.monthly;
        const rep = counterpartyReport(p, r);
        const paid = rep.counterparties.reduce((a, c) => a + c.contractsUsdB + c.rentUsdB + c.revShareUsdB, 0);
        const u = rep.unattributed;
        const left = paid + u.onDemandOtherUsdB + u.electricityUsdB + u.capexPaidUsdB + u.financingUsdB;
        const right = total(m.computeUsdB) + total(m.msRevShareUsdB) + total(m.msProfitShareUsdB);
        return Math.abs(left - right) <= 1e-6 * Math.max(1, right);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('equity from all counterparties = funding; the losses never move cash, and the record never moves with projection levers', () => {
    fc.assert(
      fc.property(validParams, (p: Params) => {
        const r = runScenario(p);
        const rep = counterpartyReport(p, r);
        const equity = rep.counterparties.reduce((a, c) => a + c.equityUsdB, 0);
        if (Math.abs(equity - total(r.monthly.fundingUsdB)) > 1e-6 * Math.max(1, equity)) return false;
        const moved = runScenario({
          ...p,
          stockCompGrowthPct: p.stockCompGrowthPct === 0 ? 50 : 0,
          nonCashUsdBPerYear: p.nonCashUsdBPerYear + 10,
          accruedCostFadeMonths: p.accruedCostFadeMonths === 0 ? 24 : 0,
        }).monthly;
        const now = parseMonth('2026-11')! - START_MONTH;
        for (let t = 0; t < r.months; t++) {
          if (moved.cashUsdB[t] !== r.monthly.cashUsdB[t]) return false;
          if (t <= now && moved.netLossUsdB[t] !== r.monthly.netLossUsdB[t]) return false;
          if (t > now && !(moved.netLossUsdB[t] !== r.monthly.netLossUsdB[t])) return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
