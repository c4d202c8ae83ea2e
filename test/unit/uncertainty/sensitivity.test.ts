import { describe, expect, it } from 'vitest';
import { defaultParams, LEVER_BY_ID, type ParamValues } from '../../../src/registry';
import { runScenario, type ScenarioResult } from '../../../src/engine';
import { effectiveRanges, goalSeek, metricValue, tornado } from '../../../src/engine/uncertainty';

const params = defaultParams();

describe('tornado', () => {
  it('matches direct runs with each lever at its low and high, sorted by swing', () => {
    const t = tornado(params, {}, { kind: 'insolvency' });
    expect(t.bars.length).toBe(effectiveRanges(params).length);
    expect(t.base).toBe(metricValue(runScenario(params), { kind: 'insolvency' }));
    for (const bar of t.bars.slice(0, 8)) {
      const low = runScenario({ ...params, [bar.leverId]: bar.low });
      const high = runScenario({ ...params, [bar.leverId]: bar.high });
      // months of cash from now (Nov 2026); never = one past the horizon's end
      const insolvency = (r: ScenarioResult) =>
        (r.summary.insolvencyMonth === null ? r.startMonth + r.months : r.summary.insolvencyMonth) - r.summary.nowMonth;
      expect(bar.atLow).toBe(insolvency(low));
      expect(bar.atHigh).toBe(insolvency(high));
      expect(bar.deltaHigh).toBe(bar.atHigh - t.base);
      expect(bar.swing).toBe(Math.abs(bar.atHigh - bar.atLow));
    }
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i].swing).toBeLessThanOrEqual(t.bars[i - 1].swing);
  });

  it('counts "never insolvent" as horizon + 1 and flags it', () => {
    const rich = { ...params, startingCashUsdB: 100, horizonMonths: 36 };
    const t = tornado(rich, {}, { kind: 'insolvency' });
    // 36 months from Jan 2025 end in Dec 2027; one past it is Jan 2028, 14 months after Nov 2026
    // solvent through Dec 2027 at every lever's low and high (the record's cash and $100B)
    expect([t.base, t.baseNever]).toEqual([14, true]);
    for (const b of t.bars)
      expect([b.atLow, b.atHigh, b.neverAtLow, b.neverAtHigh, b.swing]).toEqual([14, 14, true, true, 0]);
  });

  it('measures cumulative burn through a year as the sum of that span of monthly burn', () => {
    const t = tornado(params, {}, { kind: 'cumBurn', throughYear: 2030 });
    const bar = t.bars.find((b) => b.leverId === 'loadFactor')!;
    const r = runScenario({ ...params, loadFactor: bar.high });
    let sum = 0;
    for (let i = 0; i < 72; i++) sum += r.monthly.burnUsdB[i];
    expect(bar.atHigh).toBeCloseTo(sum, 9);
    // A fleet that serves more of its hours needs fewer accelerators: less burn once demand
    // outgrows the binding capacity (by 2030 on the defaults; before, the contracts are paid anyway).
    expect(bar.deltaHigh).toBeLessThan(0);
  });

  it('uses a range override', () => {
    const t = tornado(
      params,
      { mfu: { low: 0.09, high: 0.11, dist: 'uniform' } },
      { kind: 'cumBurn', throughYear: 2027 },
    );
    expect(t.bars.find((b) => b.leverId === 'mfu')).toMatchObject({ low: 0.09, high: 0.11 });
  });
});

