/**
 * Attribution over random pairs of scenarios and above ten changed inputs (split from
 * attribution.test.ts so that the mutation run's fast set keeps the hand-computed cases).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../src/engine/attribution';
import { defaultParams, type LeverId } from '../../../src/registry';
import { validParams } from './arbitrary';

describe('what moved it: attribution as properties', () => {
  it('parts sum to the total for random pairs of scenarios (four outputs)', () => {
    const outputs = ['minCash', 'endCash', 'insolvency', 'burn'] as const;
    fc.assert(
      fc.property(
        validParams,
        fc.array(
          fc.constantFrom(
            'chipSlipMonths',
            'pue',
            'electricityUsdPerKwh',
            'msRevenueShare',
            'stargateOpenAiSharePct',
            'azureUsdPerGpuHour',
            'funding3UsdB',
            'queryGrowthPct',
          ),
          { minLength: 1, maxLength: 5 },
        ),
        validParams,
        fc.constantFrom(...outputs),
        (ref, ids, other, output) => {
          const scenario = { ...ref };
          for (const id of ids) scenario[id] = other[id];
          const a = attribute(ref, scenario, output);
          const sum = a.parts.reduce((s, p) => s + p.value, 0);
          expect(Math.abs(sum - a.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a.total)));
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('groups by lever group above ten changed inputs, still summing to the total', () => {
    const ref = defaultParams();
    const scenario = { ...ref };
    for (const [id, v] of Object.entries<number>({
      pue: 1.3,
      mfu: 0.12,
      loadFactor: 0.5,
      electricityUsdPerKwh: 0.1,
      accelCapexUsd: 30000,
      lifeYears: 5,
      chipSlipMonths: 6,
      msRevenueShare: 0.15,
      planBShiftPct: 30,
      opexGrowthPct: 60,
      funding3UsdB: 20,
    }))
      scenario[id as LeverId] = v;
    const a = attribute(ref, scenario, 'minCash');
    expect(a.method).toMatch(/lever groups/);
    expect(a.parts.length).toBeLessThanOrEqual(10);
    expect(a.parts.reduce((s, p) => s + p.value, 0)).toBeCloseTo(a.total, 9);
  }, 60_000);
});
