import type { ScenarioResult } from '../types';

/**
 * Scalar outcomes a tornado ranks levers by.
 * - insolvency: months from now (the latest month of the record) to the first month of negative
 *   cash, the figure "Months of cash from now"; a scenario that stays solvent counts as one month
 *   past the end, so a swing that reaches "never" is a lower bound and is flagged.
 * - cumBurn: cash burned from the start through December of `throughYear`, $B.
 */
export type Metric = { kind: 'insolvency' } | { kind: 'cumBurn'; throughYear: number };

export function metricValue(result: ScenarioResult, metric: Metric): number {
  if (metric.kind === 'insolvency') {
    const s = result.summary;
    return (s.insolvencyMonth ?? s.endMonth + 1) - s.nowMonth;
  }
  const last = Math.min(result.months, metric.throughYear * 12 + 12 - result.startMonth);
  let sum = 0;
  for (let t = 0; t < last; t++) sum += result.monthly.burnUsdB[t];
  return sum;
}

/** Whether the value stands for "never insolvent" (the horizon + 1 stand-in). */
export function isNever(result: ScenarioResult, metric: Metric, value: number): boolean {
  return metric.kind === 'insolvency' && value > result.summary.endMonth - result.summary.nowMonth;
}

export function metricLabel(metric: Metric): string {
  return metric.kind === 'insolvency' ? 'Months of cash from now' : `Cumulative burn through ${metric.throughYear}, $B`;
}
