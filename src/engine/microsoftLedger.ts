import type { Params } from '../registry';
import type { MicrosoftLedger } from './counterpartyTypes';
import { calendarYear } from './time';
import type { ScenarioResult } from './types';

/**
 * Microsoft's side in full: Azure revenue from OpenAI (under the commitment and on demand), the
 * revenue share against its cap, the reverse share, the stake at the last round's valuation, and
 * its equity-method share of OpenAI's net loss (stake × net loss, month by month).
 */
export function microsoftLedger(p: Params, r: ScenarioResult, years: number[]): MicrosoftLedger {
  const m = r.monthly;
  const last = r.months - 1;
  const out: MicrosoftLedger = {
    azureRevenueUsdB: 0,
    azureContractUsdB: 0,
    azureOnDemandUsdB: 0,
    revShareUsdB: 0,
    revShareCapUsdB: p.msRevShareCapUsdB,
    reverseShareUsdB: 0,
    profitShareUsdB: 0,
    stakePct: m.msStakePct[last],
    valuationUsdB: m.valuationUsdB[last],
    stakeValueUsdB: m.msStakeValueUsdB[last],
    equityMethodLossUsdB: 0,
    years: years.map((year) => ({
      year,
      azureRevenueUsdB: 0,
      revShareUsdB: 0,
      reverseShareUsdB: 0,
      equityMethodLossUsdB: 0,
      stakePct: 0,
      stakeValueUsdB: 0,
    })),
  };
  for (let t = 0; t < r.months; t++) {
    const y = out.years[years.indexOf(calendarYear(t))];
    const equity = (m.msStakePct[t] / 100) * m.netLossUsdB[t];
    out.azureRevenueUsdB += m.azureRentUsdB[t];
    out.azureContractUsdB += m.azureContractUsdB[t];
    out.revShareUsdB += m.msRevShareUsdB[t];
    out.reverseShareUsdB += m.reverseShareUsdB[t];
    out.profitShareUsdB += m.msProfitShareUsdB[t];
    out.equityMethodLossUsdB += equity;
    y.azureRevenueUsdB += m.azureRentUsdB[t];
    y.revShareUsdB += m.msRevShareUsdB[t];
    y.reverseShareUsdB += m.reverseShareUsdB[t];
    y.equityMethodLossUsdB += equity;
    y.stakePct = m.msStakePct[t];
    y.stakeValueUsdB = m.msStakeValueUsdB[t];
  }
  out.azureOnDemandUsdB = out.azureRevenueUsdB - out.azureContractUsdB;
  return out;
}
