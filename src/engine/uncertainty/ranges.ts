import { EVENTS, EVENT_STATUSES, LEVERS, type Lever, type LeverId, type Params } from '../../registry';
import { probit, streamKey } from './random';

export type Distribution = 'uniform' | 'triangular' | 'lognormal';
/** What a run draws: a lever's range, or whether a conditional event happens (1 with its probability). */
export type DrawnDistribution = Distribution | 'bernoulli';

/** A range as the registry and a person state it: low and high, and the shape between. */
export interface LeverRange {
  low: number;
  high: number;
  dist: Distribution;
}

/** A person's edits to ranges, by lever id; merged over the registry's sourced ranges. */
export type RangeOverrides = Readonly<Record<string, LeverRange>>;

/** The range a run actually draws from, resolved against the scenario being looked at. */
export interface EffectiveRange extends Omit<LeverRange, 'dist'> {
  dist: DrawnDistribution;
  leverId: LeverId;
  /** The triangular mode (the scenario's value, kept inside [low, high]); for a conditional event, its probability. */
  mode: number;
  /** Where it came from: the registry (moved with the lever) or the person's override (as given). */
  origin: 'registry' | 'override';
  stream: number;
  /** The lever's bounds (a lognormal's tails are clipped to them) and whether values are whole months. */
  min: number;
  max: number;
  whole: boolean;
}

/** z of the 95th percentile: a lognormal's low and high are read as its p5 and p95. */
export const Z95 = 1.6448536269514722;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Levers a Monte Carlo never draws: the horizon fixes the series' length, toggles are choices. */
export function canVary(lever: Lever): boolean {
  return lever.kind !== 'toggle' && lever.id !== 'horizonMonths';
}

/** Why an override cannot be used for a lever, or null when it can. */
export function checkRange(lever: Lever, r: LeverRange): string | null {
  if (!canVary(lever)) return `${lever.label} is not drawn in a Monte Carlo run`;
  if (!Number.isFinite(r.low) || !Number.isFinite(r.high)) return 'low and high must be numbers';
  if (r.low > r.high) return 'low must not exceed high';
  if (r.low < lever.min || r.high > lever.max) return `must lie within ${lever.min}–${lever.max}`;
  if (!['uniform', 'triangular', 'lognormal'].includes(r.dist)) return `unknown distribution "${String(r.dist)}"`;
  if (r.dist === 'lognormal' && r.low <= 0) return 'a lognormal range needs low > 0';
  return null;
}

/**
 * The ranges a run draws, one per varied lever, in registry order.
 *
 * The analyst's scenario is the centre. A sourced (registry) range describes uncertainty
 * around the sourced default, so when the person has moved the lever the range moves with
 * it: shifted by (value − default) for uniform and triangular, scaled by value / default for
 * lognormal; at the default it is exactly the registry range. An override is the person's own
 * statement and is used as given. Bounds are clipped to the lever's [min, max]; the
 * triangular mode is the scenario's value (inside the range).
 */
export function effectiveRanges(
  params: Params,
  overrides: RangeOverrides = {},
  levers: readonly Lever[] = LEVERS,
): EffectiveRange[] {
  const out: EffectiveRange[] = [];
  for (const lever of levers) {
    if (!canVary(lever)) continue;
    const override = overrides[lever.id];
    const base = override && checkRange(lever, override) === null ? override : lever.range;
    if (!base) continue;
    const value = params[lever.id] ?? lever.default;
    let { low, high } = base;
    if (base !== override) {
      if (base.dist === 'lognormal' && lever.default > 0 && value > 0) {
        low *= value / lever.default;
        high *= value / lever.default;
      } else {
        low += value - lever.default;
        high += value - lever.default;
      }
    }
    low = clamp(low, lever.min, lever.max);
    high = clamp(high, lever.min, lever.max);
    if (base.dist === 'lognormal' && low <= 0) low = Math.min(high, Math.max(lever.min, Number.EPSILON));
    out.push({
      leverId: lever.id,
      low,
      high,
      dist: base.dist,
      mode: clamp(value, low, high),
      origin: base === override ? 'override' : 'registry',
      stream: streamKey(lever.id),
      min: lever.min,
      max: lever.max,
      // Month levers and spans in months are drawn whole: the engine's step is a month.
      whole: lever.kind === 'month' || lever.unit === 'months',
    });
  }
  if (levers === LEVERS) out.push(...conditionalEvents(params));
  return out;
}

const CONDITIONAL = EVENT_STATUSES.indexOf('conditional');

/**
 * A conditional event (Amazon's $35B on an IPO, the NVIDIA letter of intent) that the scenario
 * has not switched on happens in a sample with its probability (`<id>.probability`).
 */
function conditionalEvents(params: Params): EffectiveRange[] {
  const out: EffectiveRange[] = [];
  for (const e of EVENTS) {
    if (e.modelledBy || e.probability === undefined) continue;
    if (Math.round(params[e.keys.status] ?? e.statusCode) !== CONDITIONAL || (params[e.keys.on] ?? 0) >= 0.5) continue;
    const p = params[e.keys.probability] ?? e.probability;
    out.push({
      leverId: e.keys.on,
      low: 0,
      high: 1,
      dist: 'bernoulli',
      mode: p,
      origin: 'registry',
      stream: streamKey(e.keys.on),
      min: 0,
      max: 1,
      whole: true,
    });
  }
  return out;
}

/** A value of the range for the uniform u in (0, 1), clipped to the lever and whole for month levers. */
export function drawFrom(r: EffectiveRange, u: number): number {
  const v = clamp(inverseCdf(r, u), r.min, r.max);
  return r.whole ? Math.round(v) : v;
}

/** Inverse CDF, so each draw takes exactly one uniform and streams stay aligned. */
export function inverseCdf(r: EffectiveRange, u: number): number {
  const { low, high } = r;
  if (high <= low) return low;
  switch (r.dist) {
    case 'uniform':
      return low + u * (high - low);
    case 'triangular': {
      const span = high - low;
      const f = (r.mode - low) / span;
      return u < f ? low + Math.sqrt(u * span * (r.mode - low)) : high - Math.sqrt((1 - u) * span * (high - r.mode));
    }
    case 'bernoulli':
      return u < r.mode ? 1 : 0;
    case 'lognormal': {
      const mu = (Math.log(low) + Math.log(high)) / 2;
      const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
      return Math.exp(mu + sigma * probit(u));
    }
  }
}
