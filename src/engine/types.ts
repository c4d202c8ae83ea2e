import type { MonthIndex } from '../registry/month';

/**
 * Bumped whenever the engine gives different outputs for the same inputs.
 * Links record it so a person can be told the numbers moved under them.
 */
export const ENGINE_VERSION = 3;

/** Monthly series, one Float64Array each, index 0 = the start month. Money in $B per month. */
export const SERIES = [
  // demand and revenue
  'queriesPerDayB',
  'revenueUsdB',
  'reverseShareUsdB',
  'resaleUsdB',
  // cash cost lines (each $B in the month)
  'azureRentUsdB',
  'otherRentUsdB',
  'electricityUsdB',
  'opexUsdB',
  'capexUsdB',
  'financingUsdB',
  'chipDesignUsdB',
  'msRevShareUsdB',
  'msProfitShareUsdB',
  // the Azure commitment's part of Azure rent (what was paid under it), beside on-demand Azure
  'azureContractUsdB',
  // compute cash by form; all compute cash (contracts, on demand, electricity, capex paid,
  // financing) and its split by what it served, training (research included) and inference
  'contractedUsdB',
  'onDemandUsdB',
  'computeUsdB',
  'trainingComputeUsdB',
  'inferenceComputeUsdB',
  'depreciationUsdB',
  // cash
  'burnUsdB',
  'fundingUsdB',
  'backstopUsdB',
  'cashUsdB',
  'runwayMonths',
  // the accounting lens (accounting.ts): the items between cash burn and the losses, and the losses
  'stockCompUsdB',
  'accruedCostsUsdB',
  'nonCashUsdB',
  'operatingLossUsdB',
  'netLossUsdB',
  // compute in H100-equivalents (average over the month): demand, and what served it
  'demandAccel',
  'inferenceH100e',
  'trainingH100e',
  'researchH100e',
  'msPoolH100e',
  'rentedAccel',
  'ownedGpuAccel',
  'siliconAccel',
  'contractedH100e',
  'ownedH100e',
  'onDemandH100e',
  'idleH100e',
  // power, facility MW: what is online for OpenAI, by pool, what is used, what sits idle
  'capacityMw',
  'contractedMw',
  'ownedMw',
  'onDemandMw',
  'fleetMw',
  'idleMw',
  'idleUsdB',
  // facility MW drawn by owned capacity that runs (its electricity), and options exercised, IT GW online
  'drawMw',
  'optionGw',
  // per query physics
  'whPerQueryGpu',
  'whPerQuerySilicon',
  'whPerQueryBlended',
  // $ per chat query by generation (physics, at the start-month prices)
  'rentedRentUsd',
  'ownedEnergyUsd',
  'ownedDeprUsd',
  'siliconEnergyUsd',
  'siliconDeprUsd',
  // $ per chat query, physics, blended over what served the month
  'blendedEnergyUsd',
  'blendedDeprUsd',
  'blendedRentUsd',
  'msSharePerQueryUsd',
  'costPerQueryPhysicsUsd',
  'costPerQueryAllInUsd',
  // Microsoft
  'msTakeUsdB',
  'msStakePct',
  'valuationUsdB',
  'msStakeValueUsdB',
] as const;

export type SeriesName = (typeof SERIES)[number];
export type Monthly = Record<SeriesName, Float64Array>;

/** The cost lines that make up burn, in ledger order. Revenue lines are subtracted. */
export const COST_LINES = [
  'azureRentUsdB',
  'otherRentUsdB',
  'electricityUsdB',
  'opexUsdB',
  'capexUsdB',
  'financingUsdB',
  'chipDesignUsdB',
  'msRevShareUsdB',
  'msProfitShareUsdB',
] as const satisfies readonly SeriesName[];
export const REVENUE_LINES = ['revenueUsdB', 'reverseShareUsdB', 'resaleUsdB'] as const satisfies readonly SeriesName[];

export type EventKind = 'funding' | 'stargate' | 'chip' | 'regime' | 'contract' | 'planb';

/** A dated thing drawn as a rule or band on the charts. */
export interface EngineEvent {
  kind: EventKind;
  /** The data/events.json row it comes from, when it does. */
  id?: string;
  label: string;
  month: MonthIndex;
  /** End of a span (a build-out, a contract term), inclusive. */
  endMonth?: MonthIndex;
  /** For slipped dates: the planned month, drawn dashed to the actual one. */
  plannedMonth?: MonthIndex;
  amountUsdB?: number;
}

export interface PerQueryCost {
  energy: number;
  depreciation: number;
  rent: number;
}

export interface Summary {
  startMonth: MonthIndex;
  endMonth: MonthIndex;
  /** First month with cash below zero, or null when solvent through the horizon. */
  insolvencyMonth: MonthIndex | null;
  /** First month with burn ≤ 0 (cash-generative), or null. */
  breakevenMonth: MonthIndex | null;
  /** Months of cash at the trailing 3-month burn, at AS_OF_MONTH; null when burn ≤ 0 there. */
  runwayMonths: number | null;
  runwayAsOf: MonthIndex;
  minCashUsdB: number;
  minCashMonth: MonthIndex;
  /** Evaluated at the start month. */
  whPerQuery: { gpu: number; silicon: number; blended: number };
  costPerQueryUsd: { rented: PerQueryCost; owned: PerQueryCost; silicon: PerQueryCost; blended: PerQueryCost };
  /** Blended physics cost per query (energy + depreciation + rent) at the start and at the last month. */
  costPerQueryStartUsd: number;
  costPerQueryEndUsd: number;
  /** "Now": the latest month with reported figures; KPIs speak from it. */
  nowMonth: MonthIndex;
  cashNowUsdB: number;
  /** All inference compute cash ÷ chat queries (idle share included), and the physics figure beside it. */
  costPerQueryAllIn: { start: number; now: number; end: number };
  costPerQueryPhysics: { start: number; now: number; end: number };
  /** Conditional and hypothetical money the run counts ($B); both 0 = closed and committed money only. */
  funding: { conditionalUsdB: number; hypotheticalUsdB: number };
  /** Microsoft's revenue share in the month ÷ chat queries: a figure of its own, in neither cost figure. */
  msSharePerQuery: { now: number; end: number };
  /** Idle capacity: facility MW and $B in the month, at now and at the end. */
  idleMwNow: number;
  idleMwEnd: number;
  idleUsdBTotal: number;
  whPerQueryEnd: number;
  /** Blended Wh per chat query at now. */
  whPerQueryNow: number;
  /** Microsoft's take over the first 12 months and over the horizon's last 12 months, $B. */
  msTakeFirstYearUsdB: number;
  msTakeLastYearUsdB: number;
  cumulativeBurnUsdB: number;
  cumulativeFundingUsdB: number;
  backstopUsdB: number;
}

export interface ScenarioResult {
  version: number;
  startMonth: MonthIndex;
  months: number;
  monthly: Monthly;
  events: EngineEvent[];
  summary: Summary;
  /** Each option (data/events.json rows with status "option", and the custom chip beyond its
   * binding phase): its size and the IT GW the policy exercised by the horizon's end. */
  options: Array<{ id: string; exercisedGw: number; sizeGw: number }>;
  /** Each option exercise: its data/events.json row, the month (relative) and its price, $B. */
  bought?: Array<{ id: string; t: number; usdB: number }>;
}
