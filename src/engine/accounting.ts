import type { Params } from '../registry';
import { AS_OF_MONTH, rel } from './time';
import type { Monthly } from './types';

/** Months of the record with reported non-cash items: H1 2025, Q3 2025, Q4 2025, Q1 2026 (relative months). */
const NON_CASH_PERIODS = [
  { lever: 'nonCash2025H1UsdB', from: 0, to: 6 },
  { lever: 'nonCash2025Q3UsdB', from: 6, to: 9 },
  { lever: 'nonCash2025Q4UsdB', from: 9, to: 12 },
  { lever: 'nonCash2026Q1UsdB', from: 12, to: 15 },
] as const;

/**
 * The accounting lens beside cash (docs/MODEL.md, "Losses and cash burn"), month t:
 * - stock compensation: the 2025 rate, the 2026 rate up to now, growing after now;
 * - costs booked before they are paid: a share of revenue (calibrated to the record), fading to
 *   zero after now;
 * - the operating loss: cash burn + stock compensation + costs booked before paid + depreciation
 *   − capex paid − financing payments (depreciation in place of capex; interest is left out);
 * - the net loss: the operating loss + the non-cash items (fair-value changes) of each reported
 *   period, and a yearly figure after now.
 * The levers are read once per run (a scenario is a large object, slow to read by name).
 */
export function accountingPlan(p: Params): (s: Monthly, t: number) => void {
  const now = rel(AS_OF_MONTH);
  const sbc2025 = p.stockComp2025UsdB / 12;
  const sbc2026 = p.stockComp2026UsdB / 12;
  const sbcGrowth = 1 + p.stockCompGrowthPct / 100;
  const accrued = p.accruedCostPctOfRevenue / 100;
  const fade = p.accruedCostFadeMonths;
  const nonCashAfter = p.nonCashUsdBPerYear / 12;
  const nonCash = new Float64Array(now + 1);
  for (const { lever, from, to } of NON_CASH_PERIODS)
    for (let t = from; t < Math.min(to, now + 1); t++) nonCash[t] = p[lever] / (to - from);
  return (s, t) => {
    const after = t - now;
    const sbc = t < 12 ? sbc2025 : after <= 0 ? sbc2026 : sbc2026 * sbcGrowth ** (after / 12);
    const share = after <= 0 ? accrued : fade > 0 ? accrued * Math.max(0, 1 - after / fade) : 0;
    s.stockCompUsdB[t] = sbc;
    s.accruedCostsUsdB[t] = share * s.revenueUsdB[t];
    s.nonCashUsdB[t] = after <= 0 ? nonCash[t] : nonCashAfter;
    s.operatingLossUsdB[t] =
      s.burnUsdB[t] + sbc + s.accruedCostsUsdB[t] + s.depreciationUsdB[t] - s.capexUsdB[t] - s.financingUsdB[t];
    s.netLossUsdB[t] = s.operatingLossUsdB[t] + s.nonCashUsdB[t];
  };
}
