import type { Params } from '../registry';
import { calendarYear, rel } from './time';

export interface TermsPlan {
  /** Which dated regime month t falls in: 1 (to Oct 2025), 2, or 3 (any cloud). */
  regimeAt(t: number): 1 | 2 | 3;
  /** Revenue share owed this month, honouring the end year and the total cap. */
  revenueShareUsdB(t: number, revenueUsdB: number, paidSoFarUsdB: number): number;
  /** Microsoft's ~20% share of Azure OpenAI and Bing revenue, paid to OpenAI until regime 3. */
  reverseShareUsdB(t: number, revenueUsdB: number): number;
  /** Regime 1 profit share: 75% of profit until Microsoft's investment is recouped, then 49%. */
  profitShareUsdB(t: number, profitUsdB: number, paidSoFarUsdB: number): number;
}

/** The Microsoft terms of one scenario, with the dates and rates worked out once. */
export function termsPlan(p: Params): TermsPlan {
  const regime2 = rel(p.msRegime2Start);
  const regime3 = rel(p.msRegime3Start);
  const { msRevShareEndYear, msRevenueShare, msRevShareCapUsdB, msInvestedUsdB } = p;
  const reverseShare = p.msReverseSharePct / 100;
  const profitShare = p.msProfitSharePct / 100;
  const profitShareAfter = p.msProfitShareAfterPct / 100;
  const regimeAt = (t: number): 1 | 2 | 3 => (t >= regime3 ? 3 : t >= regime2 ? 2 : 1);
  return {
    regimeAt,
    revenueShareUsdB: (t, revenueUsdB, paidSoFarUsdB) =>
      calendarYear(t) > msRevShareEndYear
        ? 0
        : Math.max(0, Math.min(msRevenueShare * revenueUsdB, msRevShareCapUsdB - paidSoFarUsdB)),
    reverseShareUsdB: (t, revenueUsdB) => (regimeAt(t) === 3 ? 0 : reverseShare * revenueUsdB),
    profitShareUsdB: (t, profitUsdB, paidSoFarUsdB) => {
      if (regimeAt(t) !== 1 || profitUsdB <= 0) return 0;
      return (paidSoFarUsdB < msInvestedUsdB ? profitShare : profitShareAfter) * profitUsdB;
    },
  };
}
