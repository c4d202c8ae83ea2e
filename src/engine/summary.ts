import { EVENT_STATUSES, EVENTS, type Params } from '../registry';
import { queryPhysics } from './physics';
import { AS_OF_MONTH, START_MONTH, rel } from './time';
import type { Monthly, PerQueryCost, Summary } from './types';

function firstIndex(series: Float64Array, test: (v: number) => boolean): number | null {
  for (let t = 0; t < series.length; t++) if (test(series[t])) return t;
  return null;
}

function sumRange(series: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let t = Math.max(0, from); t < Math.min(series.length, to); t++) total += series[t];
  return total;
}

function totalOf(c: PerQueryCost): number {
  return c.energy + c.depreciation + c.rent;
}

export function blendedAt(m: Monthly, t: number): PerQueryCost {
  return { energy: m.blendedEnergyUsd[t], depreciation: m.blendedDeprUsd[t], rent: m.blendedRentUsd[t] };
}

/**
 * Conditional and hypothetical money this run counts (rows switched on, and the next round's
 * amount): the funding basis every "cash runs out" figure names. The default counts none.
 */
export function uncertainMoney(p: Params): { conditionalUsdB: number; hypotheticalUsdB: number } {
  let conditionalUsdB = 0;
  let hypotheticalUsdB = Math.max(0, p.funding3UsdB);
  for (const e of EVENTS) {
    if (e.kind !== 'funding' || e.modelledBy || (p[e.keys.on] ?? 0) < 0.5) continue;
    const status = EVENT_STATUSES[Math.round(p[e.keys.status] ?? e.statusCode)];
    const amount = Math.max(0, p[e.keys.usdB] ?? 0);
    if (status === 'conditional') conditionalUsdB += amount;
    else if (status === 'hypothetical') hypotheticalUsdB += amount;
  }
  return { conditionalUsdB, hypotheticalUsdB };
}

export function summarize(p: Params, m: Monthly): Summary {
  const n = m.cashUsdB.length;
  const insolvent = firstIndex(m.cashUsdB, (v) => v < 0);
  const breakeven = firstIndex(m.burnUsdB, (v) => v <= 0);
  const asOf = Math.min(n - 1, rel(AS_OF_MONTH));
  let minCash = Infinity;
  let minAt = 0;
  for (let t = 0; t < n; t++)
    if (m.cashUsdB[t] < minCash) {
      minCash = m.cashUsdB[t];
      minAt = t;
    }
  const start = queryPhysics(p, 1);
  const trailingBurn = sumRange(m.burnUsdB, asOf - 2, asOf + 1) / Math.min(3, asOf + 1);
  return {
    startMonth: START_MONTH,
    endMonth: START_MONTH + n - 1,
    insolvencyMonth: insolvent === null ? null : START_MONTH + insolvent,
    breakevenMonth: breakeven === null ? null : START_MONTH + breakeven,
    runwayMonths: trailingBurn > 0 ? Math.max(0, m.cashUsdB[asOf] / trailingBurn) : null,
    runwayAsOf: START_MONTH + asOf,
    minCashUsdB: minCash,
    minCashMonth: START_MONTH + minAt,
    whPerQuery: { gpu: m.whPerQueryGpu[0], silicon: m.whPerQuerySilicon[0], blended: m.whPerQueryBlended[0] },
    costPerQueryUsd: { rented: start.rented, owned: start.owned, silicon: start.silicon, blended: blendedAt(m, 0) },
    costPerQueryStartUsd: totalOf(blendedAt(m, 0)),
    costPerQueryEndUsd: totalOf(blendedAt(m, n - 1)),
    whPerQueryEnd: m.whPerQueryBlended[n - 1],
    whPerQueryNow: m.whPerQueryBlended[asOf],
    msTakeFirstYearUsdB: sumRange(m.msTakeUsdB, 0, 12),
    msTakeLastYearUsdB: sumRange(m.msTakeUsdB, n - 12, n),
    cumulativeBurnUsdB: sumRange(m.burnUsdB, 0, n),
    cumulativeFundingUsdB: sumRange(m.fundingUsdB, 0, n),
    backstopUsdB: sumRange(m.backstopUsdB, 0, n),
    nowMonth: START_MONTH + asOf,
    cashNowUsdB: m.cashUsdB[asOf],
    costPerQueryAllIn: {
      start: m.costPerQueryAllInUsd[0],
      now: m.costPerQueryAllInUsd[asOf],
      end: m.costPerQueryAllInUsd[n - 1],
    },
    costPerQueryPhysics: {
      start: m.costPerQueryPhysicsUsd[0],
      now: m.costPerQueryPhysicsUsd[asOf],
      end: m.costPerQueryPhysicsUsd[n - 1],
    },
    funding: uncertainMoney(p),
    msSharePerQuery: { now: m.msSharePerQueryUsd[asOf], end: m.msSharePerQueryUsd[n - 1] },
    idleMwNow: m.idleMw[asOf],
    idleMwEnd: m.idleMw[n - 1],
    idleUsdBTotal: sumRange(m.idleUsdB, 0, n),
  };
}
