import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../../src/engine/types';
import { same, sameDeps, trackResult, type ResultDeps } from '../../../src/charts/common/resultDeps';

/** A hand-made result with two series and two summary figures. */
function result(cash: number[], wh: number[], minCash = -10): ScenarioResult {
  return Object.freeze({
    version: 2,
    startMonth: 300,
    months: cash.length,
    monthly: Object.freeze({ cashUsdB: Float64Array.from(cash), whPerQueryBlended: Float64Array.from(wh) }),
    events: [],
    summary: Object.freeze({ minCashUsdB: minCash, nowMonth: 310 }),
  }) as unknown as ScenarioResult;
}

/** A layout that reads the power series and the start month only. */
const powerLike = (r: ScenarioResult) => r.startMonth + r.monthly.whPerQueryBlended[1];

describe('result dependencies', () => {
  it('records what a layout reads, through a frozen result, and returns the same values', () => {
    const deps: ResultDeps = new Map();
    const r = result([1, 2, 3], [0.3, 0.31, 0.32]);
    expect(powerLike(trackResult(r, deps))).toBeCloseTo(300.31, 12);
    expect([...deps.keys()].sort()).toEqual(['monthly.whPerQueryBlended', 'startMonth']);
  });

  it('keeps a layout when only what it did not read changed, and not otherwise', () => {
    const deps: ResultDeps = new Map();
    powerLike(trackResult(result([1, 2, 3], [0.3, 0.31, 0.32]), deps));
    // cash and the summary moved, power did not
    expect(sameDeps(deps, result([5, 6, 7], [0.3, 0.31, 0.32], -99))).toBe(true);
    // one power month moved
    expect(sameDeps(deps, result([1, 2, 3], [0.3, 0.31, 0.33]))).toBe(false);
    // a longer horizon
    expect(sameDeps(deps, result([1, 2, 3, 4], [0.3, 0.31, 0.32, 0.33]))).toBe(false);
  });

  it('a layout that walks every series depends on all of them', () => {
    const deps: ResultDeps = new Map();
    const tracked = trackResult(result([1, 2], [0.3, 0.3]), deps);
    expect(Object.keys(tracked.monthly)).toEqual(['cashUsdB', 'whPerQueryBlended']);
    expect(sameDeps(deps, result([1, 9], [0.3, 0.3]))).toBe(false);
  });

  it('compares numbers by Object.is and typed arrays element by element', () => {
    expect(same(NaN, NaN)).toBe(true);
    expect(same(0, -0)).toBe(false);
    expect(same(Float64Array.of(1, NaN), Float64Array.of(1, NaN))).toBe(true);
    expect(same(Float64Array.of(1, 2), Float32Array.of(1, 2))).toBe(false);
    expect(same({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(same({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(same([1], { 0: 1 })).toBe(false);
  });
});
