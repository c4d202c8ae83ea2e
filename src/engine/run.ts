import type { Params } from '../registry';
import { allocate, emptyAllocation } from './allocate';
import { capacityPlan, emptyCapacity } from './capacity';
import { LoanBook } from './financing';
import { fillGrowth, ramp } from './growth';
import { termsPlan } from './microsoft';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, queryPhysics } from './physics';
import { RUNWAY_CAP_MONTHS, rel } from './time';
import { SERIES, type Monthly } from './types';

/** Working arrays beside the output series, carved from the same buffer. */
const SCRATCH = ['runRate', 'training', 'opex', 'roundAmount', 'roundPostMoney', 'loanDelta'] as const;
type Scratch = Record<(typeof SCRATCH)[number], Float64Array>;

/**
 * One buffer for every series of a run, each a view of `months + 1` slots (the spare slot is
 * the loan book's end marker): one allocation per run instead of fifty.
 */
function allocateSeries(months: number): { s: Monthly; scratch: Scratch } {
  const stride = months + 1;
  const buffer = new Float64Array((SERIES.length + SCRATCH.length) * stride);
  const s = {} as Monthly;
  const scratch = {} as Scratch;
  SERIES.forEach((name, i) => { s[name] = buffer.subarray(i * stride, i * stride + months); });
  SCRATCH.forEach((name, i) => {
    const at = (SERIES.length + i) * stride;
    scratch[name] = buffer.subarray(at, at + (name === 'loanDelta' ? stride : months));
  });
  return { s, scratch };
}

