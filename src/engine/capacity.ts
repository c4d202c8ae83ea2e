import type { Params } from '../registry';
import { rampedCapacityShare, rampedTakeOrPayUsdB } from './contracts';
import { ramp } from './growth';
import { gpuAccelPerGw, gpuCapexAllInUsd, siliconCapexAllInUsd } from './physics';
import { rel } from './time';

/** Accelerators online in a month, in H100-class units of throughput, by who owns or rents them. */
export interface Capacity {
  silicon: number;
  ownedGpu: number;
  oracle: number;
  stargateLease: number;
  stargateAzure: number;
  /** Cash capex OpenAI pays this month up front, and the part financed ($B). */
  capexCashUsdB: number;
  capexFinancedUsdB: number;
  /** GW of NVIDIA/AMD capacity newly deployed this month (drives NVIDIA's investment). */
  newDealGw: number;
  oraclePaymentUsdB: number;
}

/** Stargate's funder split; shares above 100% in total are scaled down together. */
export function stargateSplit(p: Params): { openai: number; microsoft: number; partners: number } {
  const o = p.stargateOpenAiSharePct / 100;
  const m = p.stargateMicrosoftSharePct / 100;
  const scale = o + m > 1 ? 1 / (o + m) : 1;
  return { openai: o * scale, microsoft: m * scale, partners: Math.max(0, 1 - (o + m) * scale) };
}

export function chipActualArrival(p: Params): number {
  return p.chipArrival + p.chipSlipMonths;
}

/**
 * Capacity and capex in month t. The constants are worked out once per scenario;
 * the returned function is called once a month and allocates nothing.
 */
export function capacityPlan(p: Params): (t: number, out: Capacity) => Capacity {
  const { gpuDealsGw, gpuDealsGwPerYear, siliconGw: siliconGwFull, chipRampMonths, oracleGw, oracleUsdB } = p;
  const perGw = gpuAccelPerGw(p);
  const split = stargateSplit(p);
  const gpuCapex = gpuCapexAllInUsd(p);
  const sgStart = rel(p.stargateStart);
  const sgMonths = p.stargateBuildMonths;
  const stargateAccel = (p.stargateCapexUsdB * 1e9) / gpuCapex;
  const sgCashPerMonth = (p.stargateCapexUsdB * split.openai) / sgMonths;
  const dealStart = rel(p.gpuDealsStart);
  const dealGwAt = (t: number) => (t < dealStart ? 0 : Math.min(gpuDealsGw, (gpuDealsGwPerYear * (t - dealStart + 1)) / 12));
  const chipStart = rel(chipActualArrival(p));
  const siliconGwAt = (t: number) => siliconGwFull * ramp(t, chipStart, chipRampMonths);
  const siliconPerGw = perGw * p.chipPerfPerWattGain;
  const siliconCapex = siliconCapexAllInUsd(p);
  const oracleStart = rel(p.oracleStart);
  const oracleMonths = Math.round(p.oracleYears * 12);
  const financed = p.financedCapexPct / 100;

  return (t, out) => {
    const sgOnline = stargateAccel * ramp(t, sgStart, sgMonths);
    const dealGw = dealGwAt(t);
    const newDealGw = dealGw - dealGwAt(t - 1);
    const siliconGw = siliconGwAt(t);
    const newSiliconAccel = (siliconGw - siliconGwAt(t - 1)) * siliconPerGw;
    const ownedCapexUsdB = (newDealGw * perGw * gpuCapex + newSiliconAccel * siliconCapex) / 1e9;
    out.silicon = siliconGw * siliconPerGw;
    out.ownedGpu = sgOnline * split.openai + dealGw * perGw;
    out.oracle = oracleGw * perGw * rampedCapacityShare(t - oracleStart, oracleMonths);
    out.stargateLease = sgOnline * split.partners;
    out.stargateAzure = sgOnline * split.microsoft;
    out.capexCashUsdB = (t >= sgStart && t < sgStart + sgMonths ? sgCashPerMonth : 0) + ownedCapexUsdB * (1 - financed);
    out.capexFinancedUsdB = ownedCapexUsdB * financed;
    out.newDealGw = newDealGw;
    out.oraclePaymentUsdB = rampedTakeOrPayUsdB(oracleUsdB, t - oracleStart, oracleMonths);
    return out;
  };
}

export function emptyCapacity(): Capacity {
  return {
    silicon: 0, ownedGpu: 0, oracle: 0, stargateLease: 0, stargateAzure: 0,
    capexCashUsdB: 0, capexFinancedUsdB: 0, newDealGw: 0, oraclePaymentUsdB: 0,
  };
}
