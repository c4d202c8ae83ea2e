import type { Dispatch } from './dispatch';
import type { MonthContext } from './context';
import { HOURS_PER_MONTH, type QueryPhysics } from './physics';
import { RUNWAY_CAP_MONTHS } from './time';

/** u / c, or 0 when nothing is online. */
function share(u: number, c: number): number {
  return c > 0 ? u / c : 0;
}

/** What the month loop already knows, for the series a Monte Carlo sample does not keep. */
export interface FleetInputs {
  d: Dispatch;
  gpuSeconds: number;
  servedQueriesPerDay: number;
  queriesPerMonth: number;
  spot: number;
  contractRate: number;
  silicon: number;
  siliconMw: number;
  ownedGpu: number;
  ownedGpuMw: number;
  gpuDepreciation: number;
  siliconDepreciation: number;
  /** Facility kW drawn per H100e running. */
  siliconKw: number;
  gpuKw: number;
  base: QueryPhysics;
  efficiency: number;
}

/**
 * Month t's outputs that cash does not depend on: runway, the fleet by pool (facility MW, what
 * served demand, what sat idle and its dollars), cost and watt-hours per chat query, and
 * Microsoft's side (its take, its stake).
 */
export function fleetMonth(c: MonthContext, t: number, f: FleetInputs): void {
  const { s, sched, p, hw, state } = c;
  const { d } = f;
  const { pue, loadFactor, powerFraction } = p;
  const lo = Math.max(0, t - 2);
  let trailing = 0;
  for (let k = lo; k <= t; k++) trailing += s.burnUsdB[k];
  trailing /= t - lo + 1;
  s.runwayMonths[t] =
    trailing > 0 ? Math.min(RUNWAY_CAP_MONTHS, Math.max(0, state.cash / trailing)) : RUNWAY_CAP_MONTHS;

  const contracted = sched.contracted[t] + sched.azure[t];
  const contractedItMw = sched.contractedMw[t] + sched.azureMw[t];
  const used = d.contracted + d.silicon + d.ownedGpu + d.pool + d.onDemand;
  s.demandAccel[t] = used;
  s.siliconAccel[t] = d.silicon;
  s.ownedGpuAccel[t] = d.ownedGpu;
  s.rentedAccel[t] = d.contracted + d.pool + d.onDemand;
  s.contractedH100e[t] = d.contracted;
  s.ownedH100e[t] = d.silicon + d.ownedGpu;
  s.onDemandH100e[t] = d.onDemand;
  s.msPoolH100e[t] = d.pool;
  const marketW = hw.marketWattsPerH100e(t);
  const contractedW = share(contractedItMw * 1e6, contracted);
  const poolW = share(sched.msPoolMw[t] * 1e6, sched.msPool[t]);
  const gpuW = share(f.ownedGpuMw * 1e6, f.ownedGpu);
  const siliconW = share(f.siliconMw * 1e6, f.silicon);
  s.contractedMw[t] = contractedItMw * pue;
  s.ownedMw[t] = (f.ownedGpuMw + f.siliconMw) * pue;
  s.onDemandMw[t] = ((d.onDemand * marketW + d.pool * poolW) * pue) / 1e6;
  s.capacityMw[t] = s.contractedMw[t] + s.ownedMw[t] + s.onDemandMw[t];
  const idleContracted = contracted - d.contracted - d.researchContracted;
  const idleSilicon = f.silicon - d.silicon;
  const idleGpu = f.ownedGpu - d.ownedGpu;
  s.idleH100e[t] = idleContracted + idleSilicon + idleGpu;
  s.idleMw[t] = ((idleContracted * contractedW + idleGpu * gpuW + idleSilicon * siliconW) * pue) / 1e6;
  s.fleetMw[t] = s.capacityMw[t] - s.idleMw[t];
  s.idleUsdB[t] =
    share(idleContracted, contracted) * s.contractedUsdB[t] +
    share(idleGpu, f.ownedGpu) * f.gpuDepreciation +
    share(idleSilicon, f.silicon) * f.siliconDepreciation;

  // Cost per chat query, physics: one query's H100e-hours at the month's blended rates (Epoch's
  // method). All-in: the inference share of all compute cash in the month, idle included, ÷ chat queries.
  const hoursPerQuery = f.gpuSeconds / loadFactor / 3600;
  const contractedRate = share(s.contractedUsdB[t] * 1e9, (contracted + d.pool) * HOURS_PER_MONTH);
  const gpuDeprRate = share(f.gpuDepreciation * 1e9, f.ownedGpu * HOURS_PER_MONTH);
  const siliconDeprRate = share(f.siliconDepreciation * 1e9, f.silicon * HOURS_PER_MONTH);
  const inv = used > 0 ? 1 / used : 0;
  s.blendedEnergyUsd[t] =
    hoursPerQuery * (d.silicon * f.siliconKw + d.ownedGpu * f.gpuKw) * inv * p.electricityUsdPerKwh;
  s.blendedDeprUsd[t] = hoursPerQuery * (d.silicon * siliconDeprRate + d.ownedGpu * gpuDeprRate) * inv;
  s.blendedRentUsd[t] = hoursPerQuery * ((d.contracted + d.pool) * contractedRate + d.onDemand * f.spot) * inv;
  s.costPerQueryPhysicsUsd[t] = s.blendedEnergyUsd[t] + s.blendedDeprUsd[t] + s.blendedRentUsd[t];
  const servedQueries = (f.servedQueriesPerDay * 365) / 12;
  s.costPerQueryAllInUsd[t] = share(s.inferenceComputeUsdB[t] * 1e9, servedQueries);

  // Watt-hours per chat query: the H100 and the custom chip (physics), and the month's blend.
  s.whPerQueryGpu[t] = f.base.whGpu * f.efficiency;
  s.whPerQuerySilicon[t] = f.base.whSilicon * f.efficiency;
  const whPerWatt = (f.gpuSeconds * powerFraction * pue) / 3600;
  s.whPerQueryBlended[t] =
    whPerWatt *
    (d.contracted * contractedW + d.ownedGpu * gpuW + d.silicon * siliconW + d.pool * poolW + d.onDemand * marketW) *
    inv;
  s.rentedRentUsd[t] = f.base.rented.rent * f.efficiency;
  s.ownedEnergyUsd[t] = f.base.owned.energy * f.efficiency;
  s.ownedDeprUsd[t] = f.base.owned.depreciation * f.efficiency;
  s.siliconEnergyUsd[t] = f.base.silicon.energy * f.efficiency;
  s.siliconDeprUsd[t] = f.base.silicon.depreciation * f.efficiency;
  s.msSharePerQueryUsd[t] = (s.msRevShareUsdB[t] * 1e9) / f.queriesPerMonth;

  // Microsoft's side: revenue share, margin on what OpenAI pays Azure, profit share; stake after dilution.
  s.msTakeUsdB[t] = s.msRevShareUsdB[t] + s.azureRentUsdB[t] * (p.azureMarginPct / 100) + s.msProfitShareUsdB[t];
  s.msStakePct[t] = state.stake.pct;
  s.valuationUsdB[t] = state.stake.valuation;
  s.msStakeValueUsdB[t] = (state.stake.pct / 100) * state.stake.valuation;
}
