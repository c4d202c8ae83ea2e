import { describe, expect, it } from 'vitest';
import { accountingMonths } from '../../../src/engine/accounting';
import { SERIES, type Monthly } from '../../../src/engine/types';
import { defaultParams } from '../../../src/registry';

// Now is Nov 2026: month 22 from Jan 2025.
const p = {
  ...defaultParams(),
  stockComp2025UsdB: 12,
  stockComp2026UsdB: 24,
  stockCompGrowthPct: 100,
  accruedCostPctOfRevenue: 50,
  accruedCostFadeMonths: 4,
  nonCashUsdBPerYear: 12,
  nonCash2025H1UsdB: 6,
  nonCash2025Q3UsdB: 3,
  nonCash2025Q4UsdB: 9,
  nonCash2026Q1UsdB: 30,
};
/** 40 months: revenue $10B, burn $1B, depreciation $0.5B, capex $0.25B, financing $0.125B a month. */
function cashSide(): Monthly {
  const m = Object.fromEntries(SERIES.map((s) => [s, new Float64Array(40)])) as Monthly;
  m.revenueUsdB.fill(10);
  m.burnUsdB.fill(1);
  m.depreciationUsdB.fill(0.5);
  m.capexUsdB.fill(0.25);
  m.financingUsdB.fill(0.125);
  return m;
}
const at = (a: Float64Array, ts: number[]) => ts.map((t) => a[t]);
const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 9));

describe('the accounting lens, month by month (accountingMonths)', () => {
  it("stock compensation: 2025's $12B a year, 2026's $24B up to now, then +100% a year", () => {
    const m = cashSide();
    accountingMonths(p, m, 0, 40);
    close(at(m.stockCompUsdB, [0, 11, 12, 22, 23, 34]), [1, 1, 2, 2, 2 * 2 ** (1 / 12), 4]);
  });

  it('costs booked before paid: 50% of revenue up to now, fading to 0 over 4 months after it', () => {
    const m = cashSide();
    accountingMonths(p, m, 0, 40);
    close(at(m.accruedCostsUsdB, [0, 22, 23, 24, 25, 26, 27]), [5, 5, 3.75, 2.5, 1.25, 0, 0]);
    const noFade = cashSide();
    accountingMonths({ ...p, accruedCostFadeMonths: 0 }, noFade, 0, 40);
    close(at(noFade.accruedCostsUsdB, [22, 23]), [5, 0]);
  });

  it("non-cash items: each reported period's amount spread over its months, $12B a year after now", () => {
    const m = cashSide();
    accountingMonths(p, m, 0, 40);
    // H1 2025 $6B, Q3 $3B, Q4 $9B, Q1 2026 $30B; nothing reported from Apr to Nov 2026
    close(at(m.nonCashUsdB, [0, 5, 6, 8, 9, 11, 12, 14, 15, 22, 23, 39]), [1, 1, 1, 1, 3, 3, 10, 10, 0, 0, 1, 1]);
  });

  it('the operating loss: burn + stock comp + costs booked − capex − financing + depreciation; the net loss adds non-cash', () => {
    const m = cashSide();
    accountingMonths(p, m, 0, 40);
    // 1 + 1 + 5 + 0.5 − 0.25 − 0.125 = 7.125 in Jan 2025; 8.125 in 2026 up to now;
    // 1 + 2·2^(1/12) + 3.75 + 0.125 in Dec 2026; 1 + 4 + 0 + 0.125 in Nov 2027
    const dec2026 = 4.875 + 2 * 2 ** (1 / 12);
    close(at(m.operatingLossUsdB, [0, 12, 22, 23, 34]), [7.125, 8.125, 8.125, dec2026, 5.125]);
    close(at(m.netLossUsdB, [0, 12, 22, 23, 34]), [8.125, 18.125, 8.125, dec2026 + 1, 6.125]);
  });

  it('fills only months [from, to), growing stock comp from now as a whole run does', () => {
    const m = cashSide();
    accountingMonths(p, m, 30, 35);
    close(at(m.stockCompUsdB, [29, 30, 34, 35]), [0, 2 * 2 ** (8 / 12), 4, 0]);
    close(at(m.netLossUsdB, [29, 30, 35]), [0, 1 + 2 * 2 ** (8 / 12) + 0.125 + 1, 0]);
    const q = cashSide();
    accountingMonths(p, q, 13, 14);
    close(at(q.nonCashUsdB, [12, 13, 14]), [0, 10, 0]);
    close(at(q.stockCompUsdB, [12, 13, 14]), [0, 2, 0]);
  });
});
