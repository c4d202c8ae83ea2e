import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVER_BY_ID, defaultParams } from '../../../src/registry';
import {
  checkRange,
  drawFrom,
  effectiveRanges,
  probit,
  sampleParams,
  uniformAt,
  Z95,
  type EffectiveRange,
} from '../../../src/engine/uncertainty';

const range = (r: Partial<EffectiveRange>): EffectiveRange => ({
  leverId: 'pue',
  low: 0,
  high: 1,
  dist: 'uniform',
  mode: 0.5,
  origin: 'override',
  stream: 1,
  min: -1e9,
  max: 1e9,
  whole: false,
  ...r,
});

describe('random numbers', () => {
  it('are a pure function of (seed, sample, stream), inside (0, 1)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(1e6), fc.nat(), (seed, i, s) => {
        const u = uniformAt(seed, i, s);
        return u > 0 && u < 1 && u === uniformAt(seed, i, s);
      }),
    );
  });

  it('look uniform: mean ≈ 0.5 and deciles ≈ 10% each over 20,000 draws', () => {
    const bins = new Array(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = uniformAt(7, i, 12345);
      sum += u;
      bins[Math.floor(u * 10)]++;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 2);
    for (const b of bins) expect(Math.abs(b / 20000 - 0.1)).toBeLessThan(0.01);
  });

  it('differ between seeds and between streams', () => {
    expect(uniformAt(1, 0, 5)).not.toBe(uniformAt(2, 0, 5));
    expect(uniformAt(1, 0, 5)).not.toBe(uniformAt(1, 0, 6));
  });

  it('probit inverts the normal CDF at known points', () => {
    expect(probit(0.5)).toBeCloseTo(0, 9);
    expect(probit(0.95)).toBeCloseTo(Z95, 7);
    expect(probit(0.025)).toBeCloseTo(-1.959964, 5);
    expect(probit(0.001)).toBeCloseTo(-3.090232, 5);
  });
});

describe('distributions', () => {
  it('uniform, triangular and lognormal stay inside [low, high] (lognormal clipped to the lever)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (u) => {
        const uni = drawFrom(range({ dist: 'uniform', low: 2, high: 5 }), u);
        const tri = drawFrom(range({ dist: 'triangular', low: 2, high: 5, mode: 4 }), u);
        const logn = drawFrom(range({ dist: 'lognormal', low: 2, high: 5, min: 1, max: 8 }), u);
        return uni >= 2 && uni <= 5 && tri >= 2 && tri <= 5 && logn >= 1 && logn <= 8;
      }),
    );
  });

  it('triangular puts its mode where the CDF is (mode − low) / (high − low)', () => {
    const r = range({ dist: 'triangular', low: 0, high: 10, mode: 2 });
    expect(drawFrom(r, 0.2)).toBeCloseTo(2, 9);
    expect(drawFrom(r, 0.5)).toBeCloseTo(10 - Math.sqrt(0.5 * 10 * 8), 9);
  });

  it('reads a lognormal low and high as its p5 and p95 (median = geometric mean)', () => {
    const r = range({ dist: 'lognormal', low: 50, high: 300 });
    expect(drawFrom(r, 0.05)).toBeCloseTo(50, 4);
    expect(drawFrom(r, 0.95)).toBeCloseTo(300, 3);
    expect(drawFrom(r, 0.5)).toBeCloseTo(Math.sqrt(50 * 300), 6);
  });

  it('rounds month levers to whole months', () => {
    expect(drawFrom(range({ low: 0, high: 10, whole: true }), 0.33)).toBe(3);
  });
});

