import type { Params } from '../registry';
import type { MicrosoftLedger } from './counterpartyTypes';
import { formatMonth } from '../registry/month';
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

/** The scenario's levers with Plan B off: Microsoft moves no Azure-channel demand to its own models. */
export function withoutPlanB(p: Params): Params {
  return { ...p, planBShiftPct: 0 };
}

/**
 * What Plan B moves on Microsoft's side: the ledger of the scenario as set less the ledger of the
 * same scenario without Plan B (`withoutPlanB`), $B over the horizon (the stake's value at the
 * horizon's end). OpenAI's revenue is the revenue Plan B takes from it.
 */
export interface PlanBMoves {
  shiftPct: number;
  /** "YYYY-MM". */
  startMonth: string;
  rampMonths: number;
  openAiRevenueUsdB: number;
  azureRevenueUsdB: number;
  revShareUsdB: number;
  equityMethodLossUsdB: number;
  stakeValueUsdB: number;
}

function yearsOf(r: ScenarioResult): number[] {
  const years: number[] = [];
  for (let t = 0; t < r.months; t++) if (!years.includes(calendarYear(t))) years.push(calendarYear(t));
  return years;
}

export function planBMoves(p: Params, withPlanB: ScenarioResult, without: ScenarioResult): PlanBMoves {
  const a = microsoftLedger(p, withPlanB, yearsOf(withPlanB));
  const b = microsoftLedger(withoutPlanB(p), without, yearsOf(without));
  const revenue = (r: ScenarioResult) => r.monthly.revenueUsdB.reduce((x, v) => x + v, 0);
  return {
    shiftPct: p.planBShiftPct,
    startMonth: formatMonth(p.planBStart),
    rampMonths: p.planBRampMonths,
    openAiRevenueUsdB: revenue(withPlanB) - revenue(without),
    azureRevenueUsdB: a.azureRevenueUsdB - b.azureRevenueUsdB,
    revShareUsdB: a.revShareUsdB - b.revShareUsdB,
    equityMethodLossUsdB: a.equityMethodLossUsdB - b.equityMethodLossUsdB,
    stakeValueUsdB: a.stakeValueUsdB - b.stakeValueUsdB,
  };
}

/**
 * The month ("YYYY-MM") the revenue share paid since the model's start reaches its cap, or null
 * when it does not within the horizon.
 */
export function revShareCapReached(r: ScenarioResult, capUsdB: number): string | null {
  let paid = 0;
  for (let t = 0; t < r.months; t++) {
    paid += r.monthly.msRevShareUsdB[t];
    // the engine pays the last month up to the cap exactly; a cent's rounding is the cap
    if (paid >= capUsdB - 0.005) return formatMonth(r.startMonth + t);
  }
  return null;
}

/** Microsoft's equity-method share of OpenAI's net loss over months [from, to): stake × net loss, month by month. */
export function equityMethodLossIn(r: ScenarioResult, from: number, to: number): number {
  let sum = 0;
  for (let t = Math.max(0, from); t < Math.min(r.months, to); t++)
    sum += (r.monthly.msStakePct[t] / 100) * r.monthly.netLossUsdB[t];
  return sum;
}
