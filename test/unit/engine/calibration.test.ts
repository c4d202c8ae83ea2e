import { describe, expect, it } from 'vitest';
import { compareToReported } from '../../../src/calibration/compare';

// How close the default scenario must land to each reported figure (docs/MODEL.md, Calibration).
// Burn years are looser: they are OpenAI's own Sep 2025 forecasts and predate the chip deals.
const TOLERANCE: Array<[RegExp, number]> = [
  [/^Energy per chat query/, 0.02],
  [/^Inference bill on Azure 2025/, 0.1],
  [/^Revenue/, 0.15],
  [/^Cash at end of 2025-06/, 0.15],
  [/^Net revenue share/, 0.3],
  [/^Cash burn 202[56]/, 0.3],
  [/^Cash burn 202[78]/, 0.4],
];

describe('calibration of the default scenario', () => {
  const rows = compareToReported();
  it('compares against every reported target', () => {
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining([
      'Cash burn 2025', 'Cash burn 2026', 'Cash burn 2027', 'Cash burn 2028', 'Revenue 2025', 'Revenue 2026',
      'Inference bill on Azure 2025', 'Cash at end of 2025-06', 'Energy per chat query (Epoch inputs)',
    ]));
  });
  for (const [pattern, tolerance] of TOLERANCE) {
    it(`lands within ${tolerance * 100}% for ${pattern.source}`, () => {
      const matching = rows.filter((r) => pattern.test(r.label));
      expect(matching.length).toBeGreaterThan(0);
      for (const r of matching) expect(Math.abs(r.gap), `${r.label}: model ${r.model.toFixed(2)} vs reported ${r.reported}`).toBeLessThanOrEqual(tolerance);
    });
  }
});
