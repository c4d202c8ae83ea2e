import { describe, expect, it } from 'vitest';
import { burnAgainstPlan, compareToReported, computeSplit } from '../../../src/calibration/compare';
import { runScenario } from '../../../src/engine';
import { defaultParams } from '../../../src/registry';
import { PRESET_BY_ID, presetParams } from '../../../src/url';

// MODEL.md, "Calibration targets" and "Calibration v3": what the default scenario must land on,
// with its tolerance. Figures are typed here from data/reported.json's sources, not read from it.
const TARGETS: Array<[label: string, reported: number, tolerance: number]> = [
  ['Revenue 2025', 13.07, 0.1],
  ['Revenue 2026 Q1', 5.7, 0.15],
  ['Cash at end of 2025-06', 17.5, 0.15],
  ['Cash at end of 2026-03', 73, 0.15],
  ['Cash burn 2025', 8, 0.25],
  ['Cash burn 2026 Q1', 3.7, 0.3],
  ['Compute online at year end 2025', 1.9, 0.25],
  ['Inference compute 2025', 8.4, 0.3],
  ['Compute spend 2026', 50, 0.25],
  ['Energy per chat query (Epoch inputs)', 0.3, 0.02],
];

// OpenAI's Q1 2026 plan, burn by year ($B): The Information via The Decoder, Feb 2026.
const PLAN_BURN: Record<number, number> = { 2026: 25, 2027: 57, 2028: 85, 2029: 51 };

describe('calibration of the default scenario against the record', () => {
  // Computed inside each `it`, not here: a result computed while the file loads cannot see a mutant.
  const rows = () => compareToReported();
  for (const [label, reported, tolerance] of TARGETS) {
    it(`${label}: ${reported} within ±${tolerance * 100}%`, () => {
      const row = rows().find((r) => r.label === label);
      expect(row, label).toBeDefined();
      expect(row!.reported).toBe(reported);
      expect(row!.forecast).toBe(false);
      expect(
        Math.abs(row!.model - reported) / reported,
        `${label}: model ${row!.model.toFixed(2)} vs ${reported}`,
      ).toBeLessThanOrEqual(tolerance);
    });
  }
  it("shows OpenAI's burn forecasts beside the model in the record table without fitting them there", () => {
    const all = rows();
    const forecasts = all.filter((r) => r.forecast).map((r) => r.label);
    expect(forecasts).toEqual(
      expect.arrayContaining(['Cash burn 2026', 'Cash burn 2027', 'Cash burn 2028', 'Cash burn 2029']),
    );
    for (const r of all.filter((x) => x.forecast)) expect(r.tolerance).toBeNull();
  });
});

describe('calibration v3: the record, then the company’s own plan', () => {
  it('the default lands within ±20% of the plan’s burn each year 2026–2029', () => {
    const rows = burnAgainstPlan(defaultParams());
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029]);
    for (const r of rows) {
      expect(r.plan).toBe(PLAN_BURN[r.year]);
      expect(Math.abs(r.model / r.plan - 1), `${r.year}: ${r.model.toFixed(1)} vs ${r.plan}`).toBeLessThanOrEqual(0.2);
    }
  });
  it('the preset "OpenAI’s plan (Q1 2026)" lands within ±10% each year, and turns cash-positive in 2030', () => {
    const preset = PRESET_BY_ID.get('openai-plan-2026q1')!;
    expect(preset.title).toBe("OpenAI's plan (Q1 2026)");
    const p = presetParams(preset);
    for (const r of burnAgainstPlan(p))
      expect(Math.abs(r.model / r.plan - 1), `${r.year}: ${r.model.toFixed(1)} vs ${r.plan}`).toBeLessThanOrEqual(0.1);
    const m = runScenario(p).monthly;
    let burn2030 = 0;
    for (let t = 60; t < 72; t++) burn2030 += m.burnUsdB[t];
    expect(burn2030).toBeLessThan(0);
  });
  it('spends $550–800B on compute in 2025–2030, about two thirds of it (55–75%) on training in 2026–2030', () => {
    const { computeUsdB, trainingShare } = computeSplit(defaultParams());
    expect(computeUsdB).toBeGreaterThanOrEqual(550);
    expect(computeUsdB).toBeLessThanOrEqual(800);
    expect(trainingShare).toBeGreaterThanOrEqual(0.55);
    expect(trainingShare).toBeLessThanOrEqual(0.75);
  });
  it('the preset "HSBC (Nov 2025)" reaches ~$213B of revenue in 2030 and, on HSBC’s own funding, a gap near its $207–257B', () => {
    const p = presetParams(PRESET_BY_ID.get('hsbc-2025-11')!);
    const m = runScenario(p).monthly;
    let revenue2030 = 0;
    for (let t = 60; t < 72; t++) revenue2030 += m.revenueUsdB[t];
    expect(Math.abs(revenue2030 / 213 - 1)).toBeLessThanOrEqual(0.05);
    // HSBC's view predates the 2026 round: without its rows, the minimum cash is HSBC's gap before
    // the ~$50B of NVIDIA and AMD money it counted ($207B + $50B), within ±15%.
    const own = { ...p };
    for (const id of ['amazon-2026-upfront', 'round-2026-others']) own[`${id}.on` as keyof typeof own] = 0;
    for (const n of [1, 2, 3]) {
      own[`softbank-2026-t${n}.on` as keyof typeof own] = 0;
      own[`nvidia-2026-t${n}.on` as keyof typeof own] = 0;
    }
    const gap = -runScenario(own).summary.minCashUsdB;
    expect(Math.abs(gap / 257 - 1), `gap ${gap.toFixed(0)}`).toBeLessThanOrEqual(0.15);
  });
});
