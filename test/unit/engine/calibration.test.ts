import { describe, expect, it } from 'vitest';
import { compareToReported } from '../../../src/calibration/compare';

// MODEL.md, "Calibration targets": what the default scenario must land on, with its tolerance.
// Forecasts (OpenAI's burn for 2026–2029, revenue for 2029–2030) are compared in docs/MODEL.md, not fitted.
const TARGETS: Array<[label: string, reported: number, tolerance: number]> = [
  ['Revenue 2025', 13.07, 0.1],
  ['Revenue 2026 Q1', 5.7, 0.15],
  ['Cash at end of 2025-06', 17.5, 0.15],
  ['Cash at end of 2026-03', 73, 0.15],
  ['Cash burn 2025', 8, 0.25],
  ['Cash burn 2026 Q1', 3.7, 0.3],
  ['Compute online at year end 2025', 1.9, 0.25],
  ['Inference bill on Azure 2025', 11.6, 0.15],
  ['Energy per chat query (Epoch inputs)', 0.3, 0.02],
];

describe('calibration of the default scenario against the record', () => {
  const rows = compareToReported();
  for (const [label, reported, tolerance] of TARGETS) {
    it(`${label}: ${reported} within ±${tolerance * 100}%`, () => {
      const row = rows.find((r) => r.label === label);
      expect(row, label).toBeDefined();
      expect(row!.reported).toBe(reported);
      expect(row!.forecast).toBe(false);
      expect(
        Math.abs(row!.model - reported) / reported,
        `${label}: model ${row!.model.toFixed(2)} vs ${reported}`,
      ).toBeLessThanOrEqual(tolerance);
    });
  }
  it("shows OpenAI's burn forecasts beside the model without fitting them", () => {
    const forecasts = rows.filter((r) => r.forecast).map((r) => r.label);
    expect(forecasts).toEqual(
      expect.arrayContaining(['Cash burn 2026', 'Cash burn 2027', 'Cash burn 2028', 'Cash burn 2029']),
    );
    for (const r of rows.filter((x) => x.forecast)) expect(r.tolerance).toBeNull();
  });
});