describe('goal-seek', () => {
  it('finds the starting cash that keeps cash ≥ 0 through the horizon (a known root)', () => {
    // Cash is starting cash plus a path that does not depend on it (no backstop), so the
    // smallest starting cash that never goes negative is startingCash − minCash.
    const p: ParamValues = { ...params, horizonMonths: 60, msBackstop: 0 };
    const base = runScenario(p).summary;
    expect(base.minCashUsdB).toBeLessThan(0);
    const root = p.startingCashUsdB - base.minCashUsdB;
    expect(root).toBeLessThan(100);
    const g = goalSeek(p, 'startingCashUsdB', { kind: 'solvent' });
    expect(g.status).toBe('found');
    if (g.status !== 'found') return;
    expect(g.bound).toBe('atLeast');
    expect(g.value).toBe(Math.ceil(root * 10) / 10);
    expect(g.outcome.insolvencyMonth).toBeNull();
    expect(runScenario({ ...p, startingCashUsdB: g.value - 0.1 }).summary.insolvencyMonth).not.toBeNull();
  });

  it('finds a root of a synthetic monotone response, in either direction', () => {
    // Breakeven month = 2025-01 + round(120 − mfu·200): mfu ≥ 0.35 breaks even by Dec 2030 (month 71).
    const fake = (p: ParamValues) => {
      const r = runScenario(params);
      const t = Math.round(120 - p.mfu * 200);
      return { ...r, summary: { ...r.summary, breakevenMonth: r.startMonth + t } } as ScenarioResult;
    };
    const g = goalSeek(params, 'mfu', { kind: 'breakevenBy', year: 2028 }, { evaluate: fake });
    // By Dec 2028 = month 47: 120 − 200·mfu ≤ 47.5 (rounding) → mfu ≥ 0.3625 → 0.37 at 2 decimals.
    expect(g).toMatchObject({ status: 'found', bound: 'atLeast', value: 0.37, monotone: true });
    const inverse = (p: ParamValues) => fake({ ...p, mfu: 0.61 - p.mfu });
    expect(goalSeek(params, 'mfu', { kind: 'breakevenBy', year: 2028 }, { evaluate: inverse })).toMatchObject({
      status: 'found',
      bound: 'atMost',
      value: 0.24,
    });
  });

  it('says so when no value in range works, and when every value does', () => {
    const never = goalSeek({ ...params, horizonMonths: 36 }, 'pue', { kind: 'breakevenBy', year: 2025 });
    expect(never.status).toBe('never');
    const rich = { ...params, startingCashUsdB: 100, revenueGrowthPct: 600, horizonMonths: 36 };
    // rich enough that even the worst PUE stays solvent
    expect(runScenario({ ...rich, pue: LEVER_BY_ID.get('pue')!.max }).summary.insolvencyMonth).toBeNull();
    expect(goalSeek(rich, 'pue', { kind: 'solvent' }).status).toBe('always');
  });
});

describe('tornado with "No new funding" (issue 23, part 3)', () => {
  const amazon = 'amazon-2026-conditional.on';
  it("holds Amazon's conditional $35B off, with the reason, instead of swinging it", () => {
    // on the defaults Amazon's conditional row is swung 0 → 1: insolvency 21 → 26 months from now
    // ($35B against roughly $7B a month of burn in 2028 is five months)
    const off = tornado(params, {}, { kind: 'insolvency' });
    const swung = off.bars.find((b) => b.leverId === amazon)!;
    expect([swung.atLow, swung.atHigh, swung.swing]).toEqual([21, 26, 5]);
    expect(off.noNewFunding).toBe(false);
    // with the switch on the row no longer swings: 0 months, both ends at the base of 21
    const on = tornado(params, {}, { kind: 'insolvency' }, { noNewFunding: true });
    const held = on.bars.find((b) => b.leverId === amazon)!;
    expect(on.noNewFunding).toBe(true);
    expect(on.base).toBe(21);
    expect(held).toEqual({
      leverId: amazon,
      label: 'Amazon $35B (if IPO/milestone): counted',
      unit: 'on/off',
      low: 0,
      high: 0,
      atLow: 21,
      atHigh: 21,
      deltaLow: 0,
      deltaHigh: 0,
      swing: 0,
      neverAtLow: false,
      neverAtHigh: false,
      heldBecause: 'held at zero: no new funding',
    });
    expect(swung).toMatchObject({
      label: 'Amazon $35B (if IPO/milestone): counted',
      unit: 'on/off',
      low: 0,
      high: 1,
      deltaLow: 0,
      deltaHigh: 5,
      neverAtLow: false,
      neverAtHigh: false,
    });
    expect(swung.heldBecause).toBeUndefined();
    expect([off.base, off.baseNever, on.baseNever]).toEqual([21, false, false]);
    // a row that brings no money swings as before
    const growth = (t: typeof on) => t.bars.find((b) => b.leverId === 'revenueGrowthNextPct')!;
    expect([growth(on).atLow, growth(on).atHigh]).toEqual([19, 24]);
    // the held row sinks below every lever that moves the month
    expect(on.bars.slice(on.bars.indexOf(held)).every((b) => b.swing === 0)).toBe(true);
  });
});
