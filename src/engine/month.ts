import { accountingMonths } from './accounting';
import { dispatch, emptyDispatch, type Dispatch, type Pools } from './dispatch';
import { ramp } from './growth';
import { chipActualMonth, h100ePerItGw, usdBPerItGw } from './hardware';
import type { OptionSource } from './options';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, queryPhysics } from './physics';
import { fleetMonth } from './fleet';
import { rel } from './time';
import { COST_LINES, REVENUE_LINES } from './types';
import type { CarryState, MonthContext } from './context';

export type { CarryState, MonthContext } from './context';

/** Months of design work the custom chip needs before it ships (planned). */
const DESIGN_MONTHS = 24;

export function copyState(s: CarryState): CarryState {
  return { ...s, stake: { ...s.stake } };
}

/**
 * Demand and prices for months [from, to) (to the longest horizon in the projection, so the option
 * policy can look ahead): Plan B's share of demand, inference demand in H100e (busy or reserved at
 * the load factor), the on-demand price and the contract rate per H100e-hour.
 */
export function fillOutlook(c: MonthContext, from: number, to: number): void {
  const { p, s, scratch, terms } = c;
  const { efficiency, planB, inference, spot, contractRate } = scratch;
  const gpuSeconds = queryPhysics(p, 1).gpuSeconds;
  const planBStart = rel(p.planBStart);
  const decline = 1 - p.rentDeclinePctPerYear / 100;
  const { azureUsdPerGpuHour, otherCloudUsdPerGpuHour, servingOverhead, loadFactor } = p;
  const otherShare = p.otherCloudSharePct / 100;
  const contractShare = 1 - p.contractDiscountPct / 100;
  const planBShare = (p.planBShiftPct / 100) * (p.azureChannelSharePct / 100);
  const { planBRampMonths } = p;
  const monthlyDecline = decline ** (1 / 12);
  let rentFactor = decline ** (from / 12);
  for (let t = from; t < to; t++, rentFactor *= monthlyDecline) {
    // Plan B: Microsoft moves part of the Azure-channel demand to its own models: its revenue and its compute go.
    planB[t] = planBShare * ramp(t, planBStart, planBRampMonths);
    if (t < s.queriesPerDayB.length) s.queriesPerDayB[t] = scratch.queries[t];
    const served = scratch.queries[t] * 1e9 * (1 - planB[t]);
    inference[t] = (served * gpuSeconds * efficiency[t] * servingOverhead) / 86400 / loadFactor;
    const offAzure = terms.regimeAt(t) === 3 ? otherShare : 0;
    const azureRate = azureUsdPerGpuHour * rentFactor;
    spot[t] = (1 - offAzure) * azureRate + offAzure * otherCloudUsdPerGpuHour * rentFactor;
    contractRate[t] = azureRate * contractShare;
  }
  // Running sums (sum[t] = Σ over months before t), so the option policy averages a price over any span at once.
  const { spotSum, contractSum } = scratch;
  for (let t = from; t < to; t++) {
    spotSum[t + 1] = spotSum[t] + spot[t];
    contractSum[t + 1] = contractSum[t] + contractRate[t];
  }
}

/**
 * Months [from, to) of the cash model. Each month: options exercised for demand that binding
 * capacity leaves uncovered; dispatch over take-or-pay capacity, owned capacity, the
 * Microsoft-funded pool and on demand; then every cost line, burn, funding and cash.
 */
