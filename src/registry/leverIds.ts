// Generated from data/levers.json by scripts/gen-lever-ids.ts (npm run gen:levers). Do not edit.

/** Every lever id, in registry order. */
export const LEVER_IDS = [
  'queriesPerDayB',
  'queryGrowthPct',
  'queryGrowthDecayPct',
  'queryGrowthFloorPct',
  'revenueRunRateUsdB',
  'revenueGrowthPct',
  'revenueGrowthDecayPct',
  'revenueGrowthFloorPct',
  'growthFloorFadePctPerYear',
  'activeParamsB',
  'tokensPerQuery',
  'peakTflops',
  'mfu',
  'serverWattsPerAccel',
  'powerFraction',
  'pue',
  'computePerQueryGrowthPct',
  'softwareGainPctPerYear',
  'servingOverhead',
  'electricityUsdPerKwh',
  'accelCapexUsd',
  'infraCapexMultiplier',
  'lifeYears',
  'loadFactor',
  'azureUsdPerGpuHour',
  'rentDeclinePctPerYear',
  'contractDiscountPct',
  'otherCloudUsdPerGpuHour',
  'otherCloudSharePct',
  'trainingKH100e',
  'trainingGrowthPct',
  'opexUsdBPerYear',
  'opexGrowthPct',
  'costGrowthDecayPct',
  'msRevenueShare',
  'msRevShareEndYear',
  'msRevShareCapUsdB',
  'msReverseSharePct',
  'msRegime2Start',
  'msRegime3Start',
  'msProfitSharePct',
  'msProfitShareAfterPct',
  'msInvestedUsdB',
  'msStakePct',
  'azureMarginPct',
  'azureCommitmentUsdB',
  'azureCommitmentStart',
  'azureCommitmentYears',
  'stargateCapexUsdB',
  'stargateUsdBPerGw',
  'stargateStart',
  'stargateBuildMonths',
  'stargateOpenAiSharePct',
  'stargateMicrosoftSharePct',
  'stargateLeaseYears',
  'stargateLeaseYieldPct',
  'nvidiaInvestUsdBPerGw',
  'financedCapexPct',
  'financingRatePct',
  'chipArrival',
  'chipSlipMonths',
  'chipRampMonths',
  'siliconGw',
  'chipPerfPerWattGain',
  'siliconCapexUsd',
  'chipDesignUsdB',
  'planBShiftPct',
  'azureChannelSharePct',
  'planBStart',
  'planBRampMonths',
  'msBackstop',
  'msBackstopFloorUsdB',
  'startingCashUsdB',
  'startValuationUsdB',
  'funding3UsdB',
  'funding3Month',
  'funding3ValuationUsdB',
  'horizonMonths',
] as const;

/** Generations whose fields are levers (data/generations.json). */
export const GENERATION_IDS = [
  'gb200',
  'rubin',
  'mi450',
  'trainium',
] as const;

/** Events whose fields are levers (data/events.json, less the rows levers model). */
export const EVENT_IDS = [
  'round-2024-10',
  'coreweave-2025-03',
  'softbank-round-2025-04',
  'coreweave-2025-05',
  'round-2025-08-syndicate',
  'coreweave-2025-09',
  'employee-secondary-2025-10',
  'aws-2025-11',
  'softbank-2025-12',
  'cerebras-2026-01',
  'amazon-2026-upfront',
  'softbank-2026-t1',
  'nvidia-2026-t1',
  'round-2026-others',
  'softbank-2026-t2',
  'nvidia-2026-t2',
  'amd-6gw',
  'nvidia-10gw-loi',
  'softbank-2026-t3',
  'nvidia-2026-t3',
  'aws-2026-expansion',
  'ipo-hypothetical',
  'amazon-2026-conditional',
] as const;

export type FileLeverId = (typeof LEVER_IDS)[number];
export type GenerationField = 'h100e' | 'watts' | 'priceUsd' | 'firstMonth';
export type EventField = 'on' | 'month' | 'status' | 'usdB' | 'gw' | 'probability';
export type AddedEventField = 'on' | 'kind' | 'month' | 'usdB' | 'termMonths' | 'status';
export type AddedEventSlot = 'added-1' | 'added-2' | 'added-3' | 'added-4';

/** A lever id: a typo in one is a type error. */
export type LeverId =
  | FileLeverId
  | `${(typeof GENERATION_IDS)[number]}.${GenerationField}`
  | `${(typeof EVENT_IDS)[number]}.${EventField}`
  | `${AddedEventSlot}.${AddedEventField}`;
