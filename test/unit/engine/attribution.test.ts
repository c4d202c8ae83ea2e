import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../src/engine/attribution';
import { defaultParams, type LeverId } from '../../../src/registry';
import { validParams } from './arbitrary';

describe('what moved it: attribution of a change in a headline output', () => {
  it('gives each of two additive changes exactly its own effect (hand-computed)', () => {
    const ref = defaultParams();
    // $10B more in the next round and $5B more in the December 2025 SoftBank tranche: end cash +$15B,
    // +$10B and +$5B of it, whatever the order (nothing in the model reacts to cash without the backstop).
    const scenario = { ...ref, funding3UsdB: 10, funding3Month: ref.funding3Month, 'softbank-2025-12.usdB': 27.5 };
    const a = attribute(ref, scenario, 'endCash');
    expect(a.total).toBeCloseTo(15, 9);
    expect(a.parts.map((p) => [p.id, Number(p.value.toFixed(9))])).toEqual([
      ['funding3UsdB', 10],
      ['softbank-2025-12', 5],
    ]);
    expect(a.method).toMatch(/^Shapley values over the 2 changed inputs/);
  });

  it("counts an event's fields as one input and ignores levers at the reference value", () => {
    const ref = defaultParams();
    const scenario = { ...ref, 'aws-2025-11.usdB': 60, 'aws-2025-11.month': ref['aws-2025-11.month'] + 6 };
    const a = attribute(ref, scenario, 'minCash');
    expect(a.parts.map((p) => p.id)).toEqual(['aws-2025-11']);
    expect(a.parts[0].value).toBeCloseTo(a.total, 9);
  });

  it('has no parts and no total when nothing changed', () => {
    const a = attribute(defaultParams(), defaultParams(), 'burn');
    expect(a.parts).toEqual([]);
    expect(a.total).toBe(0);
  });

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