describe('effective ranges', () => {
  it('at the defaults are the registry ranges, with the default as triangular mode', () => {
    const p = defaultParams();
    const gain = effectiveRanges(p).find((r) => r.leverId === 'chipPerfPerWattGain')!;
    expect(gain).toMatchObject({ low: 1.2, high: 2.2, dist: 'triangular', mode: 1.6, origin: 'registry' });
  });

  it('move with a moved lever: shifted (uniform, triangular) or scaled (lognormal), clipped to the lever', () => {
    const p = { ...defaultParams(), pue: 1.3, activeParamsB: 200, queryGrowthFloorPct: 90 };
    const lognormal = { activeParamsB: { low: 50, high: 300, dist: 'lognormal' as const } };
    const rs = new Map(effectiveRanges(p).map((r) => [r.leverId, r]));
    // 1.1–1.3 around 1.2, shifted by +0.1.
    expect(rs.get('pue')!.low).toBeCloseTo(1.2, 9);
    expect(rs.get('pue')!.high).toBeCloseTo(1.4, 9);
    expect(rs.get('pue')!.mode).toBe(1.3);
    // The registry gives active parameters no range (calibrated with the overhead); an override is used as given.
    expect(rs.has('activeParamsB')).toBe(false);
    expect(effectiveRanges(p, lognormal).find((r) => r.leverId === 'activeParamsB')).toMatchObject({
      low: 50,
      high: 300,
      origin: 'override',
    });
    // 10–40 shifted by +65 is 75–105, clipped to the lever's max of 100.
    expect(rs.get('queryGrowthFloorPct')).toMatchObject({ low: 75, high: 100 });
  });

  it('take an override as given, and ignore one that is not valid', () => {
    const p = { ...defaultParams(), pue: 1.3 };
    const rs = effectiveRanges(p, {
      pue: { low: 1.05, high: 1.15, dist: 'uniform' },
      chipPerfPerWattGain: { low: 2.5, high: 1.3, dist: 'uniform' },
    });
    expect(rs.find((r) => r.leverId === 'pue')).toMatchObject({
      low: 1.05,
      high: 1.15,
      origin: 'override',
      mode: 1.15,
    });
    expect(rs.find((r) => r.leverId === 'chipPerfPerWattGain')).toMatchObject({
      low: 1.2,
      high: 2.2,
      origin: 'registry',
    });
  });

  it('can add a range to a lever the registry leaves fixed, and never draws the horizon', () => {
    const p = defaultParams();
    const rs = effectiveRanges(p, {
      startingCashUsdB: { low: 8, high: 12, dist: 'uniform' },
      horizonMonths: { low: 40, high: 50, dist: 'uniform' },
    });
    expect(rs.some((r) => r.leverId === 'startingCashUsdB')).toBe(true);
    expect(rs.some((r) => r.leverId === 'horizonMonths')).toBe(false);
  });

  it('checkRange says why an override is refused', () => {
    const mfu = LEVER_BY_ID.get('mfu')!;
    expect(checkRange(mfu, { low: 0.1, high: 0.05, dist: 'uniform' })).toMatch(/low/);
    expect(checkRange(mfu, { low: 0, high: 0.2, dist: 'uniform' })).toMatch(/within/);
    expect(checkRange(mfu, { low: 0.05, high: 0.2, dist: 'lognormal' })).toBeNull();
  });

  it('leaves unranged levers at the scenario value in every sample', () => {
    const p = { ...defaultParams(), startingCashUsdB: 42 };
    for (let i = 0; i < 20; i++) {
      const s = sampleParams(p, {}, 3, i);
      expect(s.startingCashUsdB).toBe(42);
      expect(s.mfu).toBeGreaterThanOrEqual(0.05);
      expect(s.mfu).toBeLessThanOrEqual(0.2);
    }
  });
});

describe('conditional events in the Monte Carlo', () => {
  it('switch a conditional event on with its probability, and leave one the person switched on alone', async () => {
    const { sampleParams } = await import('../../../src/engine/uncertainty/batch');
    const { defaultParams } = await import('../../../src/registry');
    const p = defaultParams();
    // Amazon's conditional $35B (p = 0.6 in data/events.json) is off in the scenario, so it is drawn.
    expect(p['amazon-2026-conditional.on']).toBe(0);
    expect(p['amazon-2026-conditional.probability']).toBe(0.6);
    let on = 0;
    for (let i = 0; i < 2000; i++) on += sampleParams(p, {}, 7, i)['amazon-2026-conditional.on'];
    expect(on / 2000).toBeGreaterThan(0.56);
    expect(on / 2000).toBeLessThan(0.64);
    const forced = { ...p, 'amazon-2026-conditional.on': 1 };
    for (let i = 0; i < 50; i++) expect(sampleParams(forced, {}, 7, i)['amazon-2026-conditional.on']).toBe(1);
    // A closed round is never drawn.
    for (let i = 0; i < 50; i++) expect(sampleParams(p, {}, 7, i)['softbank-2025-12.on']).toBe(1);
  });
});
