import { describe, expect, it } from 'vitest';
import {
  attribute,
  ATTRIBUTION_OUTPUTS,
  MAX_SHAPLEY_INPUTS,
  OUTPUT_LABELS,
  outputOf,
} from '../../../src/engine/attribution';
import { runScenario } from '../../../src/engine';
import { defaultParams, type ParamValues } from '../../../src/registry';

const ref = defaultParams();
const set = (change: Record<string, number>) => ({ ...ref, ...change }) as ParamValues;
const shapley = (n: number) =>
  `Shapley values over the ${n} changed input${n === 1 ? '' : 's'} (2^${n} runs): each part is that change's average effect over every order of making the changes; the parts sum to the total.`;

/** A change in each of six lever groups (exposure is still split exactly); a seventh group is added below. */
const SIX_GROUPS = {
  funding3UsdB: 20,
  chipSlipMonths: 6,
  electricityUsdPerKwh: 0.1,
  pue: 1.3,
  msRevenueShare: 0.15,
  planBShiftPct: 10,
};

describe('the outputs a change is split over', () => {
  it('five outputs with their labels; at most 10 inputs split exactly', () => {
    expect(ATTRIBUTION_OUTPUTS).toEqual(['minCash', 'endCash', 'insolvency', 'burn', 'exposure']);
    expect(OUTPUT_LABELS).toEqual({
      minCash: 'Minimum cash ($B)',
      endCash: 'Cash at the end of the horizon ($B)',
      insolvency: 'Months of cash from now (to the month cash runs out, or one past the horizon)',
      burn: 'Cumulative burn ($B)',
      exposure:
        "Counterparties' exposure: contracted payments due after the month cash runs out (or the horizon's end) that cash would not cover ($B)",
    });
    expect(MAX_SHAPLEY_INPUTS).toBe(10);
  });
  it('months of cash from now: one past the horizon when cash never runs out (Dec 2030 + 1 − Nov 2026 = 50)', () => {
    // a $200B next round: cash never runs out; the end cash is the CLI's $122.4B
    const rich = set({ funding3UsdB: 200 });
    expect(outputOf(rich, 'insolvency')).toBe(50);
    expect(outputOf(rich, 'endCash')).toBeCloseTo(122.4, 1);
  });
});

describe('the outputs are the summary’s figures, one definition each', () => {
  it('minimum cash and cumulative burn as the run’s summary gives them', () => {
    const rich = set({ funding3UsdB: 200 });
    const s = runScenario(rich).summary;
    expect(outputOf(rich, 'minCash')).toBe(s.minCashUsdB);
    expect(outputOf(rich, 'burn')).toBe(s.cumulativeBurnUsdB);
  });
  it('exposure over exactly six inputs is still split exactly', () => {
    const six = set(SIX_GROUPS);
    expect(attribute(ref, six, 'exposure').method).toBe(shapley(6));
  });
});

describe('additive funding changes split by hand (more money in: end cash up by exactly that)', () => {
  it('one input: its label, its levers, the whole change, the method in full', () => {
    const a = attribute(ref, set({ funding3UsdB: 10 }), 'endCash');
    expect(a.total).toBeCloseTo(10, 9);
    expect(a.scenario - a.reference).toBeCloseTo(10, 9);
    expect(a.parts).toHaveLength(1);
    expect(a.parts[0]).toMatchObject({ id: 'funding3UsdB', label: 'Next funding round', leverIds: ['funding3UsdB'] });
    expect(a.parts[0].value).toBeCloseTo(10, 9);
    expect(a.method).toBe(shapley(1));
    expect(a.output).toBe('endCash');
  });
  it("an event's fields under its name before the colon; the horizon is the frame, not a cause", () => {
    const a = attribute(ref, set({ funding3UsdB: 10, 'softbank-2025-12.usdB': 27.5, horizonMonths: 60 }), 'endCash');
    expect(a.parts.map((p) => [p.id, p.label, p.leverIds, Number(p.value.toFixed(9))])).toEqual([
      ['funding3UsdB', 'Next funding round', ['funding3UsdB'], 10],
      ['softbank-2025-12', 'SoftBank $22.5B', ['softbank-2025-12.usdB'], 5],
    ]);
    expect(a.method).toBe(shapley(2));
  });
  it('eleven inputs: split over the two lever groups they belong to', () => {
    const rows = [
      'softbank-2025-12',
      'nvidia-2026-t1',
      'softbank-2026-t1',
      'softbank-2026-t2',
      'softbank-2026-t3',
      'nvidia-2026-t2',
      'nvidia-2026-t3',
      'amazon-2026-upfront',
      'round-2026-others',
      'round-2025-08-syndicate',
    ];
    const change: Record<string, number> = { funding3UsdB: 1 };
    for (const id of rows) change[`${id}.usdB`] = ref[`${id}.usdB` as keyof ParamValues] + 1;
    const a = attribute(ref, set(change), 'endCash');
    expect(a.method).toBe(
      '11 inputs changed, more than 10: Shapley values over the 2 lever groups they belong to; the parts sum to the total.',
    );
    expect(a.parts.map((p) => [p.id, p.label, Number(p.value.toFixed(9))])).toEqual([
      ['events', 'Funding and contracts', 10],
      ['funding', 'Funding', 1],
    ]);
    expect(a.parts[0].leverIds).toHaveLength(10);
    expect(a.parts[1].leverIds).toEqual(['funding3UsdB']);
  });
});

describe('changes in more lever groups than an exact split takes', () => {
  it('exposure over seven groups: one after another, the parts summing to the total', () => {
    const seven = set({ ...SIX_GROUPS, queryGrowthPct: ref.queryGrowthPct + 5 });
    const a = attribute(ref, seven, 'exposure');
    expect(a.method).toBe(
      "Changes in more than 6 lever groups: each group's part is its effect when the groups are applied one after another in the panel's order; the parts sum to the total, but the split depends on that order.",
    );
    expect(a.parts.map((p) => p.label).sort()).toEqual([
      'Custom silicon',
      'Demand & revenue',
      'Fleet & prices',
      'Funding',
      'Inference physics',
      'Microsoft Plan B',
      'Microsoft terms',
    ]);
    expect(a.parts.reduce((s, p) => s + p.value, 0)).toBeCloseTo(a.total, 9);
    expect(a.total).toBeCloseTo(a.scenario - a.reference, 12);
    // the largest part first
    const sizes = a.parts.map((p) => Math.abs(p.value));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });
});
