import type { Params } from '../registry';
import { dispatch, emptyDispatch } from './dispatch';
import { fundingPlan } from './funding';
import { LoanBook } from './financing';
import { annualRateInYear, fillGrowthPaths, ramp } from './growth';
import { hardwareOf } from './hardware';
import { termsPlan } from './microsoft';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, queryPhysics } from './physics';
import { buildSchedules } from './schedules';
import { RUNWAY_CAP_MONTHS, rel } from './time';
import type { Monthly } from './types';
import { createWorkspace, type Workspace } from './workspace';

/** u / c, or 0 when nothing is online. */
function share(u: number, c: number): number {
  return c > 0 ? u / c : 0;
}

/** Months of design work the custom chip needs before it ships (planned). */
const DESIGN_MONTHS = 24;

/**
 * The monthly cash model (engine v2). Capacity is scheduled first (what is online and what is
 * owed, whatever the demand); each month the demand for compute — inference and training, in
 * H100e — is served by contracted capacity (already paid for), then owned capacity (it costs
 * its electricity), then on demand; what is paid for and not used is idle.
 *
 * The series are views of `work` when it is given (and sized for the horizon): a Monte Carlo
 * batch passes one workspace for all its samples, so each run overwrites the last one's series.
 * `cashOnly` fills only the series cash depends on (demand, revenue, the cost lines, funding,
 * burn and cash), not runway, fleet, per-query or Microsoft's take: what a Monte Carlo sample keeps.
 */
