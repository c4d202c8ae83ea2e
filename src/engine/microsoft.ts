import type { Params } from '../registry';
import { rampedTakeOrPayUsdB } from './contracts';
import { calendarYear, rel } from './time';

/** Which dated regime of the Microsoft terms month t falls in: 1 (to Oct 2025), 2, or 3 (any cloud). */
export function regimeAt(p: Params, t: number): 1 | 2 | 3 {
  if (t >= rel(p.msRegime3Start)) return 3;
  if (t >= rel(p.msRegime2Start)) return 2;
  return 1;
}

/** The incremental Azure commitment: take-or-pay, ramping over its term. */
export function azureCommitmentUsdB(p: Params, t: number): number {
  return rampedTakeOrPayUsdB(p.azureCommitmentUsdB, t - rel(p.azureCommitmentStart), Math.round(p.azureCommitmentYears * 12));
}

/** Revenue share owed this month, honouring the end year and the total cap. */
export function revenueShareUsdB(p: Params, t: number, revenueUsdB: number, paidSoFarUsdB: number): number {
  if (calendarYear(t) > p.msRevShareEndYear) return 0;
  return Math.max(0, Math.min(p.msRevenueShare * revenueUsdB, p.msRevShareCapUsdB - paidSoFarUsdB));
}

/** Microsoft's ~20% share of Azure OpenAI and Bing revenue, paid to OpenAI until regime 3. */
export function reverseShareUsdB(p: Params, t: number, revenueUsdB: number): number {
  return regimeAt(p, t) === 3 ? 0 : (p.msReverseSharePct / 100) * revenueUsdB;
}

/** Regime 1 profit share: 75% of profit until Microsoft's investment is recouped, then 49%. */
export function profitShareUsdB(p: Params, t: number, profitUsdB: number, paidSoFarUsdB: number): number {
  if (regimeAt(p, t) !== 1 || profitUsdB <= 0) return 0;
  const rate = paidSoFarUsdB < p.msInvestedUsdB ? p.msProfitSharePct : p.msProfitShareAfterPct;
  return (rate / 100) * profitUsdB;
}
