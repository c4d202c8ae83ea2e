import { describe, expect, it } from 'vitest';
import { summarize, uncertainMoney } from '../../../src/engine/summary';
import { SERIES, type Monthly, type SeriesName } from '../../../src/engine/types';
import { defaultParams, type ParamValues } from '../../../src/registry';
import { parseMonth, START_MONTH } from '../../../src/registry/month';

const p = defaultParams();
/** A run of `n` months from Jan 2025, every series 0 except the ones given. */
function monthly(n: number, over: Partial<Record<SeriesName, (t: number) => number>>): Monthly {
  return Object.fromEntries(
    SERIES.map((s) => [s, Float64Array.from({ length: n }, (_, t) => over[s]?.(t) ?? 0)]),
  ) as Monthly;
}
const month = (m: string) => parseMonth(m)!;

describe('the summary of a hand-made run of 30 months (Jan 2025 – Jun 2027; now is Nov 2026, month 22)', () => {
  // cash 10 − t down to −15 in Feb 2027 (month 25), then −15 flat; burn $2B a month, $0 in Sep
  // 2026 (month 20), $3B after
  const run = () =>
    summarize(
      p,
      monthly(30, {
        cashUsdB: (t) => (t <= 25 ? 10 - t : -15),
        burnUsdB: (t) => (t < 20 ? 2 : t === 20 ? 0 : 3),
        msTakeUsdB: (t) => t,
        fundingUsdB: (t) => (t === 3 ? 10 : 0),
        backstopUsdB: (t) => (t === 29 ? 1 : 0),
        idleUsdB: () => 0.5,
        idleMw: (t) => 10 * t,
        whPerQueryGpu: (t) => 5 + t,
        whPerQuerySilicon: (t) => 7 + t,
        whPerQueryBlended: (t) => 100 - t,
        blendedEnergyUsd: (t) => t,
        blendedDeprUsd: (t) => 2 * t,
        blendedRentUsd: (t) => 3 * t + 1,
        costPerQueryAllInUsd: (t) => 1000 + t,
        costPerQueryPhysicsUsd: (t) => 2000 + t,
        msSharePerQueryUsd: (t) => 3000 + t,
      }),
    );

  it('dates: the horizon, cash below zero from Dec 2025, burn at or below zero from Sep 2026', () => {
    const s = run();
    expect(s.startMonth).toBe(START_MONTH);
    expect(s.endMonth).toBe(month('2027-06'));
    // cash is 0 in Nov 2025 (month 10), not below zero
    expect(s.insolvencyMonth).toBe(month('2025-12'));
    expect(s.breakevenMonth).toBe(month('2026-09'));
    expect(s.nowMonth).toBe(month('2026-11'));
    expect(s.runwayAsOf).toBe(month('2026-11'));
  });

  it('the lowest cash is its first month at −$15B (Feb 2027), not a later tie', () => {
    const s = run();
    expect(s.minCashUsdB).toBe(-15);
    expect(s.minCashMonth).toBe(month('2027-02'));
  });

  it('runway at the trailing three months’ burn: cash −$12B now is 0 months', () => {
    // burn in Sep–Nov 2026: 0 + 3 + 3 = $6B, $2B a month; cash in Nov 2026: 10 − 22 = −12
    expect(run().runwayMonths).toBe(0);
    expect(run().cashNowUsdB).toBe(-12);
  });

  it('sums: burn $67B, funding $10B, backstop $1B, idle $15B; Microsoft’s first year $66B and last $282B', () => {
    const s = run();
    // 20 × 2 + 0 + 9 × 3
    expect(s.cumulativeBurnUsdB).toBe(67);
    expect(s.cumulativeFundingUsdB).toBe(10);
    expect(s.backstopUsdB).toBe(1);
    expect(s.idleUsdBTotal).toBe(15);
    // 0 + … + 11, and 18 + … + 29
    expect(s.msTakeFirstYearUsdB).toBe(66);
    expect(s.msTakeLastYearUsdB).toBe(282);
  });

  it('reads the first month, now (month 22) and the last (29)', () => {
    const s = run();
    expect(s.whPerQuery).toEqual({ gpu: 5, silicon: 7, blended: 100 });
    expect(s.whPerQueryNow).toBe(78);
    expect(s.whPerQueryEnd).toBe(71);
    expect(s.costPerQueryUsd.blended).toEqual({ energy: 0, depreciation: 0, rent: 1 });
    // 0 + 0 + 1, and 29 + 58 + 88
    expect(s.costPerQueryStartUsd).toBe(1);
    expect(s.costPerQueryEndUsd).toBe(175);
    expect(s.costPerQueryAllIn).toEqual({ start: 1000, now: 1022, end: 1029 });
    expect(s.costPerQueryPhysics).toEqual({ start: 2000, now: 2022, end: 2029 });
    expect(s.msSharePerQuery).toEqual({ now: 3022, end: 3029 });
    expect(s.idleMwNow).toBe(220);
    expect(s.idleMwEnd).toBe(290);
    expect(s.funding).toEqual({ conditionalUsdB: 0, hypotheticalUsdB: 0 });
  });
});

