import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultParams, type ParamValues } from '../../../src/registry';
import { annualLedger, COST_LINES, REVENUE_LINES, runScenario } from '../../../src/engine';
import { LEDGER_ROWS } from '../../../src/engine/ledger';
import { validParams } from './arbitrary';

function checkLedger(p: ParamValues): void {
  const r = runScenario(p);
  const L = annualLedger(r.monthly, p.startingCashUsdB);
  L.years.forEach((_, yi) => {
    const costs = Decimal.sum(...COST_LINES.map((k) => L.rows[k][yi]));
    const revenue = Decimal.sum(...REVENUE_LINES.map((k) => L.rows[k][yi]));
    expect(costs.minus(revenue).equals(L.rows.burnUsdB[yi])).toBe(true);
  });
  for (const row of LEDGER_ROWS) expect(Decimal.sum(...L.rows[row]).equals(L.totals[row])).toBe(true);
  const last = L.endingCash[L.endingCash.length - 1];
  expect(last.equals(L.startingCash.plus(L.totals.fundingUsdB).plus(L.totals.backstopUsdB).minus(L.totals.burnUsdB))).toBe(true);
  // The decimal ledger agrees with the float engine to within the $1k rounding of each month.
  expect(Math.abs(last.toNumber() - r.monthly.cashUsdB[r.months - 1])).toBeLessThan(1e-6 * r.months * 16);
}

describe('annual ledger', () => {
  it('has calendar years 2025–2030 for the 72-month default', () => {
    const p = defaultParams();
    expect(annualLedger(runScenario(p).monthly, p.startingCashUsdB).years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('rows sum exactly to burn and to the totals, at the defaults', () => checkLedger(defaultParams()));
  it('rows sum exactly for any valid scenario', () => {
    fc.assert(fc.property(validParams, (p) => { checkLedger(p); }), { numRuns: 40 });
  }, 60_000);
});
