import { LEVER_BY_ID, type ParamValues, type Params } from '../../registry';
import { runScenario } from '../index';
import { isNever, metricValue, type Metric } from './metrics';
import { effectiveRanges, type RangeOverrides } from './ranges';
import { newFundingLeverIds, withoutNewFunding } from './fundingBasis';

export interface TornadoBar {
  leverId: string;
  label: string;
  unit: string;
  low: number;
  high: number;
  /** The metric with the lever at its low / high, others at the scenario's values. */
  atLow: number;
  atHigh: number;
  /** atLow − base, atHigh − base (months later is positive; $B more burn is positive). */
  deltaLow: number;
  deltaHigh: number;
  /** |atHigh − atLow|: what the bars are sorted by. */
  swing: number;
  /** A side reached "never insolvent", so its delta is a lower bound. */
  neverAtLow: boolean;
  neverAtHigh: boolean;
  /** Why the lever is held at the scenario's value instead of swung ("no new funding"), if it is. */
  heldBecause?: string;
}

export interface Tornado {
  metric: Metric;
  /** Asked with "No new funding": new money held at zero, its levers not swung. */
  noNewFunding: boolean;
  base: number;
  baseNever: boolean;
  bars: TornadoBar[];
}

/**
 * One-at-a-time sensitivity: each ranged lever at the low and at the high of its effective
 * range (the same ranges a Monte Carlo run draws from; a lognormal's low and high are its
 * p5 and p95), every other lever at the scenario's value. Sorted by swing, largest first;
 * ties keep registry order.
 *
 * With `noNewFunding` (the Monte Carlo panel's switch) the scenario is asked without new money,
 * as the Monte Carlo is: the levers that bring it are held at zero, each row saying so, with no
 * swing.
 */
export function tornado(
  params: Params,
  overrides: RangeOverrides,
  metric: Metric,
  options: { noNewFunding?: boolean } = {},
): Tornado {
  const noNewFunding = options.noNewFunding ?? false;
  // Stryker disable next-line ArrayDeclaration: a lever id that is no lever is never looked up
  const held = new Set(noNewFunding ? newFundingLeverIds(params) : []);
  // a spread copy keeps V8's fast properties (see Sampler)
  const scratch: ParamValues = noNewFunding ? withoutNewFunding(params) : { ...params };
  const baseResult = runScenario(scratch);
  const base = metricValue(baseResult, metric);
  const bars: TornadoBar[] = [];
  for (const r of effectiveRanges(params, overrides)) {
    const lever = LEVER_BY_ID.get(r.leverId)!;
    const value = scratch[lever.id];
    if (held.has(lever.id)) {
      bars.push({
        leverId: r.leverId,
        label: lever.label,
        unit: lever.unit,
        low: value,
        high: value,
        atLow: base,
        atHigh: base,
        deltaLow: 0,
        deltaHigh: 0,
        swing: 0,
        neverAtLow: false,
        neverAtHigh: false,
        heldBecause: 'held at zero: no new funding',
      });
      continue;
    }
    scratch[lever.id] = r.low;
    const lowResult = runScenario(scratch);
    scratch[lever.id] = r.high;
    const highResult = runScenario(scratch);
    scratch[lever.id] = value;
    const atLow = metricValue(lowResult, metric);
    const atHigh = metricValue(highResult, metric);
    bars.push({
      leverId: r.leverId,
      label: lever.label,
      unit: lever.unit,
      low: r.low,
      high: r.high,
      atLow,
      atHigh,
      deltaLow: atLow - base,
      deltaHigh: atHigh - base,
      swing: Math.abs(atHigh - atLow),
      neverAtLow: isNever(lowResult, metric, atLow),
      neverAtHigh: isNever(highResult, metric, atHigh),
    });
  }
  bars.sort((a, b) => b.swing - a.swing);
  return { metric, noNewFunding, base, baseNever: isNever(baseResult, metric, base), bars };
}