/** The three funding rounds as month → amount and post-money valuation (later rounds win a shared month). */
function fundingRounds(p: Params, amountUsdB: Float64Array, postMoneyUsdB: Float64Array): { amountUsdB: Float64Array; postMoneyUsdB: Float64Array } {
  const months = amountUsdB.length;
  for (const i of [1, 2, 3] as const) {
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
  const { s, scratch } = allocateSeries(months);
  fillGrowth(s.queriesPerDayB, p.queriesPerDayB, p.queryGrowthPct / 100, p.queryGrowthDecayPct / 100, p.queryGrowthFloorPct / 100);
  const { runRate, training, opex } = scratch;
  fillGrowth(runRate, p.revenueRunRateUsdB, p.revenueGrowthPct / 100, p.revenueGrowthDecayPct / 100, p.revenueGrowthFloorPct / 100);
  fillGrowth(training, p.trainingUsdBPerYear, p.trainingGrowthPct / 100, p.costGrowthDecayPct / 100, 0);
  fillGrowth(opex, p.opexUsdBPerYear, p.opexGrowthPct / 100, p.costGrowthDecayPct / 100, 0);

  const cap = emptyCapacity();
  const capacityAt = capacityPlan(p);
  const rounds = fundingRounds(p, scratch.roundAmount, scratch.roundPostMoney);
  const base = queryPhysics(p, 1);
  // Per-query compute grows with reasoning and agents and shrinks with serving gains.
  const efficiencyPerMonth = ((1 + p.computePerQueryGrowthPct / 100) * (1 - p.softwareGainPctPerYear / 100)) ** (1 / 12);
  let efficiency = 1;
  const alloc = emptyAllocation();
  const loans = new LoanBook(scratch.loanDelta);
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
    azureChannelSharePct, azureMarginPct, azureUsdPerGpuHour, chipDesignUsdB: chipDesignTotalUsdB, chipPerfPerWattGain, electricityUsdPerKwh, financingRatePct, loadFactor, msBackstop, msBackstopFloorUsdB, nvidiaInvestUsdBPerGw, otherCloudSharePct, otherCloudUsdPerGpuHour, planBRampMonths, planBShiftPct, powerFraction, pue, serverWattsPerAccel, servingOverhead, stargateLeaseUsdPerGpuHour,
  } = p;
  const terms = termsPlan(p);
  const prices = { azureUsdPerGpuHour, stargateLeaseUsdPerGpuHour: p.stargateLeaseUsdPerGpuHour };
  // Series as locals too: the loop touches each one every month.
  const {
    azureRentUsdB, backstopUsdB, blendedDeprUsd, blendedEnergyUsd, blendedRentUsd, burnUsdB, capacityMw, capexUsdB, cashUsdB, chipDesignUsdB, demandAccel, electricityUsdB, financingUsdB, fleetMw, fundingUsdB, msProfitShareUsdB, msRevShareUsdB, msSharePerQueryUsd, msStakePct, msStakeValueUsdB, msTakeUsdB, opexUsdB, otherRentUsdB, ownedDeprUsd, ownedEnergyUsd, ownedGpuAccel, queriesPerDayB, rentedAccel, rentedRentUsd, revenueUsdB, reverseShareUsdB, runwayMonths, siliconAccel, siliconDeprUsd, siliconEnergyUsd, trainingUsdB, valuationUsdB, whPerQueryBlended, whPerQueryGpu, whPerQuerySilicon,
  } = s;
  for (let t = 0; t < months; t++) {
    const regime = terms.regimeAt(t);
    // Every per-query figure is proportional to GPU-seconds, so the year's gains scale them all.
    const gpuSeconds = base.gpuSeconds * efficiency;
    const queriesPerMonth = queriesPerDayB[t] * 1e9 * DAYS_PER_MONTH;
    const demand = (queriesPerDayB[t] * 1e9 * gpuSeconds * servingOverhead) / 86400 / loadFactor;
    const offAzure = regime === 3 ? otherCloudSharePct / 100 : 0;
    const spotUsdPerHour = (1 - offAzure) * azureUsdPerGpuHour + offAzure * otherCloudUsdPerGpuHour;
    const trainingAccel = (training[t] / 12) * 1e9 / (HOURS_PER_MONTH * azureUsdPerGpuHour);
    capacityAt(t, cap);
    allocate(prices, cap, demand, trainingAccel, spotUsdPerHour, alloc);

    // Revenue, after Microsoft moves part of the Azure-channel demand to its own models.
    const planB = (planBShiftPct / 100) * ramp(t, planBStart, planBRampMonths);
    const revenue = (runRate[t] / 12) * (1 - planB * (azureChannelSharePct / 100));
    revenueUsdB[t] = revenue;
    reverseShareUsdB[t] = terms.reverseShareUsdB(t, revenue);

    // Compute: rent (Azure with its take-or-pay floor, other clouds, leases, Oracle) and power.
    const azureInferenceUsdB = ((cap.stargateAzure + alloc.spot * (1 - offAzure)) * azureUsdPerGpuHour * HOURS_PER_MONTH) / 1e9;
    const trainingAzureUsdB = (alloc.trainingSpot * (1 - offAzure) * azureUsdPerGpuHour * HOURS_PER_MONTH) / 1e9;
    const commitmentShortfall = Math.max(0, terms.azureCommitmentUsdB(t) - azureInferenceUsdB - trainingAzureUsdB);
    azureRentUsdB[t] = azureInferenceUsdB + commitmentShortfall;
    otherRentUsdB[t] = cap.oraclePaymentUsdB
      + (cap.stargateLease * stargateLeaseUsdPerGpuHour * HOURS_PER_MONTH) / 1e9
      + (alloc.spot * offAzure * otherCloudUsdPerGpuHour * HOURS_PER_MONTH) / 1e9;
    // Training beyond spare owned and contracted capacity is bought at the month's spot price.
    trainingUsdB[t] = (alloc.trainingSpot * spotUsdPerHour * HOURS_PER_MONTH) / 1e9;
    const servingKwh = (alloc.ownedGpuUsed + alloc.siliconUsed / chipPerfPerWattGain) * loadFactor * ownedKwPerAccel * HOURS_PER_MONTH;
    const trainingKwh = alloc.trainingOnOwned * ownedKwPerAccel * HOURS_PER_MONTH;
    electricityUsdB[t] = ((servingKwh + trainingKwh) * electricityUsdPerKwh) / 1e9;
    opexUsdB[t] = opex[t] / 12;
    capexUsdB[t] = cap.capexCashUsdB;
    loans.borrow(t, cap.capexFinancedUsdB, financingRatePct, loanMonths);
    financingUsdB[t] = loans.paymentAt(t);
    chipDesignUsdB[t] = t >= chipArrivalT - designMonths && t < chipArrivalT ? chipDesignTotalUsdB / designMonths : 0;
    msRevShareUsdB[t] = terms.revenueShareUsdB(t, revenue, revSharePaid);
    revSharePaid += msRevShareUsdB[t];

    let costs = azureRentUsdB[t] + otherRentUsdB[t] + electricityUsdB[t] + trainingUsdB[t] + opexUsdB[t]
      + capexUsdB[t] + financingUsdB[t] + chipDesignUsdB[t] + msRevShareUsdB[t];
    msProfitShareUsdB[t] = terms.profitShareUsdB(t, revenue + reverseShareUsdB[t] - costs, profitSharePaid);
    profitSharePaid += msProfitShareUsdB[t];
    costs += msProfitShareUsdB[t];
    burnUsdB[t] = costs - revenue - reverseShareUsdB[t];

    // Funding: rounds, NVIDIA's investment per GW deployed (first 10 GW), Microsoft's backstop.
    const round = { amountUsdB: rounds.amountUsdB[t], postMoneyUsdB: rounds.postMoneyUsdB[t] };
    const nvidiaGw = Math.min(cap.newDealGw, Math.max(0, 10 - dealGwFunded));
    dealGwFunded += nvidiaGw;
    const nvidiaUsdB = nvidiaGw * nvidiaInvestUsdBPerGw;
    fundingUsdB[t] = round.amountUsdB + nvidiaUsdB;
    if (round.amountUsdB > 0) valuation = round.postMoneyUsdB;
    if (regime !== 1) {
      if (round.amountUsdB > 0) stake *= 1 - round.amountUsdB / round.postMoneyUsdB;
      if (nvidiaUsdB > 0) stake *= 1 - nvidiaUsdB / (valuation + nvidiaUsdB);
    }
    cash += fundingUsdB[t] - burnUsdB[t];
    backstopUsdB[t] = msBackstop >= 1 && cash < msBackstopFloorUsdB ? msBackstopFloorUsdB - cash : 0;
    cash += backstopUsdB[t];
    cashUsdB[t] = cash;
    const lo = Math.max(0, t - 2);
    let trailing = 0;
    for (let k = lo; k <= t; k++) trailing += burnUsdB[k];
    trailing /= t - lo + 1;
    runwayMonths[t] = trailing > 0 ? Math.min(RUNWAY_CAP_MONTHS, Math.max(0, cash / trailing)) : RUNWAY_CAP_MONTHS;

    // Fleet and per-query physics.
    demandAccel[t] = demand;
    siliconAccel[t] = alloc.siliconUsed;
    ownedGpuAccel[t] = alloc.ownedGpuUsed;
    rentedAccel[t] = alloc.contractedUsed + alloc.spot;
    const siliconShare = demand > 0 ? alloc.siliconUsed / demand : 0;
    const ownedShare = demand > 0 ? alloc.ownedGpuUsed / demand : 0;
    const rentedShare = 1 - siliconShare - ownedShare;
    const gpuWatts = serverWattsPerAccel * powerFraction * pue;
    fleetMw[t] = ((demand - alloc.siliconUsed) + alloc.siliconUsed / chipPerfPerWattGain) * gpuWatts / 1e6;
    capacityMw[t] = (cap.silicon / chipPerfPerWattGain + cap.ownedGpu + cap.oracle + cap.stargateLease + cap.stargateAzure) * serverWattsPerAccel * pue / 1e6;
    whPerQueryGpu[t] = base.whGpu * efficiency;
    whPerQuerySilicon[t] = base.whSilicon * efficiency;
    whPerQueryBlended[t] = siliconShare * base.whSilicon * efficiency + (1 - siliconShare) * base.whGpu * efficiency;
    rentedRentUsd[t] = base.rented.rent * efficiency;
    ownedEnergyUsd[t] = base.owned.energy * efficiency;
    ownedDeprUsd[t] = base.owned.depreciation * efficiency;
    siliconEnergyUsd[t] = base.silicon.energy * efficiency;
    siliconDeprUsd[t] = base.silicon.depreciation * efficiency;
    blendedEnergyUsd[t] = siliconShare * base.silicon.energy * efficiency + ownedShare * base.owned.energy * efficiency;
    blendedDeprUsd[t] = siliconShare * base.silicon.depreciation * efficiency + ownedShare * base.owned.depreciation * efficiency;
    blendedRentUsd[t] = rentedShare * base.rented.rent * efficiency * (alloc.rentedUsdPerHour / azureUsdPerGpuHour);
    msSharePerQueryUsd[t] = (msRevShareUsdB[t] * 1e9) / queriesPerMonth;

    // Microsoft's side: revenue share, margin on Azure rent, profit share; stake after dilution.
    msTakeUsdB[t] = msRevShareUsdB[t] + (azureRentUsdB[t] + trainingAzureUsdB) * (azureMarginPct / 100) + msProfitShareUsdB[t];
    msStakePct[t] = stake;
    valuationUsdB[t] = valuation;
    msStakeValueUsdB[t] = (stake / 100) * valuation;
    efficiency *= efficiencyPerMonth;
  }
  return s;
}
