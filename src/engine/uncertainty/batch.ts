import type { ParamValues, Params } from '../../registry';
import { simulateMonthly } from '../run';
import { START_MONTH } from '../time';
import { createWorkspace } from '../workspace';
import { drawFrom, effectiveRanges, type EffectiveRange, type RangeOverrides } from './ranges';
import { uniformAt } from './random';

/**
 * What a batch of Monte Carlo samples keeps: compact rows, one per sample, in sample order.
 * `cashUsdB` and `burnUsdB` are `count × months` row-major Float32 ($B, month-end cash and
 * the month's burn); month indices are relative to `startMonth` (0 = the first month).
 */
export interface SampleBatch {
  seed: number;
  from: number;
  count: number;
  months: number;
  startMonth: number;
  cashUsdB: Float32Array;
  burnUsdB: Float32Array;
  /** First month with cash < 0, or −1 when solvent through the horizon. */
  insolvency: Int32Array;
  /** First month with burn ≤ 0, or −1. */
  breakeven: Int32Array;
  cumulativeBurnUsdB: Float64Array;
}

/**
 * The scenario with sample i's draws written in. One object per batch, rewritten per sample:
 * a copy made by object spread keeps V8's fast properties (an object filled key by key, as
 * defaultParams() does, or built by JSON.parse with over 128 keys, is in dictionary mode, where
 * every lever the engine reads is a hash lookup; it has over 200 levers).
 */
export class Sampler {
  readonly ranges: EffectiveRange[];
  private readonly scratch: ParamValues;
  constructor(
    params: Params,
    ranges: EffectiveRange[],
    readonly seed: number,
  ) {
    this.ranges = ranges;
    this.scratch = { ...params };
  }
  /** The params of sample i (the same object each call: use it before the next call). */
  sample(i: number): Params {
    for (const r of this.ranges) this.scratch[r.leverId] = drawFrom(r, uniformAt(this.seed, i, r.stream));
    return this.scratch;
  }
}

/** The drawn lever values of one sample, for a person who asks "what was sample 17?". */
export function sampleParams(params: Params, overrides: RangeOverrides, seed: number, i: number): ParamValues {
  return { ...new Sampler(params, effectiveRanges(params, overrides), seed).sample(i) };
}

/**
 * Runs samples [from, from + count) of the scenario under the ranges. Pure.
 * Calls the engine's monthly simulation directly, cash series only, in one workspace for the
 * whole batch (runScenario adds dated events, a summary and the fleet and per-query series the
 * batch does not keep); insolvency, breakeven and cumulative burn are read from the series with
 * summarize()'s definitions, and a test checks every stored sample against runScenario.
 */
export function runBatch(
  params: Params,
  overrides: RangeOverrides,
  seed: number,
  from: number,
  count: number,
  ranges: EffectiveRange[] = effectiveRanges(params, overrides),
): SampleBatch {
  const sampler = new Sampler(params, ranges, seed);
  const months = Math.round(params.horizonMonths);
  const batch: SampleBatch = {
    seed,
    from,
    count,
    months,
    startMonth: START_MONTH,
    cashUsdB: new Float32Array(count * months),
    burnUsdB: new Float32Array(count * months),
    insolvency: new Int32Array(count),
    breakeven: new Int32Array(count),
    cumulativeBurnUsdB: new Float64Array(count),
  };
  const work = createWorkspace(months);
  for (let k = 0; k < count; k++) {
    // Stryker disable next-line BooleanLiteral: cashOnly only skips series the batch does not read (fleet, per-query, Microsoft's ledger)
    const { cashUsdB, burnUsdB } = simulateMonthly(sampler.sample(from + k), work, true);
    batch.cashUsdB.set(cashUsdB, k * months);
    batch.burnUsdB.set(burnUsdB, k * months);
    let insolvent = -1;
    let breakeven = -1;
    let burned = 0;
    for (let t = 0; t < months; t++) {
      if (insolvent < 0 && cashUsdB[t] < 0) insolvent = t;
      if (breakeven < 0 && burnUsdB[t] <= 0) breakeven = t;
      burned += burnUsdB[t];
    }
    batch.insolvency[k] = insolvent;
    batch.breakeven[k] = breakeven;
    batch.cumulativeBurnUsdB[k] = burned;
  }
  return batch;
}
