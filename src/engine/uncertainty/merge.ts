import type { SampleBatch } from './batch';

export const PERCENTILES = [10, 25, 50, 75, 90] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** Percentile bands of a monthly series: one Float64Array per percentile, index = month. */
export type Bands = Record<`p${Percentile}`, Float64Array>;

export interface YearBin {
  year: number;
  /** Samples whose first month of negative cash falls in this calendar year. */
  count: number;
  share: number;
}

/** Everything the uncertainty charts draw, from the samples received so far. */
export interface UncertaintySummary {
  samples: number;
  months: number;
  startMonth: number;
  cashUsdB: Bands;
  burnUsdB: Bands;
  /** P(cash < 0 in some month ≤ m): cumulative, so it never decreases. */
  pInsolventBy: Float64Array;
  insolvencyByYear: YearBin[];
  neverInsolvent: { count: number; share: number };
  /** P(first month with burn ≤ 0 is ≤ m), cumulative. */
  pBreakevenBy: Float64Array;
  cumulativeBurnUsdB: Record<`p${Percentile}`, number>;
}

/** The p-th percentile of sorted values, interpolating linearly between ranks (R's type 7). */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * (p / 100);
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Puts the k-th smallest of a[left..right] at index k, smaller ones before it and larger after
 * (Floyd–Rivest selection, as in d3-array's quickselect, without a comparator).
 */
// Stryker disable next-line ArithmeticOperator: every caller passes right (percentilesInPlace and the recursive call)
export function selectKth(a: Float64Array, k: number, left = 0, right = a.length - 1): void {
  while (right > left) {
    // Stryker disable next-line BlockStatement: the Floyd–Rivest step only narrows the range to speed the loop below, which selects exactly on [left, right]
    if (right - left > 600) {
      // Stryker disable ArithmeticOperator,ConditionalExpression,EqualityOperator,UnaryOperator: the step's sample size and bounds only speed the loop below; clamped to [left, right] (or NaN, a no-op call), any bounds leave the exact selection to it
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      selectKth(
        a,
        k,
        Math.max(left, Math.floor(k - (m * s) / n + sd)),
        // Stryker restore ArithmeticOperator,ConditionalExpression,EqualityOperator,UnaryOperator
        Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)),
      );
    }
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * The percentiles of `a` (reordered in place), the same values percentileSorted gives on the
 * sorted array, for percentiles in increasing order. Each needs ranks ⌊h⌋ and ⌊h⌋ + 1: the ⌊h⌋
 * ranks are selected in increasing order (each search starts above the previous rank), and
 * rank ⌊h⌋ + 1 is the least value between ⌊h⌋ and the next selected rank. O(n) per percentile.
 */
export function percentilesInPlace(a: Float64Array, ps: readonly number[], out: Float64Array): void {
  const n = a.length;
  const los = ps.map((p) => Math.floor((n - 1) * (p / 100)));
  let from = 0;
  for (const k of los) {
    if (k >= from) selectKth(a, k, from, n - 1);
    from = Math.max(from, k + 1);
  }
  for (let j = 0; j < ps.length; j++) {
    const lo = los[j];
    const h = (n - 1) * (ps[j] / 100);
    // Stryker disable next-line LogicalOperator,ArithmeticOperator: h === lo makes the weight 0 (a[lo] + 0 · (next − a[lo]) = a[lo]), and lo = n − 1 only when h = lo
    if (lo + 1 > n - 1 || h === lo) {
      out[j] = a[lo];
      continue;
    }
    // Stryker disable next-line ArithmeticOperator: reads past the end are undefined, and `undefined < next` is false
    let end = n - 1;
    // Stryker disable next-line ArithmeticOperator,ConditionalExpression: starting at j − 1 or not narrowing only scans values above the next selected rank, none less than the least between
    for (let q = j + 1; q < los.length; q++)
      // Stryker disable next-line BlockStatement: not narrowing only scans values above the next selected rank, none less than the least between
      if (los[q] > lo) {
        end = los[q];
        break;
      }
    let next = a[lo + 1];
    for (let i = lo + 2; i <= end; i++) if (a[i] < next) next = a[i];
    out[j] = a[lo] + (h - lo) * (next - a[lo]);
  }
}

function bandsOf(
  batches: readonly SampleBatch[],
  pick: (b: SampleBatch) => Float32Array,
  n: number,
  months: number,
): Bands {
  const bands = Object.fromEntries(PERCENTILES.map((p) => [`p${p}`, new Float64Array(months)])) as Bands;
  const column = new Float64Array(n);
  const values = new Float64Array(PERCENTILES.length);
  for (let t = 0; t < months; t++) {
    let k = 0;
    for (const b of batches) {
      const rows = pick(b);
      for (let i = 0; i < b.count; i++) column[k++] = rows[i * months + t];
    }
    percentilesInPlace(column, PERCENTILES, values);
    PERCENTILES.forEach((p, i) => (bands[`p${p}`][t] = values[i]));
  }
  return bands;
}

/** Share of samples whose event month (−1 = never) is ≤ m, for each m: cumulative by construction. */
function cumulativeShare(
  batches: readonly SampleBatch[],
  pick: (b: SampleBatch) => Int32Array,
  n: number,
  months: number,
): Float64Array {
  const firstIn = new Float64Array(months);
  for (const b of batches) {
    const at = pick(b);
    // Stryker disable next-line LogicalOperator: a Float64Array ignores a write at −1 or past its end, so the guard only saves the work
    for (let i = 0; i < b.count; i++) if (at[i] >= 0 && at[i] < months) firstIn[at[i]] += 1;
  }
  const out = new Float64Array(months);
  let running = 0;
  for (let t = 0; t < months; t++) {
    running += firstIn[t];
    out[t] = n > 0 ? running / n : 0;
  }
  return out;
}

/**
 * Merges batches (in any order, of any split) into bands and probabilities. The result
 * depends only on the set of samples, so the same seed and N give the same summary however
 * the work was divided. Returns null before any batch has arrived.
 */
export function mergeBatches(batches: readonly SampleBatch[]): UncertaintySummary | null {
  const live = batches.filter((b) => b.count > 0);
  if (live.length === 0) return null;
  const { months, startMonth } = live[0];
  for (const b of live) {
    if (b.months !== months || b.startMonth !== startMonth)
      throw new Error('mergeBatches: batches of different horizons');
  }
  const n = live.reduce((s, b) => s + b.count, 0);
  const pInsolventBy = cumulativeShare(live, (b) => b.insolvency, n, months);

  const firstYear = Math.floor(startMonth / 12);
  const lastYear = Math.floor((startMonth + months - 1) / 12);
  const insolvencyByYear: YearBin[] = [];
  for (let y = firstYear; y <= lastYear; y++) insolvencyByYear.push({ year: y, count: 0, share: 0 });
  let never = 0;
  const cum = new Float64Array(n);
  let k = 0;
  for (const b of live) {
    for (let i = 0; i < b.count; i++) {
      const t = b.insolvency[i];
      if (t < 0) never++;
      else insolvencyByYear[Math.floor((startMonth + t) / 12) - firstYear].count++;
      cum[k++] = b.cumulativeBurnUsdB[i];
    }
  }
  for (const bin of insolvencyByYear) bin.share = bin.count / n;
  cum.sort();

  return {
    samples: n,
    months,
    startMonth,
    cashUsdB: bandsOf(live, (b) => b.cashUsdB, n, months),
    burnUsdB: bandsOf(live, (b) => b.burnUsdB, n, months),
    pInsolventBy,
    insolvencyByYear,
    neverInsolvent: { count: never, share: never / n },
    pBreakevenBy: cumulativeShare(live, (b) => b.breakeven, n, months),
    cumulativeBurnUsdB: Object.fromEntries(
      PERCENTILES.map((p) => [`p${p}`, percentileSorted(cum, p)]),
    ) as UncertaintySummary['cumulativeBurnUsdB'],
  };
}
