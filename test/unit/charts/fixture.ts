import { SERIES, type ScenarioResult, type SeriesName } from '../../../src/engine/types';
import { START_MONTH } from '../../../src/registry/month';

/**
 * A small hand-made result: cash falls from $20B by $1B a month (insolvent in month 20 of 24),
 * burn $1B a month, costs and Wh per query fall linearly. Values a person can check by hand.
 */
export function makeResult(months = 24, over: Partial<Record<SeriesName, (i: number) => number>> = {}): ScenarioResult {
  const base: Partial<Record<SeriesName, (i: number) => number>> = {
    cashUsdB: (i) => 19 - i,
    burnUsdB: () => 1,
    revenueUsdB: (i) => 0.5 + i * 0.05,
    fundingUsdB: (i) => (i === 3 ? 10 : 0),
    whPerQueryGpu: (i) => 0.4 - i * 0.005,
    whPerQuerySilicon: (i) => (i >= 12 ? 0.2 : 0),
    whPerQueryBlended: (i) => 0.4 - i * 0.008,
    blendedEnergyUsd: () => 0.0003,
    blendedDeprUsd: () => 0.001,
    blendedRentUsd: (i) => 0.002 - i * 0.00005,
    msSharePerQueryUsd: () => 0.0005,
    rentedRentUsd: () => 0.002,
    ownedEnergyUsd: () => 0.0003,
    ownedDeprUsd: () => 0.0012,
    siliconEnergyUsd: () => 0.0002,
    siliconDeprUsd: () => 0.0006,
    fleetMw: (i) => 500 + i * 50,
    capacityMw: (i) => 600 + i * 50,
    msRevShareUsdB: () => 0.1,
    azureRentUsdB: () => 0.4,
    msTakeUsdB: () => 0.25,
    msStakeValueUsdB: (i) => 40 + i,
    msStakePct: () => 30,
    reverseShareUsdB: () => 0.02,
    runwayMonths: (i) => 19 - i,
    rentedAccel: () => 1000,
    ownedGpuAccel: (i) => (i >= 6 ? 500 : 0),
    siliconAccel: (i) => (i >= 12 ? 300 : 0),
    costPerQueryAllInUsd: () => 0.012,
    idleMw: () => 100,
  };
  const fns = { ...base, ...over };
  const monthly = Object.fromEntries(
    SERIES.map((name) => {
      const a = new Float64Array(months);
      const f = fns[name];
      for (let i = 0; i < months; i++) a[i] = f ? f(i) : 0;
      return [name, a];
    }),
  ) as ScenarioResult['monthly'];
  const cost = { energy: 0.0003, depreciation: 0.001, rent: 0.002 };
  return {
    version: 1,
    startMonth: START_MONTH,
    months,
    monthly,
    options: [],
    events: [
      { kind: 'funding', label: 'SoftBank $10B', month: START_MONTH + 3, amountUsdB: 10 },
      { kind: 'stargate', label: 'Stargate build-out', month: START_MONTH + 8, endMonth: START_MONTH + 30 },
      { kind: 'chip', label: 'Custom chip', month: START_MONTH + 16, plannedMonth: START_MONTH + 12 },
    ],
    summary: {
      startMonth: START_MONTH,
      endMonth: START_MONTH + months - 1,
      insolvencyMonth: START_MONTH + 19,
      breakevenMonth: null,
      runwayMonths: 12,
      runwayAsOf: START_MONTH + 6,
      minCashUsdB: 19 - (months - 1),
      minCashMonth: START_MONTH + months - 1,
      whPerQuery: { gpu: 0.4, silicon: 0.25, blended: 0.4 },
      costPerQueryUsd: { rented: cost, owned: cost, silicon: cost, blended: cost },
      costPerQueryStartUsd: 0.0033,
      costPerQueryEndUsd: 0.0021,
      whPerQueryEnd: 0.22,
      whPerQueryNow: 0.3,
      msTakeFirstYearUsdB: 3,
      msTakeLastYearUsdB: 3,
      cumulativeBurnUsdB: months,
      cumulativeFundingUsdB: 10,
      backstopUsdB: 0,
      nowMonth: START_MONTH + 6,
      cashNowUsdB: 13,
      costPerQueryAllIn: { start: 0.02, now: 0.015, end: 0.01 },
      costPerQueryPhysics: { start: 0.0033, now: 0.003, end: 0.0021 },
      funding: { conditionalUsdB: 0, hypotheticalUsdB: 0 },
      msSharePerQuery: { now: 0.0005, end: 0.0005 },
      idleMwNow: 100,
      idleMwEnd: 200,
      idleUsdBTotal: 5,
    },
  };
}
