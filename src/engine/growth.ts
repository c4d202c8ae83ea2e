import type { Params } from '../registry';
import { AS_OF_MONTH, rel } from './time';

/** Years at the full floor before it starts to fade. */
const FLOOR_FADE_FROM_YEAR = 5;

/**
 * Annual growth rates compounded monthly. A rate can decay year over year towards a floor:
 * year y (0 = the first twelve months) grows at max(floor_y, g0 · (1 − decay)^y), and from
 * the sixth year the floor itself fades: floor_y = floor · (1 − fade)^(y − 5).
 */
export function annualRateInYear(g0: number, decay: number, floor: number, year: number, fade = 0): number {
  const floorNow = floor * (1 - fade) ** Math.max(0, year - FLOOR_FADE_FROM_YEAR);
  const decayed = g0 * (1 - decay) ** year;
  return g0 <= floorNow ? g0 : Math.max(floorNow, decayed);
}

/**
 * Continues a compounding path: out[t] = out[t − 1] · factor(year of month t − 1) for
 * `from` < t < `to`, so the month after `from` grows at the rate of the year `from` lies in.
 * The record fills a path up to now with its levers; the projection continues it from there
 * with the scenario's, so a projection lever never moves a month of the record.
 */
export function continuePath(
  out: Float64Array,
  from: number,
  to: number,
  factorOfYear: (year: number) => number,
): void {
  let year = -1;
  let factor = 1;
  for (let t = from + 1; t < to; t++) {
    const y = Math.floor((t - 1) / 12);
    if (y !== year) {
      year = y;
      factor = factorOfYear(y);
    }
    out[t] = out[t - 1] * factor;
  }
}

/** The monthly factor of an annual rate `(1 + rate)^(1/12)`. */
function monthly(rate: number): number {
  return (1 + rate) ** (1 / 12);
}

/** 0 before `from`, rising linearly to 1 over `months` months (the first month counts 1/months). */
export function ramp(t: number, from: number, months: number): number {
  if (t < from) return 0;
  return Math.min(1, (t - from + 1) / Math.max(1, months));
}

/**
 * The scenario's growth paths, month by month, continued from month `from` (filled already; at
 * the start of the record `from` is 0 and the paths begin at their start levers) up to `to`:
 * chat queries per day (billions), the revenue run-rate ($B a year), training compute (H100e),
 * opex ($B a year) and the compute a chat query takes relative to the start (≤ 1 with serving gains).
 */
export function continueGrowthPaths(
  p: Params,
  from: number,
  to: number,
  paths: {
    queries: Float64Array;
    runRate: Float64Array;
    training: Float64Array;
    opex: Float64Array;
    efficiency: Float64Array;
  },
): void {
  const fade = p.growthFloorFadePctPerYear / 100;
  const { queries, runRate, training, opex, efficiency } = paths;
  if (from === 0) {
    queries[0] = p.queriesPerDayB;
    runRate[0] = p.revenueRunRateUsdB;
    training[0] = p.trainingKH100e * 1000;
    opex[0] = p.opexUsdBPerYear;
    efficiency[0] = 1;
  }
  const qg = [p.queryGrowthPct / 100, p.queryGrowthDecayPct / 100, p.queryGrowthFloorPct / 100] as const;
  continuePath(queries, from, to, (y) => monthly(annualRateInYear(qg[0], qg[1], qg[2], y, fade)));
  // Revenue and training: the record's years at their calibrated rates, then the plan's from the
  // first full year after now, decaying towards a floor.
  const next = RECORD_YEARS;
  const revenueRate = (y: number): number =>
    y === 0
      ? p.revenueGrowthPct / 100
      : y < next
        ? p.revenueGrowth2026Pct / 100
        : projected(
            p.revenueGrowthNextPct / 100,
            p.revenueGrowthDecayPct / 100,
            p.revenueGrowthFloorPct / 100,
            y,
            fade,
          );
  continuePath(runRate, from, to, (y) => monthly(revenueRate(y)));
  const decay = p.costGrowthDecayPct / 100;
  const trainingRate = (y: number): number =>
    y < next ? p.trainingGrowthPct / 100 : projected(p.trainingGrowthNextPct / 100, decay, 0, y, 0);
  continuePath(training, from, to, (y) => monthly(trainingRate(y)));
  continuePath(opex, from, to, (y) => monthly(annualRateInYear(p.opexGrowthPct / 100, decay, 0, y)));
  // Per-query compute grows with reasoning and agents and shrinks with serving gains; the growth
  // fades like the growth floors from the sixth year, so a ten-year horizon does not run away.
  const cq = p.computePerQueryGrowthPct / 100;
  const gain = 1 - p.softwareGainPctPerYear / 100;
  continuePath(efficiency, from, to, (y) => ((1 + annualRateInYear(cq, 1, cq, y, fade)) * gain) ** (1 / 12));
}

/** Years of the record (2025 and 2026): the first projection year is the one after now's. */
export const RECORD_YEARS = Math.floor(rel(AS_OF_MONTH) / 12) + 1;

/** A projection year's rate: `next` in the first year after the record, decaying to a (fading) floor. */
function projected(next: number, decay: number, floor: number, year: number, fade: number): number {
  const floorNow = floor * (1 - fade) ** Math.max(0, year - FLOOR_FADE_FROM_YEAR);
  return next <= floorNow ? next : Math.max(floorNow, next * (1 - decay) ** (year - RECORD_YEARS));
}