export function runMonths(c: MonthContext, from: number, to: number): void {
  const { p, sched, s, scratch, state, loans, terms } = c;
  const { runRate, training, opex, efficiency, planB, inference: inferenceH100e, spot: spots } = scratch;
  const { optGpu, optGpuMw, optGpuDepr, optSilicon, optSiliconMw, optSiliconDepr } = scratch;
  const base = queryPhysics(p, 1);
  const d: Dispatch = emptyDispatch();
  const pools: Pools = {
    contracted: 0,
    silicon: 0,
    ownedGpu: 0,
    pool: 0,
    siliconUsdPerHour: 0,
    gpuUsdPerHour: 0,
    poolUsdPerHour: 0,
    onDemandUsdPerHour: 0,
  };
  const life = Math.max(1, Math.round(p.lifeYears * 12));
  const financed = p.financedCapexPct / 100;
  const plannedChip = rel(p.chipArrival);
  const actualChip = rel(chipActualMonth(p));
  const designPerMonth = p.chipDesignUsdB / DESIGN_MONTHS;
  const kwhPrice = p.electricityUsdPerKwh;
  const drawPerItKw = p.powerFraction * p.pue; // facility kW drawn per kW of IT capacity running
  const toResearch = p.surplusToResearch >= 0.5;
  const resale = p.idleResalePct / 100;
  // Levers the month loop reads, read once (a scenario is a large object, slow to read by name).
  const { financingRatePct, msBackstop, msBackstopFloorUsdB } = p;
  const offAzureShare = p.otherCloudSharePct / 100;
  const contractShare = 1 - p.contractDiscountPct / 100;
  const end = optGpu.length - 1;
  let t = from;
  // The one list of cost lines and revenue lines (types.ts), as arrays read once.
  const costs = COST_LINES.map((k) => s[k]);
  const revenues = REVENUE_LINES.map((k) => s[k]);
  // An exercised option: online from month t for its life (difference arrays: + at t, − at the
  // end of its life), vendor-financed over it (docs/MODEL.md).
  const book = (o: OptionSource, itGw: number): void => {
    const g = o.gen(t);
    const h100e = itGw * h100ePerItGw(g);
    const capexUsdB = itGw * usdBPerItGw(g, p.infraCapexMultiplier);
    const gone = t + life;
    const cap = o.silicon ? optSilicon : optGpu;
    const mw = o.silicon ? optSiliconMw : optGpuMw;
    const dep = o.silicon ? optSiliconDepr : optGpuDepr;
    cap[t] += h100e;
    mw[t] += itGw * 1000;
    dep[t] += capexUsdB / life;
    if (gone <= end) {
      cap[gone] -= h100e;
      mw[gone] -= itGw * 1000;
      dep[gone] -= capexUsdB / life;
    }
    loans.borrow(t - 1, capexUsdB, financingRatePct, life);
    if (o.nvidia) sched.nvidiaGw[t] += itGw;
    c.bought?.push({ id: o.id, t, usdB: capexUsdB });
  };
  // What the options exercised so far have online, as running sums of their difference arrays.
  let oGpu = 0;
  let oGpuMw = 0;
  let oGpuDepr = 0;
  let oSil = 0;
  let oSilMw = 0;
  let oSilDepr = 0;
  if (c.options) {
    // What the option policy looks at: demand less binding capacity, every month to the longest horizon.
    const { uncovered } = scratch;
    for (let u = from; u < end; u++)
      uncovered[u] =
        inferenceH100e[u] + training[u] - (sched.contracted[u] + sched.azure[u] + sched.ownedGpu[u] + sched.silicon[u]);
  }

  for (; t < to; t++) {
    const regime = terms.regimeAt(t);
    const gpuSeconds = base.gpuSeconds * efficiency[t];
    const revenue = (runRate[t] / 12) * (1 - planB[t]);
    s.revenueUsdB[t] = revenue;
    s.reverseShareUsdB[t] = terms.reverseShareUsdB(t, revenue);
    const servedQueriesPerDay = s.queriesPerDayB[t] * 1e9 * (1 - planB[t]);
    const inference = inferenceH100e[t];
    const train = training[t];
    const spot = spots[t];
    const contractRate = scratch.contractRate[t];
    const offAzure = regime === 3 ? offAzureShare : 0;

    // Options: demand that binding capacity leaves uncovered, bought where cheaper than renting it.
    c.options?.exercise(t, oGpu + oSil + optGpu[t] + optSilicon[t], sched.msPool[t], book);
    oGpu += optGpu[t];
    oGpuMw += optGpuMw[t];
    oGpuDepr += optGpuDepr[t];
    oSil += optSilicon[t];
    oSilMw += optSiliconMw[t];
    oSilDepr += optSiliconDepr[t];
    const ownedGpu = sched.ownedGpu[t] + oGpu;
    const ownedGpuMw = sched.ownedGpuMw[t] + oGpuMw;
    const silicon = sched.silicon[t] + oSil;
    const siliconMw = sched.siliconMw[t] + oSilMw;
    // Facility kW drawn per H100e of owned capacity running: its IT kW per H100e × average draw × PUE.
    const gpuKw = ownedGpu > 0 ? ((ownedGpuMw * 1000) / ownedGpu) * drawPerItKw : 0;
    const siliconKw = silicon > 0 ? ((siliconMw * 1000) / silicon) * drawPerItKw : 0;
    pools.contracted = sched.contracted[t] + sched.azure[t];
    pools.silicon = silicon;
    pools.ownedGpu = ownedGpu;
    pools.pool = sched.msPool[t];
    // Running owned capacity costs its electricity and, when idle capacity is resold, the resale it forgoes.
    pools.siliconUsdPerHour = siliconKw * kwhPrice + resale * spot;
    pools.gpuUsdPerHour = gpuKw * kwhPrice + resale * spot;
    pools.poolUsdPerHour = contractRate;
    pools.onDemandUsdPerHour = spot;
    dispatch(inference + train, pools, toResearch, d);

    // Compute cash: take-or-pay as signed, the pool and on demand as used, electricity for owned capacity that runs.
    const drawMw = (d.silicon * siliconKw + d.ownedGpu * gpuKw) / 1000;
    const electricity = (drawMw * HOURS_PER_MONTH * kwhPrice) / 1e6;
    // The Azure commitment is owed as signed; what OpenAI uses of the Microsoft-funded pool counts
    // toward it, so the pool costs extra only once the use to date exceeds the commitment to date
    // (research on capacity demand left over is not use: it would otherwise have idled).
    const contractedUse = pools.contracted > 0 ? d.contracted / pools.contracted : 0;
    state.azureDue += sched.payAzure[t];
    state.azureUsed += sched.payAzure[t] * contractedUse + (d.pool * contractRate * HOURS_PER_MONTH) / 1e9;
    // Never negative: what was paid is never paid back (a float residue of −1e-18 is zero).
    const azureCommitted = Math.max(0, Math.max(state.azureDue, state.azureUsed) - state.azurePaid);
    state.azurePaid += azureCommitted;
    const azureRate = contractShare > 0 ? contractRate / contractShare : 0;
    const onDemand = (d.onDemand * spot * HOURS_PER_MONTH) / 1e9;
    const onDemandAzure = (d.onDemand * (1 - offAzure) * azureRate * HOURS_PER_MONTH) / 1e9;
    s.azureRentUsdB[t] = azureCommitted + onDemandAzure;
    s.otherRentUsdB[t] = sched.payOther[t] + onDemand - onDemandAzure;
    s.electricityUsdB[t] = electricity;
    s.drawMw[t] = drawMw;
    s.contractedUsdB[t] = azureCommitted + sched.payOther[t];
    s.azureContractUsdB[t] = azureCommitted;
    s.onDemandUsdB[t] = onDemand;
    s.depreciationUsdB[t] = sched.depreciation[t] + sched.siliconDepreciation[t] + oGpuDepr + oSilDepr;
    s.opexUsdB[t] = opex[t] / 12;
    s.capexUsdB[t] = sched.capex[t] * (1 - financed);
    loans.borrow(t, sched.capex[t] * financed, financingRatePct, life);
    s.financingUsdB[t] = loans.paymentAt(t);
    // Design runs for the planned two years before the planned arrival, and on through any slip.
    s.chipDesignUsdB[t] =
      t >= plannedChip - DESIGN_MONTHS && t < Math.max(plannedChip, actualChip) ? designPerMonth : 0;
    s.msRevShareUsdB[t] = terms.revenueShareUsdB(t, revenue, state.revSharePaid);
    state.revSharePaid += s.msRevShareUsdB[t];
    // Capacity still idle after research, resold at a share of the on-demand price.
    const idle =
      pools.contracted - d.contracted - d.researchContracted + (silicon - d.silicon) + (ownedGpu - d.ownedGpu);
    s.resaleUsdB[t] = (Math.max(0, idle) * spot * resale * HOURS_PER_MONTH) / 1e9;
    const compute = s.azureRentUsdB[t] + s.otherRentUsdB[t] + electricity + s.capexUsdB[t] + s.financingUsdB[t];
    s.computeUsdB[t] = compute;
    const costsBeforeProfitShare = compute + s.opexUsdB[t] + s.chipDesignUsdB[t] + s.msRevShareUsdB[t];
    const income = revenue + s.reverseShareUsdB[t] + s.resaleUsdB[t];
    s.msProfitShareUsdB[t] = terms.profitShareUsdB(t, income - costsBeforeProfitShare, state.profitSharePaid);
    state.profitSharePaid += s.msProfitShareUsdB[t];
    s.burnUsdB[t] = burnOf(costs, revenues, t);

    s.fundingUsdB[t] = c.funding.apply(t, regime, state.stake, sched.nvidiaGw[t]);
    let cash = state.cash + s.fundingUsdB[t] - s.burnUsdB[t];
    s.backstopUsdB[t] = msBackstop >= 1 && cash < msBackstopFloorUsdB ? msBackstopFloorUsdB - cash : 0;
    cash += s.backstopUsdB[t];
    s.cashUsdB[t] = state.cash = cash;

    // Who used the compute: training (its line, and take-or-pay surplus serving research) and inference.
    const research = d.researchContracted;
    const used = d.contracted + d.silicon + d.ownedGpu + d.pool + d.onDemand;
    const trainingServed = used > 0 ? (used * train) / (inference + train) : 0;
    const trainingShare = used + research > 0 ? (trainingServed + research) / (used + research) : 0;
    s.trainingComputeUsdB[t] = compute * trainingShare;
    s.inferenceComputeUsdB[t] = compute - s.trainingComputeUsdB[t];
    s.inferenceH100e[t] = used - trainingServed;
    s.trainingH100e[t] = trainingServed + research;
    s.researchH100e[t] = research;
    s.optionGw[t] = (oGpuMw + oSilMw) / 1000;
    if (c.cashOnly) continue;
    fleetMonth(c, t, {
      d,
      gpuSeconds,
      servedQueriesPerDay,
      queriesPerMonth: s.queriesPerDayB[t] * 1e9 * DAYS_PER_MONTH,
      spot,
      contractRate,
      silicon,
      siliconMw,
      ownedGpu,
      ownedGpuMw,
      gpuDepreciation: sched.depreciation[t] + oGpuDepr,
      siliconDepreciation: sched.siliconDepreciation[t] + oSilDepr,
      siliconKw,
      gpuKw,
      base,
      efficiency: efficiency[t],
    });
  }
  if (!c.cashOnly) accountingMonths(p, s, from, to);
}

/** Burn from the one list of cost lines and revenue lines (types.ts): no hand-written sum beside it. */
export function burnOf(costs: readonly Float64Array[], revenues: readonly Float64Array[], t: number): number {
  let burn = 0;
  for (let i = 0; i < costs.length; i++) burn += costs[i][t];
  for (let i = 0; i < revenues.length; i++) burn -= revenues[i][t];
  return burn;
}