describe('a run shorter than now (2 months): now is its last month', () => {
  const run = () =>
    summarize(p, monthly(2, { cashUsdB: (t) => 5 - t, burnUsdB: (t) => 1 + 2 * t, msTakeUsdB: () => 4 }));
  it('runway: cash $4B at the trailing burn of the two months there are, $2B a month: 2 months', () => {
    const s = run();
    expect(s.nowMonth).toBe(START_MONTH + 1);
    expect(s.runwayMonths).toBe(2);
    expect(s.insolvencyMonth).toBeNull();
    expect(s.breakevenMonth).toBeNull();
    expect(s.minCashUsdB).toBe(4);
    expect(s.minCashMonth).toBe(START_MONTH + 1);
    // a year of Microsoft's take from a run of two months is those two
    expect(s.msTakeFirstYearUsdB).toBe(8);
    expect(s.msTakeLastYearUsdB).toBe(8);
  });
  it('no runway while burn is at or below zero', () => {
    expect(summarize(p, monthly(2, { cashUsdB: () => 5, burnUsdB: () => 0 })).runwayMonths).toBeNull();
  });
});

describe('the conditional and hypothetical money a run counts (uncertainMoney)', () => {
  const set = (change: Record<string, number>) => ({ ...p, ...change }) as ParamValues;
  it('counts none by default', () => {
    expect(uncertainMoney(p)).toEqual({ conditionalUsdB: 0, hypotheticalUsdB: 0 });
  });
  it("counts the next round, the IPO and Amazon's conditional $35B when switched on", () => {
    const q = set({ funding3UsdB: 20, 'ipo-hypothetical.on': 1, 'amazon-2026-conditional.on': 1 });
    expect(uncertainMoney(q)).toEqual({ conditionalUsdB: 35, hypotheticalUsdB: 70 });
  });
  it('reads a row’s status lever: the IPO set to conditional counts there', () => {
    const q = set({ 'ipo-hypothetical.on': 1, 'ipo-hypothetical.status': 2, 'amazon-2026-conditional.on': 1 });
    expect(uncertainMoney(q)).toEqual({ conditionalUsdB: 85, hypotheticalUsdB: 0 });
  });
  it('counts no negative next round and no row switched off', () => {
    expect(uncertainMoney(set({ funding3UsdB: -5, 'ipo-hypothetical.on': 0.4 }))).toEqual({
      conditionalUsdB: 0,
      hypotheticalUsdB: 0,
    });
  });
  it('counts funding rows only (a contract set to conditional is no money in), switched on from 0.5', () => {
    expect(uncertainMoney(set({ 'aws-2025-11.status': 2 }))).toEqual({ conditionalUsdB: 0, hypotheticalUsdB: 0 });
    expect(uncertainMoney(set({ 'ipo-hypothetical.on': 0.5 }))).toEqual({ conditionalUsdB: 0, hypotheticalUsdB: 50 });
  });
});
