/**
 * What makes the split Shapley's, as properties (issue 26): a split that only sums to the total
 * (one order of making the changes, an equal share each) passes the sum test; these do not.
 * - Symmetry: two inputs that do the same thing get the same part, whatever else changed.
 * - Null player: an input that changes nothing gets nothing, however the others interact.
 * Each is paired with a scenario where the property must bite (the effects interact).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, ATTRIBUTION_OUTPUTS } from '../../../src/engine/attribution';
import { defaultParams, LEVER_BY_ID, type ParamValues } from '../../../src/registry';
import { validParams } from '../engine/arbitrary';
import { PRESETS, presetParams } from '../../../src/url/presets';

const month = (y: number, m: number) => y * 12 + m - 1;
/** Two rows a person adds to the events table: the same funding round twice, so the two are interchangeable. */
function twinRounds(p: ParamValues, at: number, usdB: number): ParamValues {
  const out = { ...p };
  for (const id of ['added-1', 'added-2'] as const) {
    out[`${id}.on`] = 1;
    out[`${id}.kind`] = 0; // funding
    out[`${id}.month`] = at;
    out[`${id}.usdB`] = usdB;
  }
  return out;
}
const part = (a: ReturnType<typeof attribute>, id: string) => a.parts.find((p) => p.id === id)?.value ?? NaN;
const LEVERS_THAT_MATTER = ['chipSlipMonths', 'electricityUsdPerKwh', 'msRevenueShare', 'funding3UsdB', 'pue'] as const;

describe('Shapley symmetry', () => {
  it('two identical funding rounds get equal parts, whatever else changed and whichever output', () => {
    fc.assert(
      fc.property(
        // the record and the presets, where cash runs short and a round's effect depends on the others
        fc.constantFrom(defaultParams(), ...PRESETS.map(presetParams)),
        fc.integer({ min: month(2025, 6), max: month(2030, 12) }),
        fc.integer({ min: 20, max: 400 }),
        fc.subarray([...LEVERS_THAT_MATTER], { maxLength: 2 }),
        validParams,
        fc.constantFrom(...ATTRIBUTION_OUTPUTS),
        (drawn, at, usdB, others, other, output) => {
          // neither row in the reference: adding them is two changes, one each
          const ref = { ...drawn };
          for (const id of ['added-1', 'added-2'] as const) {
            for (const f of ['on', 'kind', 'month', 'usdB', 'termMonths', 'status'] as const)
              ref[`${id}.${f}`] = LEVER_BY_ID.get(`${id}.${f}`)!.default;
          }
          const scenario = twinRounds(ref, at, usdB);
          for (const id of others) scenario[id] = other[id];
          const a = attribute(ref, scenario, output);
          const scale = Math.max(1, Math.abs(a.total));
          expect(Math.abs(part(a, 'added-1') - part(a, 'added-2'))).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('bites: where the second round matters less than the first, each still gets half (hand-checked)', () => {
    // Cash runs out in the defaults; two $300B rounds in Jan 2027 each push the lowest cash up
    // until the low moves before the rounds land, so the first round applied alone does more
    // than the second: one order of making the changes would split them unequally.
    const ref = defaultParams();
    const scenario = twinRounds(ref, month(2027, 1), 300);
    const one = attribute(ref, twinRounds(ref, month(2027, 1), 300), 'minCash');
    const alone = attribute(ref, { ...scenario, 'added-2.on': 0 }, 'minCash').total;
    const after = one.total - alone;
    expect(Math.abs(alone - after)).toBeGreaterThan(1); // the order matters here…
    expect(part(one, 'added-1')).toBeCloseTo(one.total / 2, 9); // …and Shapley splits it evenly
    expect(part(one, 'added-2')).toBeCloseTo(one.total / 2, 9);
  });
});

describe('the null player', () => {
  it('a changed input with no effect (a row left out of the count) gets exactly nothing', () => {
    fc.assert(
      fc.property(
        validParams,
        fc.subarray([...LEVERS_THAT_MATTER], { minLength: 1, maxLength: 3 }),
        validParams,
        fc.integer({ min: 1, max: 900 }),
        fc.constantFrom(...ATTRIBUTION_OUTPUTS),
        (ref, others, other, usdB, output) => {
          const base = { ...ref, 'added-3.on': 0 };
          // the row is off: its amount is a changed input that reaches nothing
          const scenario = { ...base, 'added-3.usdB': base['added-3.usdB'] === usdB ? usdB + 1 : usdB };
          for (const id of others) scenario[id] = other[id];
          const a = attribute(base, scenario, output);
          expect(part(a, 'added-3')).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('bites: beside two inputs that interact, the null input takes no share of the interaction', () => {
    const ref = defaultParams();
    const scenario = { ...ref, chipSlipMonths: 18, electricityUsdPerKwh: 0.2, 'added-3.usdB': 500 };
    const a = attribute(ref, scenario, 'insolvency');
    expect(a.parts.map((p) => p.id).sort()).toEqual(['added-3', 'chipSlipMonths', 'electricityUsdPerKwh']);
    expect(part(a, 'added-3')).toBe(0);
    expect(part(a, 'chipSlipMonths') + part(a, 'electricityUsdPerKwh')).toBeCloseTo(a.total, 9);
  });
});
