import type { Params } from '../registry';
import { allocate, emptyAllocation } from './allocate';
import { capacityPlan, emptyCapacity } from './capacity';
import { LoanBook } from './financing';
import { fillGrowth, ramp } from './growth';
import { termsPlan } from './microsoft';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, queryPhysics } from './physics';
import { RUNWAY_CAP_MONTHS, rel } from './time';
import { SERIES, type Monthly } from './types';

function allocateSeries(months: number): Monthly {
  const m = {} as Monthly;
  for (const name of SERIES) m[name] = new Float64Array(months);
  return m;
}

/** The three funding rounds as month → amount and post-money valuation (later rounds win a shared month). */
function fundingRounds(p: Params, months: number): { amountUsdB: Float64Array; postMoneyUsdB: Float64Array } {
  const amountUsdB = new Float64Array(months);
  const postMoneyUsdB = new Float64Array(months);
  for (const i of [1, 2, 3]) {
    const t = rel(p[`funding${i}Month`]);
    if (t >= 0 && t < months && p[`funding${i}UsdB`] > 0) {
      amountUsdB[t] += p[`funding${i}UsdB`];
      postMoneyUsdB[t] = p[`funding${i}ValuationUsdB`];
    }
  }
  return { amountUsdB, postMoneyUsdB };
}

