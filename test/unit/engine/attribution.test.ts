import { describe, expect, it } from 'vitest';
import { attribute, MAX_SHAPLEY_INPUTS_EXPOSURE } from '../../../src/engine/attribution';
import { runScenario } from '../../../src/engine';
import { counterpartyReport } from '../../../src/engine/counterparties';
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

  it('splits counterparties\' exposure, the figure of "Who holds the risk" (CLI figures of 2026-12-07)', () => {
    const ref = defaultParams();
    // a $200B next round: cash never runs out, so exposure is read at the horizon's end (Dec 2031):
    // $300.2B still owed after it, less the $122.4B cash then = $177.8B, against $616.1B on the default
    const rich = { ...ref, funding3UsdB: 200 };
    const a = attribute(ref, rich, 'exposure');
    expect(a.reference).toBeCloseTo(616.1, 1);
    expect(a.scenario).toBeCloseTo(177.8, 1);
    const run = runScenario(rich);
    const report = counterpartyReport(rich, run);
    expect(report.exposureBasis).toBe('horizon end');
    expect(report.owedAfterUsdB).toBeCloseTo(300.2, 1);
    expect(run.monthly.cashUsdB[run.months - 1]).toBeCloseTo(122.4, 1);
    // the same number as the card's and the CLI's, not a second definition
    expect(a.scenario).toBe(report.exposureUsdB);
    expect(a.parts.map((p) => p.id)).toEqual(['funding3UsdB']);
    expect(a.parts[0].value).toBeCloseTo(177.8 - 616.1, 1);
  });

  it('exposure moves with the levers: a later chip raises it, money lowers it, and the parts sum to the total', () => {
    const ref = defaultParams();
    const a = attribute(ref, { ...ref, chipSlipMonths: 18, funding3UsdB: 100 }, 'exposure');
    const part = (id: string) => a.parts.find((p) => p.id === id)!.value;
    expect(part('chipSlipMonths')).toBeGreaterThan(10);
    expect(part('funding3UsdB')).toBeLessThan(-100);
    expect(part('chipSlipMonths') + part('funding3UsdB')).toBeCloseTo(a.total, 9);
    expect(a.total).toBeCloseTo(439.2 - 616.1, 1);
    expect(a.method).toMatch(/^Shapley values over the 2 changed inputs/);
  });

  it('splits exposure exactly over at most six inputs, by lever group above that', () => {
    expect(MAX_SHAPLEY_INPUTS_EXPOSURE).toBe(6);
    const ref = defaultParams();
    const seven = {
      ...ref,
      chipSlipMonths: 6,
      funding3UsdB: 20,
      msRevenueShare: 0.15,
      electricityUsdPerKwh: 0.1,
      pue: 1.3,
      planBShiftPct: 10,
      chipPerfPerWattGain: 2,
    };
    const a = attribute(ref, seven, 'exposure');
    expect(a.method).toMatch(/^7 inputs changed, more than 6: Shapley values over the \d+ lever groups/);
    expect(a.parts.reduce((s, p) => s + p.value, 0)).toBeCloseTo(a.total, 9);
  });
});
