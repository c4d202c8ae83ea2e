import { describe, expect, it } from 'vitest';
import { fundingPlan } from '../../../src/engine/funding';
import { defaultParams, type ParamValues } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';

const p = defaultParams();
const set = (change: Record<string, number>) => ({ ...p, ...change }) as ParamValues;
const list = (q: ParamValues, months: number, after?: number) =>
  fundingPlan(q, months, after).rounds.map((r) => [
    r.t,
    r.usdB,
    r.postMoneyUsdB,
    typeof r.row === 'string' ? r.row : r.row.id,
  ]);

describe('the rounds of a run (fundingPlan), from data/events.json', () => {
  it('lands the record’s rounds in their months (Oct 2024’s is before the start; off rows are left out)', () => {
    expect(list(p, 120)).toEqual([
      [3, 10, 300, 'softbank-round-2025-04'],
      [7, 8.3, 300, 'round-2025-08-syndicate'],
      [9, 0, 500, 'employee-secondary-2025-10'],
      [11, 22.5, 300, 'softbank-2025-12'],
      [14, 15, 852, 'amazon-2026-upfront'],
      [14, 10, 852, 'softbank-2026-t1'],
      [14, 10, 852, 'nvidia-2026-t1'],
      [15, 12, 852, 'round-2026-others'],
      [17, 10, 852, 'softbank-2026-t2'],
      [17, 10, 852, 'nvidia-2026-t2'],
      [20, 10, 852, 'softbank-2026-t3'],
      [20, 10, 852, 'nvidia-2026-t3'],
    ]);
    // a run of 12 months keeps the rounds up to Dec 2025
    expect(list(p, 12).map((r) => r[3])).toEqual([
      'softbank-round-2025-04',
      'round-2025-08-syndicate',
      'employee-secondary-2025-10',
      'softbank-2025-12',
    ]);
  });

  it('the projection from Dec 2026 (month 23): no record round; a later round moved into the record lands in Dec 2026', () => {
    const q = set({
      'ipo-hypothetical.on': 1,
      'ipo-hypothetical.month': parseMonth('2026-06')!,
      'added-1.on': 1,
      'added-1.kind': 0,
      'added-1.month': parseMonth('2027-01')!,
      'added-1.usdB': 5,
      'added-2.on': 1,
      'added-2.kind': 1,
      'added-2.month': parseMonth('2027-02')!,
      'added-2.usdB': 7,
      funding3UsdB: 40,
      funding3Month: parseMonth('2028-06')!,
      funding3ValuationUsdB: 750,
    });
    expect(list(q, 48, 23)).toEqual([
      [23, 50, 1000, 'ipo-hypothetical'],
      [24, 5, null, 'added'],
      [41, 40, 750, 'next'],
    ]);
    // the next round past a 41-month run is not in it
    expect(list(q, 41, 23).map((r) => r[3])).toEqual(['ipo-hypothetical', 'added']);
    // no next round of $0
    expect(list({ ...q, funding3UsdB: 0 }, 48, 23).map((r) => r[3])).toEqual(['ipo-hypothetical', 'added']);
  });
});

describe('the edges of a round’s month and switches', () => {
  it('a record round in the first month of the projection is the projection’s; one in Jan 2025 is kept', () => {
    const dec2026 = set({ 'softbank-2025-12.month': parseMonth('2026-12')! });
    expect(list(dec2026, 48, 23)).toEqual([[23, 22.5, 300, 'softbank-2025-12']]);
    const jan2025 = set({ 'softbank-round-2025-04.month': parseMonth('2025-01')! });
    expect(list(jan2025, 12)[0]).toEqual([0, 10, 300, 'softbank-round-2025-04']);
  });
  it('an added round in the record’s months lands in the projection’s first month', () => {
    const q = set({ 'added-1.on': 1, 'added-1.kind': 0, 'added-1.month': parseMonth('2026-03')!, 'added-1.usdB': 5 });
    expect(list(q, 48, 23)).toEqual([[23, 5, null, 'added']]);
  });
  it('switched on at 0.5; an added row of kind 0.5 is a contract, not a round', () => {
    const on = set({ 'ipo-hypothetical.on': 0.5 });
    expect(list(on, 120).map((r) => r[3])).toContain('ipo-hypothetical');
    const added = { 'added-1.month': parseMonth('2027-01')!, 'added-1.usdB': 5 };
    expect(list(set({ ...added, 'added-1.on': 0.5, 'added-1.kind': 0 }), 120).map((r) => r[3])).toContain('added');
    expect(list(set({ ...added, 'added-1.on': 1, 'added-1.kind': 0.5 }), 120).map((r) => r[3])).not.toContain('added');
  });
});

