import type { Capacity } from './capacity';
import { HOURS_PER_MONTH } from './physics';

/** How a month's inference demand and training need land on the capacity that exists. */
export interface Allocation {
  siliconUsed: number;
  ownedGpuUsed: number;
  contractedUsed: number;
  spot: number;
  /** Mean $/accelerator-hour of what is rented (contracted used + spot). */
  rentedUsdPerHour: number;
  /** Training accelerator-months served by spare owned and contracted capacity. */
  trainingOnContracted: number;
  trainingOnOwned: number;
  trainingSpot: number;
}

export function emptyAllocation(): Allocation {
  return { siliconUsed: 0, ownedGpuUsed: 0, contractedUsed: 0, spot: 0, rentedUsdPerHour: 0, trainingOnContracted: 0, trainingOnOwned: 0, trainingSpot: 0 };
}

/**
 * Inference first takes custom silicon, then owned GPUs, then contracted capacity
 * (Oracle, Stargate partner lease, Microsoft-funded Stargate on Azure), then spot rent.
 * Training then takes what is left over, contracted first (already paid for, power included).
 */
/** Contract prices the allocation needs, read once per scenario. */
export interface AllocationPrices {
  azureUsdPerGpuHour: number;
  stargateLeaseUsdPerGpuHour: number;
}

export function allocate(p: AllocationPrices, cap: Capacity, demand: number, trainingAccel: number, spotUsdPerHour: number, out: Allocation): Allocation {
  let rest = demand;
  const siliconUsed = Math.min(cap.silicon, rest); rest -= siliconUsed;
  const ownedGpuUsed = Math.min(cap.ownedGpu, rest); rest -= ownedGpuUsed;
  const oracleUsed = Math.min(cap.oracle, rest); rest -= oracleUsed;
  const leaseUsed = Math.min(cap.stargateLease, rest); rest -= leaseUsed;
  const azureUsed = Math.min(cap.stargateAzure, rest); rest -= azureUsed;
  const spot = rest;
  const contractedUsed = oracleUsed + leaseUsed + azureUsed;

  const oracleUsdPerHour = cap.oracle > 0 ? (cap.oraclePaymentUsdB * 1e9) / (cap.oracle * HOURS_PER_MONTH) : 0;
  const rented = contractedUsed + spot;
  out.rentedUsdPerHour = rented > 0
    ? (oracleUsed * oracleUsdPerHour + leaseUsed * p.stargateLeaseUsdPerGpuHour + azureUsed * p.azureUsdPerGpuHour + spot * spotUsdPerHour) / rented
    : spotUsdPerHour;

  const spareContracted = cap.oracle + cap.stargateLease + cap.stargateAzure - contractedUsed;
  const spareOwned = cap.silicon - siliconUsed + cap.ownedGpu - ownedGpuUsed;
  out.trainingOnContracted = Math.min(spareContracted, trainingAccel);
  out.trainingOnOwned = Math.min(spareOwned, trainingAccel - out.trainingOnContracted);
  out.trainingSpot = trainingAccel - out.trainingOnContracted - out.trainingOnOwned;
  out.siliconUsed = siliconUsed;
  out.ownedGpuUsed = ownedGpuUsed;
  out.contractedUsed = contractedUsed;
  out.spot = spot;
  return out;
}
