import type { Params } from '../registry';

/** Years at the full floor before it starts to fade. */
const FLOOR_FADE_FROM_YEAR = 5;

/**
 * Annual growth rates compounded monthly. A rate can decay year over year towards a floor:
 * year y (0 = the first twelve months) grows at max(floor_y, g0 · (1 − decay)^y), and from
 * the third year the floor itself fades: floor_y = floor · (1 − fade)^(y − 2).
 */
export function annualRateInYear(g0: number, decay: number, floor: number, year: number, fade = 0): number {
  const floorNow = floor * (1 - fade) ** Math.max(0, year - FLOOR_FADE_FROM_YEAR);
  const decayed = g0 * (1 - decay) ** year;
  return g0 <= floorNow ? g0 : Math.max(floorNow, decayed);
}

/** Fills out[t] with start · Π monthly factors, so out[0] = start. Rates are fractions (1 = 100%/yr). */
export function fillGrowth(out: Float64Array, start: number, g0: number, decay: number, floor: number, fade = 0): void {
  let value = start;
  let factor = 1;
  for (let t = 0; t < out.length; t++) {
    if (t % 12 === 0) factor = (1 + annualRateInYear(g0, decay, floor, t / 12, fade)) ** (1 / 12);
    out[t] = value;
    value *= factor;
  }
}

/** 0 before `from`, rising linearly to 1 over `months` months (the first month counts 1/months). */
export function ramp(t: number, from: number, months: number): number {
  if (t < from) return 0;
  return Math.min(1, (t - from + 1) / Math.max(1, months));
}

/**
 * The scenario's growth paths, month by month: chat queries per day (billions), the revenue
 * run-rate ($B a year), training compute (H100e) and opex ($B a year).
 */
export function fillGrowthPaths(
  p: Params,
  queriesPerDayB: Float64Array,
  runRate: Float64Array,
  training: Float64Array,
  opex: Float64Array,
): void {
  const fade = p.growthFloorFadePctPerYear / 100;
  fillGrowth(
    queriesPerDayB,
    p.queriesPerDayB,
    p.queryGrowthPct / 100,
    p.queryGrowthDecayPct / 100,
    p.queryGrowthFloorPct / 100,
    fade,
  );
  fillGrowth(
    runRate,
    p.revenueRunRateUsdB,
    p.revenueGrowthPct / 100,
    p.revenueGrowthDecayPct / 100,
    p.revenueGrowthFloorPct / 100,
    fade,
  );
  fillGrowth(training, p.trainingKH100e * 1000, p.trainingGrowthPct / 100, p.costGrowthDecayPct / 100, 0, 0);
  fillGrowth(opex, p.opexUsdBPerYear, p.opexGrowthPct / 100, p.costGrowthDecayPct / 100, 0, 0);
}
