/**
 * Uncertainty: Monte Carlo over the levers' ranges, one-at-a-time sensitivity (tornado) and
 * goal-seek. Pure functions over the engine; the worker pool lives in src/montecarlo.
 */
export { mix32, probit, streamKey, uniformAt } from './random';
export {
  canVary, checkRange, drawFrom, effectiveRanges, inverseCdf, Z95,
  type Distribution, type EffectiveRange, type LeverRange, type RangeOverrides,
} from './ranges';
export { runBatch, sampleParams, Sampler, type SampleBatch } from './batch';
export { mergeBatches, percentileSorted, PERCENTILES, type Bands, type Percentile, type UncertaintySummary, type YearBin } from './merge';
export { isNever, metricLabel, metricValue, type Metric } from './metrics';
export { tornado, type Tornado, type TornadoBar } from './tornado';
export { goalSeek, meetsGoal, type Goal, type GoalSeekOptions, type GoalSeekResult, type Outcome } from './goalSeek';
export {
  checkSpec, parseOverride, parseSamples, parseSeed, parseSpec, serializeOverrides, serializeSpec, RANGE_URL_PREFIX,
  SAMPLES_MAX, SAMPLES_MIN, SEED_MAX, UNCERTAINTY_DEFAULTS, UNCERTAINTY_URL_KEYS,
  type SpecField, type UncertaintySpec,
} from './spec';
