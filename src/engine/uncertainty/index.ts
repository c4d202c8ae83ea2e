/**
 * Uncertainty: Monte Carlo over the levers' ranges, one-at-a-time sensitivity (tornado) and
 * goal-seek. Pure functions over the engine; Monte Carlo in workers is the model runner's batch mode (src/runner).
 *
 * Choices an analyst should know (each is documented where it is made):
 * - Draws: sample i, lever L uses a hash of (seed, i, L's id), so any batching or worker split
 *   gives the same samples, and editing one lever's range leaves the others' draws alone.
 * - Ranges centre on the scenario being looked at: a sourced range moves with a lever the
 *   person has moved (shifted, or scaled for lognormal); an override is used as given; the
 *   triangular mode is the scenario's value. Unranged levers stay at the scenario's values.
 *   The horizon and on/off toggles are never drawn.
 * - Lognormal low and high are its p5 and p95 (so its median is √(low·high), which can differ
 *   from the default); draws are clipped to the lever's [min, max]; month levers are rounded.
 * - Percentiles interpolate between ranks (R type 7), per month and independently, so a band is
 *   not one sample's path. P(cash < 0 by m) counts samples whose first negative month is ≤ m.
 * - Tornado and goal-seek hold every other lever at the scenario's value; "never insolvent"
 *   counts as horizon + 1 months in the tornado and is flagged.
 */
export { mix32, probit, streamKey, uniformAt } from './random';
export {
  canVary,
  checkRange,
  drawFrom,
  effectiveRanges,
  inverseCdf,
  Z95,
  type Distribution,
  type EffectiveRange,
  type LeverRange,
  type RangeOverrides,
} from './ranges';
export { runBatch, sampleParams, Sampler, type SampleBatch } from './batch';
export {
  mergeBatches,
  percentileSorted,
  PERCENTILES,
  type Bands,
  type Percentile,
  type UncertaintySummary,
  type YearBin,
} from './merge';
export { isNever, metricLabel, metricValue, type Metric } from './metrics';
export { tornado, type Tornado, type TornadoBar } from './tornado';
export { goalSeek, meetsGoal, type Goal, type GoalSeekOptions, type GoalSeekResult, type Outcome } from './goalSeek';
export {
  checkSpec,
  parseSamples,
  parseSeed,
  SAMPLES_MAX,
  SAMPLES_MIN,
  SEED_MAX,
  UNCERTAINTY_DEFAULTS,
  type SpecField,
  type UncertaintySpec,
} from './spec';
export { drawnConditionalMoney, monteCarloFundingBasis, withoutNewFunding } from './fundingBasis';
