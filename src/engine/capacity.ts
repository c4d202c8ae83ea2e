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

function dealGwOnline(p: Params, t: number): number {
  const start = rel(p.gpuDealsStart);
  if (t < start) return 0;
  return Math.min(p.gpuDealsGw, (p.gpuDealsGwPerYear * (t - start + 1)) / 12);
}

function siliconGwOnline(p: Params, t: number): number {
  return p.siliconGw * ramp(t, rel(chipActualArrival(p)), p.chipRampMonths);
}

/** Capacity and capex in month t. Pure: depends on nothing but the params and t. */
export function capacityAt(p: Params, t: number, out: Capacity): Capacity {
  const perGw = gpuAccelPerGw(p);
  const split = stargateSplit(p);
  const sgStart = rel(p.stargateStart);
  const stargateAccel = (p.stargateCapexUsdB * 1e9) / gpuCapexAllInUsd(p);
  const sgOnline = stargateAccel * ramp(t, sgStart, p.stargateBuildMonths);
  const building = t >= sgStart && t < sgStart + p.stargateBuildMonths;

  const dealGw = dealGwOnline(p, t);
  const newDealGw = dealGw - dealGwOnline(p, t - 1);
  const siliconGw = siliconGwOnline(p, t);
  const newSiliconAccel = (siliconGw - siliconGwOnline(p, t - 1)) * perGw * p.chipPerfPerWattGain;

  const oracleStart = rel(p.oracleStart);
  const oracleMonths = Math.round(p.oracleYears * 12);

  const dealCapexUsdB = (newDealGw * perGw * gpuCapexAllInUsd(p)) / 1e9;
  const siliconCapexUsdB = (newSiliconAccel * siliconCapexAllInUsd(p)) / 1e9;
  const financed = p.financedCapexPct / 100;
  out.silicon = siliconGw * perGw * p.chipPerfPerWattGain;
  out.ownedGpu = sgOnline * split.openai + dealGw * perGw;
  out.oracle = p.oracleGw * perGw * rampedCapacityShare(t - oracleStart, oracleMonths);
  out.stargateLease = sgOnline * split.partners;
  out.stargateAzure = sgOnline * split.microsoft;
  out.capexCashUsdB = (building ? (p.stargateCapexUsdB * split.openai) / p.stargateBuildMonths : 0)
    + (dealCapexUsdB + siliconCapexUsdB) * (1 - financed);
  out.capexFinancedUsdB = (dealCapexUsdB + siliconCapexUsdB) * financed;
  out.newDealGw = newDealGw;
  out.oraclePaymentUsdB = rampedTakeOrPayUsdB(p.oracleUsdB, t - oracleStart, oracleMonths);
  return out;
}

export function emptyCapacity(): Capacity {
  return {
    silicon: 0, ownedGpu: 0, oracle: 0, stargateLease: 0, stargateAzure: 0,
    capexCashUsdB: 0, capexFinancedUsdB: 0, newDealGw: 0, oraclePaymentUsdB: 0,
  };
}
