import { describe, expect, it } from 'vitest';
import { annualRows, headlineRows, type TableColumn } from '../../../src/charts/common/table';
import type { ScenarioResult } from '../../../src/engine/types';

// Nov 2025 … Feb 2026 (month index 2025 × 12 + 10 = 24310), "now" = Dec 2025
const START = 2025 * 12 + 10;
function result(nowMonth: number, months = 4): ScenarioResult {
  return {
    startMonth: START,
    months,
    monthly: { cashUsdB: Float64Array.from([10, 20, 30, 40].slice(0, months)) },
    summary: { nowMonth },
  } as unknown as ScenarioResult;
}
const columns: TableColumn[] = [
  { label: 'Cash sum', values: (r) => r.monthly.cashUsdB, agg: 'sum', format: (v) => `s${v}` },
  { label: 'Cash mean', values: (r) => r.monthly.cashUsdB, agg: 'mean', format: (v) => `m${v}` },
  { label: 'Cash at the end', values: (r) => r.monthly.cashUsdB, agg: 'end', format: (v) => `e${v}` },
];

describe('a chart table', () => {
  it('has a row per calendar year (partial years say their months)', () => {
    expect(annualRows(result(START + 1), columns)).toEqual([
      { year: 2025, months: 2, cells: ['s30', 'm15', 'e20'] },
      { year: 2026, months: 2, cells: ['s70', 'm35', 'e40'] },
    ]);
  });

  it('then the months the headline figures are for: now and the last month, each one month’s value', () => {
    expect(headlineRows(result(START + 1), columns)).toEqual([
      { label: 'Dec 2025 (now)', cells: ['s20', 'm20', 'e20'] },
      { label: 'Feb 2026 (end)', cells: ['s40', 'm40', 'e40'] },
    ]);
  });

  it('says a month once when now is the last month, and leaves out a now outside the horizon', () => {
    expect(headlineRows(result(START + 3), columns)).toEqual([
      { label: 'Feb 2026 (now)', cells: ['s40', 'm40', 'e40'] },
    ]);
    expect(headlineRows(result(START + 9), columns)).toEqual([
      { label: 'Feb 2026 (end)', cells: ['s40', 'm40', 'e40'] },
    ]);
  });
});
