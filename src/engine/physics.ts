import type { Params } from '../registry';
import type { PerQueryCost } from './types';

export const SECONDS_PER_HOUR = 3600;
export const HOURS_PER_YEAR = 8760;
export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;
export const DAYS_PER_MONTH = 365 / 12;

/** GPU-seconds one chat query takes on the GPU generation, before yearly efficiency gains. */
export function gpuSecondsPerQuery(p: Params): number {
  return (2 * p.activeParamsB * 1e9 * p.tokensPerQuery) / (p.peakTflops * 1e12 * p.mfu);
}

/** Watt-hours at the meter for `gpuSeconds` of work on a server drawing `serverWatts` at peak. */
export function whForSeconds(p: Params, gpuSeconds: number, serverWatts: number): number {
  return (gpuSeconds * serverWatts * p.powerFraction * p.pue) / SECONDS_PER_HOUR;
}

/** All-in capex per H100-class unit of throughput: chip price times building, power and network. */
export function gpuCapexAllInUsd(p: Params): number {
  return p.accelCapexUsd * p.infraCapexMultiplier;
}
export function siliconCapexAllInUsd(p: Params): number {
  return p.siliconCapexUsd * p.infraCapexMultiplier;
}

/** Depreciation of one query: its share of the accelerator's life, idle hours included. */
function deprPerQuery(p: Params, gpuSeconds: number, capexUsd: number): number {
  return ((gpuSeconds / p.loadFactor) * capexUsd) / (p.lifeYears * HOURS_PER_YEAR * SECONDS_PER_HOUR);
}

export interface QueryPhysics {
  gpuSeconds: number;
  whGpu: number;
  whSilicon: number;
  rented: PerQueryCost;
  owned: PerQueryCost;
  silicon: PerQueryCost;
}

/**
 * Per-query physics for one month. `efficiency` (≤ 1) scales GPU-seconds for the year's
 * serving gains; custom silicon does the same work at `chipPerfPerWattGain` times less energy.
 */
export function queryPhysics(p: Params, efficiency: number): QueryPhysics {
  const gpuSeconds = gpuSecondsPerQuery(p) * efficiency;
  const whGpu = whForSeconds(p, gpuSeconds, p.serverWattsPerAccel);
  const whSilicon = whGpu / p.chipPerfPerWattGain;
  const usdPerWh = p.electricityUsdPerKwh / 1000;
  return {
    gpuSeconds,
    whGpu,
    whSilicon,
    rented: {
      energy: 0,
      depreciation: 0,
      rent: ((gpuSeconds / p.loadFactor) * p.azureUsdPerGpuHour) / SECONDS_PER_HOUR,
    },
    owned: { energy: whGpu * usdPerWh, depreciation: deprPerQuery(p, gpuSeconds, gpuCapexAllInUsd(p)), rent: 0 },
    silicon: {
      energy: whSilicon * usdPerWh,
      depreciation: deprPerQuery(p, gpuSeconds, siliconCapexAllInUsd(p)),
      rent: 0,
    },
  };
}

/** H100-class accelerators one GW of facility power holds (nameplate server watts × PUE). */
export function gpuAccelPerGw(p: Params): number {
  return 1e9 / (p.serverWattsPerAccel * p.pue);
}
