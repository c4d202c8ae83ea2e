/**
 * Annual growth rates compounded monthly. A rate can decay year over year towards a floor:
 * year y (0 = the first twelve months) grows at max(floor, g0 · (1 − decay)^y).
 */
export function annualRateInYear(g0: number, decay: number, floor: number, year: number): number {
  const decayed = g0 * (1 - decay) ** year;
  return g0 <= floor ? g0 : Math.max(floor, decayed);
}

/** Fills out[t] with start · Π monthly factors, so out[0] = start. Rates are fractions (1 = 100%/yr). */
export function fillGrowth(out: Float64Array, start: number, g0: number, decay: number, floor: number): void {
  let value = start;
  let factor = 1;
  for (let t = 0; t < out.length; t++) {
    if (t % 12 === 0) factor = (1 + annualRateInYear(g0, decay, floor, t / 12)) ** (1 / 12);
    out[t] = value;
    value *= factor;
  }
}

/** 0 before `from`, rising linearly to 1 over `months` months (the first month counts 1/months). */
export function ramp(t: number, from: number, months: number): number {
  if (t < from) return 0;
  return Math.min(1, (t - from + 1) / Math.max(1, months));
}
