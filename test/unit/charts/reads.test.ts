import { describe, expect, it } from 'vitest';
import { same, sameReads, type ResultReads } from '../../../src/charts/common/reads';
import { CHART_SPEC_LIST } from '../../../src/charts/specs';
import { runScenario } from '../../../src/engine';
import type { ScenarioResult } from '../../../src/engine/types';
import { defaultParams } from '../../../src/registry';
import { PRESETS, presetParams } from '../../../src/url/presets';
import { makeResult } from './fixture';
import { trackResult, type ResultDeps } from './trackResult';
import { annualRows, headlineRows } from '../../../src/charts/common/table';

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

const POWER_LIKE: ResultReads = { series: ['whPerQueryBlended'], summary: ['nowMonth'], events: true };

describe('what a chart reads', () => {
  it('keeps a layout when only what it does not read changed, and not otherwise', () => {
    const r = result([1, 2, 3], [0.3, 0.31, 0.32]);
    // cash and the lowest cash moved, power did not
    expect(sameReads(POWER_LIKE, r, result([5, 6, 7], [0.3, 0.31, 0.32], -99))).toBe(true);
    // one power month moved
    expect(sameReads(POWER_LIKE, r, result([1, 2, 3], [0.3, 0.31, 0.33]))).toBe(false);
    // a longer horizon
    expect(sameReads(POWER_LIKE, r, result([1, 2, 3, 4], [0.3, 0.31, 0.32, 0.33]))).toBe(false);
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

  // A spec that reads a series it does not declare would keep a stale picture when only that
  // series moves: every read the layout makes, in every view, must be in its declaration.
  const results = [makeResult(), runScenario(defaultParams()), ...PRESETS.map((p) => runScenario(presetParams(p)))];
  for (const spec of CHART_SPEC_LIST) {
    it(`${spec.id}: declares every part of a result its layout reads`, () => {
      const declared = new Set([
        'startMonth',
        'months',
        ...spec.reads.series.map((s) => `monthly.${s}`),
        ...spec.reads.summary.map((s) => `summary.${s}`),
        ...(spec.reads.events ? ['events'] : []),
      ]);
      for (const r of results) {
        for (const byGeneration of [false, true]) {
          const deps: ResultDeps = new Map();
          spec.layout({
            result: trackResult(r, deps),
            baseline: r,
            reported: null,
            byGeneration,
            width: 560,
            height: 222,
          });
          expect([...deps.keys()].filter((k) => !declared.has(k))).toEqual([]);
        }
      }
    });
  }

  // The dashboard keeps a whole card (its title, summary, tooltip and table too) when a new result
  // holds the same values where the spec reads: so do its words and its table.
  for (const spec of CHART_SPEC_LIST) {
    it(`${spec.id}: declares every part of a result its title, summary, tooltip and table read`, () => {
      const declared = new Set(
        [spec.reads, spec.textReads].flatMap((reads) => [
          'startMonth',
          'months',
          ...reads.series.map((s) => `monthly.${s}`),
          ...reads.summary.map((s) => `summary.${s}`),
          ...(reads.events ? ['events'] : []),
        ]),
      );
      for (const r of results) {
        for (const byGeneration of [false, true]) {
          const deps: ResultDeps = new Map();
          const tracked = trackResult(r, deps);
          spec.title(tracked);
          spec.summary(tracked);
          for (let i = 0; i < r.months; i += 7) spec.tooltip(tracked, null, i, { byGeneration });
          spec.tooltip(tracked, null, r.months - 1, { byGeneration });
          annualRows(tracked, spec.columns);
          headlineRows(tracked, spec.columns);
          expect([...deps.keys()].filter((k) => !declared.has(k))).toEqual([]);
        }
      }
    });
  }
});
