/**
 * A multi-year compute contract paid as take-or-pay that ramps linearly with the capacity
 * it delivers: month j of n pays total · (j + 1) / (n(n + 1) / 2), in step with
 * rampedCapacityShare, so the price per accelerator-hour stays flat and the term sums to the total.
 */
export function rampedTakeOrPayUsdB(totalUsdB: number, j: number, n: number): number {
  if (j < 0 || j >= n || n <= 0) return 0;
  return (totalUsdB * 2 * (j + 1)) / (n * (n + 1));
}

/** Share of a ramped contract's full capacity online in month j of n (reaches 1 in the last month). */
export function rampedCapacityShare(j: number, n: number): number {
  if (j < 0 || j >= n || n <= 0) return 0;
  return (j + 1) / n;
}
