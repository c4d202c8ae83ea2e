import { describe, expect, it } from 'vitest';
import { attribute } from '../../../src/engine/attribution';
import { defaultParams } from '../../../src/registry';

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
});
