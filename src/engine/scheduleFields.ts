// The schedules' fields and the levers a build reads, apart from how they are built (schedules.ts),
// so a workspace can lay them out and a run can tell when a kept build still holds.
import { GENERATIONS, ROW_LEVER_IDS } from '../registry';
import { LeverKey } from './leverKey';

/**
 * Binding capacity and what is owed for it, month by month, before any demand is known:
 * - contracted (take-or-pay: Stargate leases, AWS, CoreWeave, Cerebras…): the signed dollars
 *   are owed whether or not the compute is used; electricity is in the price;
 * - the Azure commitment, take-or-pay, and beside it the Stargate share Microsoft funds: Azure
 *   capacity OpenAI pays for only as it uses it, at the contract rate, counted toward the commitment;
 * - owned GPUs and owned custom silicon: paid (or financed) as they come online, electricity
 *   for what runs, retired after their life.
 * Options (later tranches, letters of intent) are not here: the month loop exercises them.
 * Efficiency levers change the H100e a GW holds, never the dollars: the rule version 1 broke.
 */
export interface Schedules {
  /** H100e online, by pool. */
  contracted: Float64Array;
  azure: Float64Array;
  msPool: Float64Array;
  ownedGpu: Float64Array;
  silicon: Float64Array;
  /** IT megawatts online, by pool. */
  contractedMw: Float64Array;
  azureMw: Float64Array;
  msPoolMw: Float64Array;
  ownedGpuMw: Float64Array;
  siliconMw: Float64Array;
  /** Take-or-pay payments due, $B: the Azure commitment, and everyone else. */
  payAzure: Float64Array;
  payOther: Float64Array;
  /** Capex of owned capacity coming online, $B (before financing), and its straight-line depreciation. */
  capex: Float64Array;
  depreciation: Float64Array;
  siliconDepreciation: Float64Array;
  /** GW deployed this month under NVIDIA purchases (drives NVIDIA's investment per GW). */
  nvidiaGw: Float64Array;
}

/** The fields, in the order a workspace lays them out. */
export const SCHEDULE_FIELDS = [
  'contracted',
  'azure',
  'msPool',
  'ownedGpu',
  'silicon',
  'contractedMw',
  'azureMw',
  'msPoolMw',
  'ownedGpuMw',
  'siliconMw',
  'payAzure',
  'payOther',
  'capex',
  'depreciation',
  'siliconDepreciation',
  'nvidiaGw',
] as const satisfies ReadonlyArray<keyof Schedules>;

/**
 * Every lever a projection's build reads (buildSchedules with hardwareOf's generations), beyond the
 * record it stands on: a run keeps the last build while none of these moved (run.ts). A drag of
 * electricity, growth or funding does not rebuild 16 arrays to the longest horizon.
 * test/unit/engine/scheduleMemo.test.ts pushes every lever of the registry and compares a run with
 * the memo against one without it, so a lever read here and missing below fails there.
 */
export const SCHEDULE_READS = new LeverKey([
  ...ROW_LEVER_IDS,
  ...GENERATIONS.flatMap((g) => [g.keys.h100e, g.keys.watts, g.keys.priceUsd, g.keys.firstMonth]),
  'serverWattsPerAccel',
  'accelCapexUsd',
  'chipPerfPerWattGain',
  'siliconCapexUsd',
  'lifeYears',
  'pue',
  'infraCapexMultiplier',
  'rentDeclinePctPerYear',
  'azureUsdPerGpuHour',
  'contractDiscountPct',
  'stargateOpenAiSharePct',
  'stargateMicrosoftSharePct',
  'stargateLeaseYears',
  'stargateLeaseYieldPct',
  'stargateUsdBPerGw',
  'stargateBuildMonths',
  'stargateStart',
  'stargateCapexUsdB',
  'chipArrival',
  'chipSlipMonths',
  'siliconGw',
  'chipRampMonths',
  'siliconBindingGw',
  'azureCommitmentUsdB',
  'azureCommitmentStart',
  'azureCommitmentYears',
]);
