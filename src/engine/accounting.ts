import type { LeverId, Params } from '../registry';
import { AS_OF_MONTH, rel } from './time';
import type { Monthly } from './types';

/** Periods of the record with reported non-cash items (relative months [from, to)): H1, Q3, Q4 2025, Q1 2026. */
const NON_CASH_PERIODS: ReadonlyArray<{ lever: LeverId; from: number; to: number }> = [
  { lever: 'nonCash2025H1UsdB', from: 0, to: 6 },
  { lever: 'nonCash2025Q3UsdB', from: 6, to: 9 },
  { lever: 'nonCash2025Q4UsdB', from: 9, to: 12 },
  { lever: 'nonCash2026Q1UsdB', from: 12, to: 15 },
];

/**
 * The accounting lens beside cash (docs/MODEL.md, "Losses and cash burn"), months [from, to):
 * - stock compensation: the 2025 rate, the 2026 rate up to now, growing after now;
 * - costs booked before they are paid: a share of revenue (calibrated to the record), fading to
 *   zero after now;
 * - the operating loss: cash burn + stock compensation + costs booked before paid + depreciation
 *   − capex paid − financing payments (depreciation in place of capex; interest is left out);
 * - the net loss: the operating loss + the non-cash items (fair-value changes) of each reported
 *   period, and a yearly figure after now.
 * Not in a Monte Carlo sample: none of it moves cash.
 */
export function accountingMonths(p: Params, s: Monthly, from: number, to: number): void {
  const now = rel(AS_OF_MONTH);
  const sbc2026 = p.stockComp2026UsdB / 12;
  const monthlyGrowth = (1 + p.stockCompGrowthPct / 100) ** (1 / 12);
  const accrued = p.accruedCostPctOfRevenue / 100;
  const fade = p.accruedCostFadeMonths;
  const nonCashAfter = p.nonCashUsdBPerYear / 12;
  const { stockCompUsdB, accruedCostsUsdB, nonCashUsdB, operatingLossUsdB, netLossUsdB } = s;
  let sbc = sbc2026 * monthlyGrowth ** Math.max(0, from - now - 1);
  for (let t = from; t < to; t++) {
    const after = t - now;
    if (after > 0) sbc *= monthlyGrowth;
    stockCompUsdB[t] = t < 12 ? p.stockComp2025UsdB / 12 : after <= 0 ? sbc2026 : sbc;
    const share = after <= 0 ? accrued : fade > 0 ? accrued * Math.max(0, 1 - after / fade) : 0;
    accruedCostsUsdB[t] = share * s.revenueUsdB[t];
    nonCashUsdB[t] = after > 0 ? nonCashAfter : 0;
    operatingLossUsdB[t] =
      s.burnUsdB[t] +
      stockCompUsdB[t] +
      accruedCostsUsdB[t] +
      s.depreciationUsdB[t] -
      s.capexUsdB[t] -
      s.financingUsdB[t];
  }
  for (const { lever, from: a, to: b } of NON_CASH_PERIODS)
    for (let t = Math.max(a, from); t < Math.min(b, to, now + 1); t++) nonCashUsdB[t] = p[lever] / (b - a);
  for (let t = from; t < to; t++) netLossUsdB[t] = operatingLossUsdB[t] + nonCashUsdB[t];
}