/** The monthly cash model. Float64 throughout; one pass, no allocation inside the loop. */
export function simulateMonthly(p: Params): Monthly {
  const months = Math.round(p.horizonMonths);
  const s = allocateSeries(months);
  fillGrowth(s.queriesPerDayB, p.queriesPerDayB, p.queryGrowthPct / 100, p.queryGrowthDecayPct / 100, p.queryGrowthFloorPct / 100);
  const runRate = new Float64Array(months);
  fillGrowth(runRate, p.revenueRunRateUsdB, p.revenueGrowthPct / 100, p.revenueGrowthDecayPct / 100, p.revenueGrowthFloorPct / 100);
  const training = new Float64Array(months);
  fillGrowth(training, p.trainingUsdBPerYear, p.trainingGrowthPct / 100, p.costGrowthDecayPct / 100, 0);
  const opex = new Float64Array(months);
  fillGrowth(opex, p.opexUsdBPerYear, p.opexGrowthPct / 100, p.costGrowthDecayPct / 100, 0);

  const cap = emptyCapacity();
  const capacityAt = capacityPlan(p);
  const rounds = fundingRounds(p, months);
  const base = queryPhysics(p, 1);
  // Per-query compute grows with reasoning and agents and shrinks with serving gains.
  const efficiencyPerMonth = ((1 + p.computePerQueryGrowthPct / 100) * (1 - p.softwareGainPctPerYear / 100)) ** (1 / 12);
  let efficiency = 1;
  const alloc = emptyAllocation();
  const loans = new LoanBook(months);
  const loanMonths = Math.round(p.lifeYears * 12);
  const chipArrivalT = rel(p.chipArrival + p.chipSlipMonths);
  const designMonths = 24;
  const planBStart = rel(p.planBStart);
  const ownedKwPerAccel = (p.serverWattsPerAccel * p.powerFraction * p.pue) / 1000;
  let cash = p.startingCashUsdB;
  let revSharePaid = 0;
  let profitSharePaid = 0;
  let valuation = p.startValuationUsdB;
  let stake = p.msStakePct;
  let dealGwFunded = 0;

  // Params are read once into locals: the loop below runs 72+ times per scenario.
  const {
    azureChannelSharePct, azureMarginPct, azureUsdPerGpuHour, chipDesignUsdB, chipPerfPerWattGain, electricityUsdPerKwh, financingRatePct, loadFactor, msBackstop, msBackstopFloorUsdB, nvidiaInvestUsdBPerGw, otherCloudSharePct, otherCloudUsdPerGpuHour, planBRampMonths, planBShiftPct, powerFraction, pue, serverWattsPerAccel, servingOverhead, stargateLeaseUsdPerGpuHour,
  } = p;
  const terms = termsPlan(p);
  const prices = { azureUsdPerGpuHour, stargateLeaseUsdPerGpuHour: p.stargateLeaseUsdPerGpuHour };
  for (let t = 0; t < months; t++) {
    const regime = terms.regimeAt(t);
    // Every per-query figure is proportional to GPU-seconds, so the year's gains scale them all.
    const gpuSeconds = base.gpuSeconds * efficiency;
    const queriesPerMonth = s.queriesPerDayB[t] * 1e9 * DAYS_PER_MONTH;
    const demand = (s.queriesPerDayB[t] * 1e9 * gpuSeconds * servingOverhead) / 86400 / loadFactor;
    const offAzure = regime === 3 ? otherCloudSharePct / 100 : 0;
    const spotUsdPerHour = (1 - offAzure) * azureUsdPerGpuHour + offAzure * otherCloudUsdPerGpuHour;
    const trainingAccel = (training[t] / 12) * 1e9 / (HOURS_PER_MONTH * azureUsdPerGpuHour);
    capacityAt(t, cap);
    allocate(prices, cap, demand, trainingAccel, spotUsdPerHour, alloc);

    // Revenue, after Microsoft moves part of the Azure-channel demand to its own models.
    const planB = (planBShiftPct / 100) * ramp(t, planBStart, planBRampMonths);
    const revenue = (runRate[t] / 12) * (1 - planB * (azureChannelSharePct / 100));
    s.revenueUsdB[t] = revenue;
    s.reverseShareUsdB[t] = terms.reverseShareUsdB(t, revenue);

    // Compute: rent (Azure with its take-or-pay floor, other clouds, leases, Oracle) and power.
    const azureInferenceUsdB = ((cap.stargateAzure + alloc.spot * (1 - offAzure)) * azureUsdPerGpuHour * HOURS_PER_MONTH) / 1e9;
    const trainingAzureUsdB = (alloc.trainingSpot * (1 - offAzure) * azureUsdPerGpuHour * HOURS_PER_MONTH) / 1e9;
    const commitmentShortfall = Math.max(0, terms.azureCommitmentUsdB(t) - azureInferenceUsdB - trainingAzureUsdB);
    s.azureRentUsdB[t] = azureInferenceUsdB + commitmentShortfall;
    s.otherRentUsdB[t] = cap.oraclePaymentUsdB
      + (cap.stargateLease * stargateLeaseUsdPerGpuHour * HOURS_PER_MONTH) / 1e9
      + (alloc.spot * offAzure * otherCloudUsdPerGpuHour * HOURS_PER_MONTH) / 1e9;
    // Training beyond spare owned and contracted capacity is bought at the month's spot price.
    s.trainingUsdB[t] = (alloc.trainingSpot * spotUsdPerHour * HOURS_PER_MONTH) / 1e9;
    const servingKwh = (alloc.ownedGpuUsed + alloc.siliconUsed / chipPerfPerWattGain) * loadFactor * ownedKwPerAccel * HOURS_PER_MONTH;
    const trainingKwh = alloc.trainingOnOwned * ownedKwPerAccel * HOURS_PER_MONTH;
    s.electricityUsdB[t] = ((servingKwh + trainingKwh) * electricityUsdPerKwh) / 1e9;
    s.opexUsdB[t] = opex[t] / 12;
    s.capexUsdB[t] = cap.capexCashUsdB;
    loans.borrow(t, cap.capexFinancedUsdB, financingRatePct, loanMonths);
    s.financingUsdB[t] = loans.paymentAt(t);
    s.chipDesignUsdB[t] = t >= chipArrivalT - designMonths && t < chipArrivalT ? chipDesignUsdB / designMonths : 0;
    s.msRevShareUsdB[t] = terms.revenueShareUsdB(t, revenue, revSharePaid);
    revSharePaid += s.msRevShareUsdB[t];

    let costs = s.azureRentUsdB[t] + s.otherRentUsdB[t] + s.electricityUsdB[t] + s.trainingUsdB[t] + s.opexUsdB[t]
      + s.capexUsdB[t] + s.financingUsdB[t] + s.chipDesignUsdB[t] + s.msRevShareUsdB[t];
    s.msProfitShareUsdB[t] = terms.profitShareUsdB(t, revenue + s.reverseShareUsdB[t] - costs, profitSharePaid);
    profitSharePaid += s.msProfitShareUsdB[t];
    costs += s.msProfitShareUsdB[t];
    s.burnUsdB[t] = costs - revenue - s.reverseShareUsdB[t];

    // Funding: rounds, NVIDIA's investment per GW deployed (first 10 GW), Microsoft's backstop.
    const round = { amountUsdB: rounds.amountUsdB[t], postMoneyUsdB: rounds.postMoneyUsdB[t] };
    const nvidiaGw = Math.min(cap.newDealGw, Math.max(0, 10 - dealGwFunded));
    dealGwFunded += nvidiaGw;
    const nvidiaUsdB = nvidiaGw * nvidiaInvestUsdBPerGw;
    s.fundingUsdB[t] = round.amountUsdB + nvidiaUsdB;
    if (round.amountUsdB > 0) valuation = round.postMoneyUsdB;
    if (regime !== 1) {
      if (round.amountUsdB > 0) stake *= 1 - round.amountUsdB / round.postMoneyUsdB;
      if (nvidiaUsdB > 0) stake *= 1 - nvidiaUsdB / (valuation + nvidiaUsdB);
    }
    cash += s.fundingUsdB[t] - s.burnUsdB[t];
    s.backstopUsdB[t] = msBackstop >= 1 && cash < msBackstopFloorUsdB ? msBackstopFloorUsdB - cash : 0;
    cash += s.backstopUsdB[t];
    s.cashUsdB[t] = cash;
    const lo = Math.max(0, t - 2);
    let trailing = 0;
    for (let k = lo; k <= t; k++) trailing += s.burnUsdB[k];
    trailing /= t - lo + 1;
    s.runwayMonths[t] = trailing > 0 ? Math.min(RUNWAY_CAP_MONTHS, Math.max(0, cash / trailing)) : RUNWAY_CAP_MONTHS;

    // Fleet and per-query physics.
    s.demandAccel[t] = demand;
    s.siliconAccel[t] = alloc.siliconUsed;
    s.ownedGpuAccel[t] = alloc.ownedGpuUsed;
    s.rentedAccel[t] = alloc.contractedUsed + alloc.spot;
    const siliconShare = demand > 0 ? alloc.siliconUsed / demand : 0;
    const ownedShare = demand > 0 ? alloc.ownedGpuUsed / demand : 0;
    const rentedShare = 1 - siliconShare - ownedShare;
    const gpuWatts = serverWattsPerAccel * powerFraction * pue;
    s.fleetMw[t] = ((demand - alloc.siliconUsed) + alloc.siliconUsed / chipPerfPerWattGain) * gpuWatts / 1e6;
    s.capacityMw[t] = (cap.silicon / chipPerfPerWattGain + cap.ownedGpu + cap.oracle + cap.stargateLease + cap.stargateAzure) * serverWattsPerAccel * pue / 1e6;
    s.whPerQueryGpu[t] = base.whGpu * efficiency;
    s.whPerQuerySilicon[t] = base.whSilicon * efficiency;
    s.whPerQueryBlended[t] = siliconShare * base.whSilicon * efficiency + (1 - siliconShare) * base.whGpu * efficiency;
    s.rentedRentUsd[t] = base.rented.rent * efficiency;
    s.ownedEnergyUsd[t] = base.owned.energy * efficiency;
    s.ownedDeprUsd[t] = base.owned.depreciation * efficiency;
    s.siliconEnergyUsd[t] = base.silicon.energy * efficiency;
    s.siliconDeprUsd[t] = base.silicon.depreciation * efficiency;
    s.blendedEnergyUsd[t] = siliconShare * base.silicon.energy * efficiency + ownedShare * base.owned.energy * efficiency;
    s.blendedDeprUsd[t] = siliconShare * base.silicon.depreciation * efficiency + ownedShare * base.owned.depreciation * efficiency;
    s.blendedRentUsd[t] = rentedShare * base.rented.rent * efficiency * (alloc.rentedUsdPerHour / azureUsdPerGpuHour);
    s.msSharePerQueryUsd[t] = (s.msRevShareUsdB[t] * 1e9) / queriesPerMonth;

    // Microsoft's side: revenue share, margin on Azure rent, profit share; stake after dilution.
    s.msTakeUsdB[t] = s.msRevShareUsdB[t] + (s.azureRentUsdB[t] + trainingAzureUsdB) * (azureMarginPct / 100) + s.msProfitShareUsdB[t];
    s.msStakePct[t] = stake;
    s.valuationUsdB[t] = valuation;
    s.msStakeValueUsdB[t] = (stake / 100) * valuation;
    efficiency *= efficiencyPerMonth;
  }
  return s;
}