export function simulateMonthly(p: Params, work?: Workspace, cashOnly = false): Monthly {
  const months = Math.round(p.horizonMonths);
  if (work?.months === months) work.buffer.fill(0);
  else work = createWorkspace(months);
  const { series: s, scratch } = work;
  const { runRate, training, opex } = scratch;
  fillGrowthPaths(p, s.queriesPerDayB, runRate, training, opex);
  const fade = p.growthFloorFadePctPerYear / 100;

  const hw = hardwareOf(p);
  const sched = buildSchedules(p, hw, months, work.schedules);
  const funding = fundingPlan(p, sched.nvidiaGw, months);
  const terms = termsPlan(p);
  const base = queryPhysics(p, 1);
  // Per-query compute grows with reasoning and agents and shrinks with serving gains; the growth
  // fades like the growth floors from the sixth year, so a ten-year horizon does not run away.
  const perQueryMonthly = (year: number) =>
    ((1 + annualRateInYear(p.computePerQueryGrowthPct / 100, 1, p.computePerQueryGrowthPct / 100, year, fade)) *
      (1 - p.softwareGainPctPerYear / 100)) **
    (1 / 12);
  let efficiencyPerMonth = perQueryMonthly(0);
  let efficiency = 1;
  const loans = new LoanBook(scratch.loanDelta);
  const loanMonths = Math.max(1, Math.round(p.lifeYears * 12));
  const plannedChip = rel(p.chipArrival);
  const actualChip = rel(p.chipArrival + p.chipSlipMonths);
  const designPerMonth = p.chipDesignUsdB / DESIGN_MONTHS;
  const planBStart = rel(p.planBStart);
  const financed = p.financedCapexPct / 100;
  const kwhPrice = p.electricityUsdPerKwh;
  // kWh per H100e-hour of IT capacity in use draws: its watts × the average draw × the busy share × PUE.
  const drawFactor = (p.powerFraction * p.loadFactor * p.pue) / 1000;
  const custom = hw.gen('custom');
  const siliconKwPerH100e = (custom.watts / custom.h100e) * drawFactor;
  let cash = p.startingCashUsdB;
  let revSharePaid = 0;
  let profitSharePaid = 0;
  const stake = { pct: p.msStakePct, valuation: p.startValuationUsdB };
  const d = emptyDispatch();

  // Levers the month loop reads, read once (a scenario is a large object, slow to read by name).
  const {
    azureChannelSharePct,
    azureMarginPct,
    azureUsdPerGpuHour,
    financingRatePct,
    loadFactor,
    msBackstop,
    msBackstopFloorUsdB,
    otherCloudSharePct,
    otherCloudUsdPerGpuHour,
    planBRampMonths,
    planBShiftPct,
    powerFraction,
    pue,
    servingOverhead,
  } = p;
  const {
    azureRentUsdB,
    backstopUsdB,
    blendedDeprUsd,
    blendedEnergyUsd,
    blendedRentUsd,
    burnUsdB,
    capacityMw,
    capexUsdB,
    cashUsdB,
    chipDesignUsdB,
    contractedH100e,
    contractedMw,
    contractedUsdB,
    costPerQueryAllInUsd,
    costPerQueryPhysicsUsd,
    demandAccel,
    depreciationUsdB,
    electricityUsdB,
    financingUsdB,
    fleetMw,
    fundingUsdB,
    idleH100e,
    idleMw,
    idleUsdB,
    msProfitShareUsdB,
    msRevShareUsdB,
    msSharePerQueryUsd,
    msStakePct,
    msStakeValueUsdB,
    msTakeUsdB,
    onDemandH100e,
    onDemandMw,
    onDemandUsdB,
    opexUsdB,
    otherRentUsdB,
    ownedDeprUsd,
    ownedEnergyUsd,
    ownedGpuAccel,
    ownedH100e,
    ownedMw,
    queriesPerDayB,
    rentedAccel,
    rentedRentUsd,
    revenueUsdB,
    reverseShareUsdB,
    runwayMonths,
    siliconAccel,
    siliconDeprUsd,
    siliconEnergyUsd,
    trainingH100e,
    trainingUsdB,
    valuationUsdB,
    whPerQueryBlended,
    whPerQueryGpu,
    whPerQuerySilicon,
  } = s;

  for (let t = 0; t < months; t++, efficiency *= efficiencyPerMonth) {
    if (t > 0 && t % 12 === 0) efficiencyPerMonth = perQueryMonthly(t / 12);
    const regime = terms.regimeAt(t);
    const gpuSeconds = base.gpuSeconds * efficiency;
    const queriesPerMonth = queriesPerDayB[t] * 1e9 * DAYS_PER_MONTH;

    // Plan B: Microsoft moves part of the Azure-channel demand to its own models: its revenue and its compute go.
    const planB = (planBShiftPct / 100) * ramp(t, planBStart, planBRampMonths) * (azureChannelSharePct / 100);
    const revenue = (runRate[t] / 12) * (1 - planB);
    revenueUsdB[t] = revenue;
    reverseShareUsdB[t] = terms.reverseShareUsdB(t, revenue);
    const servedQueriesPerDay = queriesPerDayB[t] * 1e9 * (1 - planB);

    // Demand in H100e busy-or-reserved over the month: inference at the load factor, and training.
    const inference = (servedQueriesPerDay * gpuSeconds * servingOverhead) / 86400 / loadFactor;
    const train = training[t];
    const offAzure = regime === 3 ? otherCloudSharePct / 100 : 0;
    const azureRate = azureUsdPerGpuHour * sched.rentFactor[t];
    const spot = (1 - offAzure) * azureRate + offAzure * (otherCloudUsdPerGpuHour * sched.rentFactor[t]);
    const gpuKwPerH100e = sched.ownedGpu[t] > 0 ? ((sched.ownedGpuMw[t] * 1000) / sched.ownedGpu[t]) * drawFactor : 0;
    dispatch(
      inference + train,
      sched.contracted[t],
      sched.silicon[t],
      sched.ownedGpu[t],
      siliconKwPerH100e * kwhPrice,
      gpuKwPerH100e * kwhPrice,
      spot,
      d,
    );

    // Compute cash: take-or-pay as signed, on demand as used, electricity for owned capacity that runs.
    const onDemand = (d.onDemand * spot * HOURS_PER_MONTH) / 1e9;
    const onDemandAzure = (d.onDemand * (1 - offAzure) * azureRate * HOURS_PER_MONTH) / 1e9;
    const electricity =
      ((d.silicon * siliconKwPerH100e + d.ownedGpu * gpuKwPerH100e) * kwhPrice * HOURS_PER_MONTH) / 1e9;
    azureRentUsdB[t] = sched.payAzure[t] + onDemandAzure;
    otherRentUsdB[t] = sched.payOther[t] + onDemand - onDemandAzure;
    electricityUsdB[t] = electricity;
    contractedUsdB[t] = sched.payAzure[t] + sched.payOther[t];
    onDemandUsdB[t] = onDemand;
    const depreciation = sched.depreciation[t] + sched.siliconDepreciation[t];
    depreciationUsdB[t] = depreciation;
    opexUsdB[t] = opex[t] / 12;
    capexUsdB[t] = sched.capex[t] * (1 - financed);
    loans.borrow(t, sched.capex[t] * financed, financingRatePct, loanMonths);
    financingUsdB[t] = loans.paymentAt(t);
    // Design runs for the planned two years before the planned arrival, and on through any slip.
    chipDesignUsdB[t] = t >= plannedChip - DESIGN_MONTHS && t < Math.max(plannedChip, actualChip) ? designPerMonth : 0;
    msRevShareUsdB[t] = terms.revenueShareUsdB(t, revenue, revSharePaid);
    revSharePaid += msRevShareUsdB[t];
    let costs =
      azureRentUsdB[t] +
      otherRentUsdB[t] +
      electricity +
      opexUsdB[t] +
      capexUsdB[t] +
      financingUsdB[t] +
      chipDesignUsdB[t] +
      msRevShareUsdB[t];
    msProfitShareUsdB[t] = terms.profitShareUsdB(t, revenue + reverseShareUsdB[t] - costs, profitSharePaid);
    profitSharePaid += msProfitShareUsdB[t];
    costs += msProfitShareUsdB[t];
    burnUsdB[t] = costs - revenue - reverseShareUsdB[t];

    fundingUsdB[t] = funding.apply(t, regime, stake);
    cash += fundingUsdB[t] - burnUsdB[t];
    backstopUsdB[t] = msBackstop >= 1 && cash < msBackstopFloorUsdB ? msBackstopFloorUsdB - cash : 0;
    cash += backstopUsdB[t];
    cashUsdB[t] = cash;
    if (cashOnly) continue;
    const lo = Math.max(0, t - 2);
    let trailing = 0;
    for (let k = lo; k <= t; k++) trailing += burnUsdB[k];
    trailing /= t - lo + 1;
    runwayMonths[t] = trailing > 0 ? Math.min(RUNWAY_CAP_MONTHS, Math.max(0, cash / trailing)) : RUNWAY_CAP_MONTHS;

    // Fleet: what served the month, what was online, what sat idle (facility MW, and its dollars).
    const used = d.contracted + d.silicon + d.ownedGpu + d.onDemand;
    demandAccel[t] = used;
    trainingH100e[t] = train;
    siliconAccel[t] = d.silicon;
    ownedGpuAccel[t] = d.ownedGpu;
    rentedAccel[t] = d.contracted + d.onDemand;
    contractedH100e[t] = d.contracted;
    ownedH100e[t] = d.silicon + d.ownedGpu;
    onDemandH100e[t] = d.onDemand;
    const marketW = sched.marketWatts[t];
    const contractedW = share(sched.contractedMw[t] * 1e6, sched.contracted[t]);
    const gpuW = share(sched.ownedGpuMw[t] * 1e6, sched.ownedGpu[t]);
    const siliconW = share(sched.siliconMw[t] * 1e6, sched.silicon[t]);
    contractedMw[t] = sched.contractedMw[t] * pue;
    ownedMw[t] = (sched.ownedGpuMw[t] + sched.siliconMw[t]) * pue;
    onDemandMw[t] = (d.onDemand * marketW * pue) / 1e6;
    capacityMw[t] = contractedMw[t] + ownedMw[t] + onDemandMw[t];
    const idleContracted = sched.contracted[t] - d.contracted;
    const idleSilicon = sched.silicon[t] - d.silicon;
    const idleGpu = sched.ownedGpu[t] - d.ownedGpu;
    idleH100e[t] = idleContracted + idleSilicon + idleGpu;
    idleMw[t] = ((idleContracted * contractedW + idleGpu * gpuW + idleSilicon * siliconW) * pue) / 1e6;
    fleetMw[t] = capacityMw[t] - idleMw[t];
    idleUsdB[t] =
      share(idleContracted, sched.contracted[t]) * contractedUsdB[t] +
      share(idleGpu, sched.ownedGpu[t]) * sched.depreciation[t] +
      share(idleSilicon, sched.silicon[t]) * sched.siliconDepreciation[t];

    // Cost per chat query. Physics: one query's H100e-hours at the month's blended rates (Epoch's method).
    // All-in: every dollar of compute in the month (idle included, owned hardware at its depreciation),
    // the inference share of it, over the queries served.
    const hoursPerQuery = gpuSeconds / loadFactor / 3600;
    const contractedRate = share(contractedUsdB[t] * 1e9, sched.contracted[t] * HOURS_PER_MONTH);
    const gpuDeprRate = share(sched.depreciation[t] * 1e9, sched.ownedGpu[t] * HOURS_PER_MONTH);
    const siliconDeprRate = share(sched.siliconDepreciation[t] * 1e9, sched.silicon[t] * HOURS_PER_MONTH);
    const inv = used > 0 ? 1 / used : 0;
    blendedEnergyUsd[t] =
      hoursPerQuery * (d.silicon * inv * siliconKwPerH100e + d.ownedGpu * inv * gpuKwPerH100e) * kwhPrice;
    blendedDeprUsd[t] = hoursPerQuery * (d.silicon * inv * siliconDeprRate + d.ownedGpu * inv * gpuDeprRate);
    blendedRentUsd[t] = hoursPerQuery * (d.contracted * inv * contractedRate + d.onDemand * inv * spot);
    costPerQueryPhysicsUsd[t] = blendedEnergyUsd[t] + blendedDeprUsd[t] + blendedRentUsd[t];
    const computeUsdB = contractedUsdB[t] + onDemand + electricity + depreciation;
    const servedQueries = servedQueriesPerDay * DAYS_PER_MONTH;
    costPerQueryAllInUsd[t] = (share(inference, inference + train) * computeUsdB * 1e9) / servedQueries;
    trainingUsdB[t] = share(train, inference + train) * computeUsdB;

    // Watt-hours per chat query: the H100 and the custom chip (physics), and the month's blend.
    whPerQueryGpu[t] = base.whGpu * efficiency;
    whPerQuerySilicon[t] = base.whSilicon * efficiency;
    const whPerWatt = (gpuSeconds * powerFraction * pue) / 3600;
    whPerQueryBlended[t] =
      whPerWatt *
      (d.contracted * inv * contractedW +
        d.ownedGpu * inv * gpuW +
        d.silicon * inv * siliconW +
        d.onDemand * inv * marketW);
    rentedRentUsd[t] = base.rented.rent * efficiency;
    ownedEnergyUsd[t] = base.owned.energy * efficiency;
    ownedDeprUsd[t] = base.owned.depreciation * efficiency;
    siliconEnergyUsd[t] = base.silicon.energy * efficiency;
    siliconDeprUsd[t] = base.silicon.depreciation * efficiency;
    msSharePerQueryUsd[t] = (msRevShareUsdB[t] * 1e9) / queriesPerMonth;

    // Microsoft's side: revenue share, margin on what OpenAI pays Azure, profit share; stake after dilution.
    msTakeUsdB[t] = msRevShareUsdB[t] + azureRentUsdB[t] * (azureMarginPct / 100) + msProfitShareUsdB[t];
    msStakePct[t] = stake.pct;
    valuationUsdB[t] = stake.valuation;
    msStakeValueUsdB[t] = (stake.pct / 100) * stake.valuation;
  }
  return s;
}