describe('a month’s funding and the stake (apply)', () => {
  it('in regime 2 a round sets the valuation and dilutes: SoftBank’s $10B at $300B takes 30% to 29%', () => {
    const stake = { pct: 30, valuation: 100, nvidiaFundedGw: 10 };
    expect(fundingPlan(p, 120).apply(3, 2, stake, 0)).toBe(10);
    expect(stake.valuation).toBe(300);
    expect(stake.pct).toBeCloseTo(29, 12);
  });
  it('in regime 1 a round sets the valuation but dilutes nothing (profit rights, not shares)', () => {
    const stake = { pct: 30, valuation: 100, nvidiaFundedGw: 10 };
    expect(fundingPlan(p, 120).apply(3, 1, stake, 0)).toBe(10);
    expect(stake).toEqual({ pct: 30, valuation: 300, nvidiaFundedGw: 10 });
  });
  it('a round of $0 dilutes nothing; a month without a round brings nothing', () => {
    const stake = { pct: 30, valuation: 100, nvidiaFundedGw: 10 };
    expect(fundingPlan(p, 120).apply(9, 2, stake, 0)).toBe(0);
    expect(stake).toEqual({ pct: 30, valuation: 500, nvidiaFundedGw: 10 });
    expect(fundingPlan(p, 120).apply(4, 2, stake, 0)).toBe(0);
    expect(stake).toEqual({ pct: 30, valuation: 500, nvidiaFundedGw: 10 });
  });
  it('a round without a valuation dilutes at the last one; a round above it takes the whole stake', () => {
    const q = set({ 'added-1.on': 1, 'added-1.kind': 0, 'added-1.month': parseMonth('2025-02')!, 'added-1.usdB': 20 });
    const stake = { pct: 30, valuation: 200, nvidiaFundedGw: 10 };
    expect(fundingPlan(q, 120).apply(1, 2, stake, 0)).toBe(20);
    expect(stake.valuation).toBe(200);
    expect(stake.pct).toBeCloseTo(27, 12);
    const big = { pct: 30, valuation: 10, nvidiaFundedGw: 10 };
    fundingPlan(q, 120).apply(1, 2, big, 0);
    expect(big.pct).toBe(0);
  });
  it("NVIDIA's $10B a GW on the first 10 GW: 2 of 5 GW are left at 8 GW, $20B at $480B dilutes 4%", () => {
    const stake = { pct: 30, valuation: 480, nvidiaFundedGw: 8 };
    expect(fundingPlan(p, 120).apply(4, 2, stake, 5)).toBe(20);
    expect(stake.nvidiaFundedGw).toBe(10);
    expect(stake.pct).toBeCloseTo(28.8, 12);
    // at 10 GW nothing more
    expect(fundingPlan(p, 120).apply(5, 2, stake, 5)).toBe(0);
    expect(stake.pct).toBeCloseTo(28.8, 12);
    // in regime 1 it is cash, not shares
    const early = { pct: 30, valuation: 480, nvidiaFundedGw: 0 };
    expect(fundingPlan(p, 120).apply(4, 1, early, 1.5)).toBe(15);
    expect(early).toEqual({ pct: 30, valuation: 480, nvidiaFundedGw: 1.5 });
  });
});
