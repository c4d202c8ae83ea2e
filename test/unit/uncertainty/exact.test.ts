/**
 * Hand-computed, engine-free fixtures of src/engine/uncertainty: the merge of hand-made batches,
 * the link's seed and N, the metrics on a hand-made result, the ranges of hand-made levers, the
 * inverse CDFs, the hash's golden values and goal-seek on a response with a known threshold.
 * Each expectation is worked out in the comment beside it, not by the code's own formula.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, LEVER_BY_ID, type Lever, type ParamValues, type Params } from '../../../src/registry';
import type { ScenarioResult } from '../../../src/engine/types';
import {
  checkRange,
  checkSpec,
  drawFrom,
  effectiveRanges,
  goalSeek,
  inverseCdf,
  isNever,
  meetsGoal,
  mergeBatches,
  metricLabel,
  metricValue,
  mix32,
  parseSamples,
  parseSeed,
  percentileSorted,
  probit,
  streamKey,
  uniformAt,
  type EffectiveRange,
  type SampleBatch,
} from '../../../src/engine/uncertainty';
import {
  drawnConditionalMoney,
  monteCarloFundingBasis,
  newFundingLeverIds,
  withoutNewFunding,
} from '../../../src/engine/uncertainty/fundingBasis';

const NOV_2025 = 2025 * 12 + 10;

/** A batch of hand-written rows (cash, burn: one row of `months` values per sample). */
function batch(
  from: number,
  cash: number[][],
  burn: number[][],
  insolvency: number[],
  breakeven: number[],
  cumulative: number[],
  months = 3,
  startMonth = NOV_2025,
): SampleBatch {
  return {
    seed: 1,
    from,
    count: cash.length,
    months,
    startMonth,
    cashUsdB: Float32Array.from(cash.flat()),
    burnUsdB: Float32Array.from(burn.flat()),
    insolvency: Int32Array.from(insolvency),
    breakeven: Int32Array.from(breakeven),
    cumulativeBurnUsdB: Float64Array.from(cumulative),
  };
}

// Four samples, three months from Nov 2025. Month 0's cash column is 7, 1, 10, 4 (sorted 1, 4, 7, 10).
const CASH = [
  [7, 8, 9],
  [1, 2, 3],
  [10, 11, 12],
  [4, 5, 6],
];
const BURN = [
  [2, 2, 2],
  [3, 3, 3],
  [1, 1, 1],
  [4, 4, 4],
];
// never, Nov 2025, Jan 2026, Dec 2025
const INSOLVENCY = [-1, 0, 2, 1];
// Jan 2026, never, past the horizon (ignored), Nov 2025
const BREAKEVEN = [2, -1, 5, 0];
const CUMULATIVE = [3, 1, 4, 2];

describe('mergeBatches on hand-made batches', () => {
  const whole = () => mergeBatches([batch(0, CASH, BURN, INSOLVENCY, BREAKEVEN, CUMULATIVE)])!;

  it('percentile bands interpolate between ranks per month (R type 7)', () => {
    const s = whole();
    expect([s.samples, s.months, s.startMonth]).toEqual([4, 3, NOV_2025]);
    // n = 4: h = 3p/100. p10: h 0.3 → 1 + 0.3·3 = 1.9; p25: h 0.75 → 1 + 0.75·3 = 3.25;
    // p50: h 1.5 → 4 + 0.5·3 = 5.5; p75: h 2.25 → 7 + 0.25·3 = 7.75; p90: h 2.7 → 7 + 0.7·3 = 9.1
    const at0 = [s.cashUsdB.p10[0], s.cashUsdB.p25[0], s.cashUsdB.p50[0], s.cashUsdB.p75[0], s.cashUsdB.p90[0]];
    [1.9, 3.25, 5.5, 7.75, 9.1].forEach((v, i) => expect(at0[i]).toBeCloseTo(v, 12));
    // month 2: 3, 6, 9, 12 → p50 = 6 + 0.5·3 = 7.5, p90 = 9 + 0.7·3 = 11.1
    expect(s.cashUsdB.p50[2]).toBeCloseTo(7.5, 12);
    expect(s.cashUsdB.p90[2]).toBeCloseTo(11.1, 12);
    // burn 1, 2, 3, 4 every month: p10 = 1.3, p50 = 2.5, p90 = 3.7
    for (let t = 0; t < 3; t++) {
      expect(s.burnUsdB.p10[t]).toBeCloseTo(1.3, 12);
      expect(s.burnUsdB.p25[t]).toBeCloseTo(1.75, 12);
      expect(s.burnUsdB.p50[t]).toBeCloseTo(2.5, 12);
      expect(s.burnUsdB.p75[t]).toBeCloseTo(3.25, 12);
      expect(s.burnUsdB.p90[t]).toBeCloseTo(3.7, 12);
    }
    // cumulative burn 3, 1, 4, 2 → sorted 1, 2, 3, 4: the same five percentiles
    expect(s.cumulativeBurnUsdB.p10).toBeCloseTo(1.3, 12);
    expect(s.cumulativeBurnUsdB.p25).toBeCloseTo(1.75, 12);
    expect(s.cumulativeBurnUsdB.p50).toBeCloseTo(2.5, 12);
    expect(s.cumulativeBurnUsdB.p75).toBeCloseTo(3.25, 12);
    expect(s.cumulativeBurnUsdB.p90).toBeCloseTo(3.7, 12);
  });

  it('counts first months of negative cash by month and by calendar year', () => {
    const s = whole();
    // one sample by Nov 2025, two by Dec, three by Jan 2026; one never
    expect(Array.from(s.pInsolventBy)).toEqual([0.25, 0.5, 0.75]);
    expect(s.insolvencyByYear).toEqual([
      { year: 2025, count: 2, share: 0.5 },
      { year: 2026, count: 1, share: 0.25 },
    ]);
    expect(s.neverInsolvent).toEqual({ count: 1, share: 0.25 });
    // breakeven: one in Nov 2025, one in Jan 2026; month 5 lies past the horizon and a −1 never comes
    expect(Array.from(s.pBreakevenBy)).toEqual([0.25, 0.25, 0.5]);
  });

  it('gives the same summary from two batches in either order, skipping empty ones', () => {
    const a = batch(0, CASH.slice(0, 2), BURN.slice(0, 2), INSOLVENCY.slice(0, 2), BREAKEVEN.slice(0, 2), [3, 1]);
    const b = batch(2, CASH.slice(2), BURN.slice(2), INSOLVENCY.slice(2), BREAKEVEN.slice(2), [4, 2]);
    const empty = batch(4, [], [], [], [], [], 7, 0);
    const s = mergeBatches([empty, b, a])!;
    expect(s).toEqual(whole());
    expect(s.cashUsdB.p25[1]).toBeCloseTo(2 + 0.75 * 3, 12);
  });

  it('is null before any sample, and refuses batches of different horizons', () => {
    expect(mergeBatches([])).toBeNull();
    expect(mergeBatches([batch(0, [], [], [], [], [])])).toBeNull();
    const a = batch(0, [[1, 2, 3]], [[1, 1, 1]], [-1], [-1], [3]);
    const longer = batch(1, [[1, 2, 3, 4]], [[1, 1, 1, 1]], [-1], [-1], [4], 4);
    const later = batch(1, [[1, 2, 3]], [[1, 1, 1]], [-1], [-1], [3], 3, NOV_2025 + 1);
    expect(() => mergeBatches([a, longer])).toThrow('mergeBatches: batches of different horizons');
    expect(() => mergeBatches([a, later])).toThrow('mergeBatches: batches of different horizons');
  });

  it('bins a year per calendar year of the horizon, empty years included', () => {
    // 14 months from Nov 2025 reach Dec 2026: years 2025 and 2026; one sample insolvent in Dec 2026
    const cash = [Array.from({ length: 14 }, (_, t) => 13 - t)];
    const s = mergeBatches([batch(0, cash, [new Array(14).fill(1)], [13], [-1], [14], 14)])!;
    expect(s.insolvencyByYear).toEqual([
      { year: 2025, count: 0, share: 0 },
      { year: 2026, count: 1, share: 1 },
    ]);
    expect(s.pInsolventBy[12]).toBe(0);
    expect(s.pInsolventBy[13]).toBe(1);
    expect(s.neverInsolvent).toEqual({ count: 0, share: 0 });
  });

  it('percentileSorted: NaN for no values, the value itself for one', () => {
    expect(percentileSorted([], 50)).toBeNaN();
    expect(percentileSorted([5], 90)).toBe(5);
    expect(percentileSorted([5], 0)).toBe(5);
    // h = 0.9 · 1 = 0.9 → 0 + 0.9 · 10
    expect(percentileSorted([0, 10], 90)).toBeCloseTo(9, 12);
    expect(percentileSorted([0, 10], 100)).toBe(10);
  });
});

describe('percentilesInPlace on hand-made arrays', () => {
  it('selects ranks above 600 values (the Floyd–Rivest step) as sorting would', async () => {
    const { percentilesInPlace } = await import('../../../src/engine/uncertainty/merge');
    // 0 … 999 in a scrambled order (i · 337 mod 1000, 337 coprime to 1000)
    const a = Float64Array.from({ length: 1000 }, (_, i) => (i * 337) % 1000);
    const out = new Float64Array(5);
    percentilesInPlace(a, [10, 25, 50, 75, 90], out);
    // h = 999p/100: 99.9, 249.75, 499.5, 749.25, 899.1 — the value at rank h is h itself
    [99.9, 249.75, 499.5, 749.25, 899.1].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 9));
  });

  it('reads rank ⌊h⌋ + 1 as the least value above rank ⌊h⌋ when ranks repeat', async () => {
    const { percentilesInPlace } = await import('../../../src/engine/uncertainty/merge');
    // sorted: 1 2 3 4 5; p10 h 0.4 → 1.4, p12 h 0.48 → 1.48, p90 h 3.6 → 4.6, p100 h 4 → 5
    const out = new Float64Array(4);
    percentilesInPlace(Float64Array.from([5, 3, 1, 4, 2]), [10, 12, 90, 100], out);
    [1.4, 1.48, 4.6, 5].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 12));
    // p10 and p12 share rank 0, and no later rank is selected: after selecting rank 0 of 1 5 2 4 3
    // the array reads 1 5 2 4 3, so rank 1 (2) must be searched for, not read at index 1 (5)
    const shared = new Float64Array(2);
    percentilesInPlace(Float64Array.from([1, 5, 2, 4, 3]), [10, 12], shared);
    [1.4, 1.48].forEach((v, i) => expect(shared[i]).toBeCloseTo(v, 12));
    // one value: every percentile is that value
    const one = new Float64Array(2);
    percentilesInPlace(Float64Array.from([7]), [10, 90], one);
    expect(Array.from(one)).toEqual([7, 7]);
  });
});

describe('seed and N, field by field', () => {
  it('parseSeed: missing, whole numbers 0–4294967295, refusals with the text given', () => {
    expect(parseSeed(null)).toEqual({ status: 'missing' });
    expect(parseSeed(undefined)).toEqual({ status: 'missing' });
    expect(parseSeed('')).toEqual({ status: 'missing' });
    expect(parseSeed(' 42 ')).toEqual({ status: 'valid', value: 42 });
    expect(parseSeed('0')).toEqual({ status: 'valid', value: 0 });
    expect(parseSeed('4294967295')).toEqual({ status: 'valid', value: 4294967295 });
    expect(parseSeed('4294967296')).toEqual({ status: 'invalid', given: '4294967296', reason: 'outside 0–4294967295' });
    expect(parseSeed('4.2')).toEqual({ status: 'invalid', given: '4.2', reason: 'not a whole number' });
    expect(parseSeed('x7')).toEqual({ status: 'invalid', given: 'x7', reason: 'not a whole number' });
    expect(parseSeed('7x')).toEqual({ status: 'invalid', given: '7x', reason: 'not a whole number' });
    expect(parseSeed('-1')).toEqual({ status: 'invalid', given: '-1', reason: 'not a whole number' });
  });

  it('parseSamples: 100–20000 inclusive', () => {
    expect(parseSamples('100')).toEqual({ status: 'valid', value: 100 });
    expect(parseSamples('20000')).toEqual({ status: 'valid', value: 20000 });
    expect(parseSamples('99')).toEqual({ status: 'invalid', given: '99', reason: 'outside 100–20000' });
    expect(parseSamples('20001')).toEqual({ status: 'invalid', given: '20001', reason: 'outside 100–20000' });
  });

  it('checkSpec: the whole message, at each bound', () => {
    const seedMsg = 'seed must be a whole number 0–4294967295';
    const nMsg = 'samples must be a whole number 100–20000';
    expect(checkSpec({ seed: 0, samples: 100 })).toBeNull();
    expect(checkSpec({ seed: 4294967295, samples: 20000 })).toBeNull();
    expect(checkSpec({ seed: -1, samples: 100 })).toBe(seedMsg);
    expect(checkSpec({ seed: 4294967296, samples: 100 })).toBe(seedMsg);
    expect(checkSpec({ seed: 0.5, samples: 100 })).toBe(seedMsg);
    expect(checkSpec({ seed: 1, samples: 99 })).toBe(nMsg);
    expect(checkSpec({ seed: 1, samples: 20001 })).toBe(nMsg);
    expect(checkSpec({ seed: 1, samples: 150.5 })).toBe(nMsg);
  });
});

/** A hand-made result: only the fields the metrics read. */
function result(s: { insolvencyMonth: number | null; endMonth?: number; nowMonth?: number }, burn: number[] = []) {
  return {
    startMonth: 2025 * 12,
    months: burn.length,
    summary: { endMonth: 2030 * 12 + 11, nowMonth: 2026 * 12 + 10, ...s },
    monthly: { burnUsdB: Float64Array.from(burn) },
  } as unknown as ScenarioResult;
}

describe('tornado metrics on a hand-made result', () => {
  it('months of cash from now; never = one month past the end, flagged', () => {
    // insolvent in Mar 2028: 16 months after Nov 2026
    const r = result({ insolvencyMonth: 2028 * 12 + 2 });
    expect(metricValue(r, { kind: 'insolvency' })).toBe(16);
    expect(isNever(r, { kind: 'insolvency' }, 16)).toBe(false);
    // solvent to Dec 2030: Dec 2030 − Nov 2026 = 49 months, + 1
    const solvent = result({ insolvencyMonth: null });
    expect(metricValue(solvent, { kind: 'insolvency' })).toBe(50);
    expect(isNever(solvent, { kind: 'insolvency' }, 50)).toBe(true);
    expect(isNever(solvent, { kind: 'insolvency' }, 49)).toBe(false);
    expect(isNever(solvent, { kind: 'cumBurn', throughYear: 2030 }, 50)).toBe(false);
  });

  it('cumulative burn sums the months from the start through December of the year, within the horizon', () => {
    // 30 months from Jan 2025, burn 1, 2, …, 30
    const r = result(
      { insolvencyMonth: null },
      Array.from({ length: 30 }, (_, t) => t + 1),
    );
    expect(metricValue(r, { kind: 'cumBurn', throughYear: 2025 })).toBe(78); // 1 + … + 12
    expect(metricValue(r, { kind: 'cumBurn', throughYear: 2026 })).toBe(300); // 1 + … + 24
    expect(metricValue(r, { kind: 'cumBurn', throughYear: 2030 })).toBe(465); // all 30
    expect(metricValue(r, { kind: 'cumBurn', throughYear: 2024 })).toBe(0);
  });

  it('labels', () => {
    expect(metricLabel({ kind: 'insolvency' })).toBe('Months of cash from now');
    expect(metricLabel({ kind: 'cumBurn', throughYear: 2027 })).toBe('Cumulative burn through 2027, $B');
  });
});

describe('funding basis on the default events', () => {
  const p = defaultParams();
  const amazon = 'amazon-2026-conditional';

  it('new money: the next round, the hypothetical IPO, Amazon’s conditional row and its probability', () => {
    // the next raise is modelled by funding3UsdB, so its own row is not listed
    expect(newFundingLeverIds(p)).toEqual([
      'funding3UsdB',
      'ipo-hypothetical.on',
      `${amazon}.on`,
      `${amazon}.probability`,
    ]);
    // NVIDIA's first tranche made conditional joins (it has no probability of its own); made closed, Amazon leaves
    const q = { ...p, 'nvidia-2026-t1.status': 2, [`${amazon}.status`]: 0 } as Params;
    expect(newFundingLeverIds(q)).toEqual(['funding3UsdB', 'nvidia-2026-t1.on', 'ipo-hypothetical.on']);
    const none = withoutNewFunding(q);
    expect(none['nvidia-2026-t1.on' as never]).toBe(0);
    expect(none[`${amazon}.probability` as never]).toBe(0.6);
  });

  it('draws Amazon’s $35B at 60% while it is off, and not once it is switched on or has no chance', () => {
    expect(drawnConditionalMoney(p)).toEqual([{ label: 'Amazon $35B (if IPO/milestone)', usdB: 35, probability: 0.6 }]);
    expect(drawnConditionalMoney({ ...p, [`${amazon}.on`]: 0.49 } as Params)).toHaveLength(1);
    expect(drawnConditionalMoney({ ...p, [`${amazon}.on`]: 0.5 } as Params)).toEqual([]);
    expect(drawnConditionalMoney({ ...p, [`${amazon}.probability`]: 0 } as Params)).toEqual([]);
    expect(drawnConditionalMoney({ ...p, [`${amazon}.usdB`]: 0 } as Params)).toEqual([]);
    expect(drawnConditionalMoney({ ...p, [`${amazon}.status`]: 3 } as Params)).toEqual([]);
  });

  it('only funding rows count: a conditional capacity row, a modelled row or a row without a probability is not drawn', () => {
    const q = {
      ...p,
      // a contract made conditional, with a probability lever set
      'coreweave-2025-03.status': 2,
      'coreweave-2025-03.probability': 0.5,
      // the next raise (modelled by funding3UsdB) made conditional
      'next-round-hypothetical.status': 2,
      'next-round-hypothetical.probability': 0.5,
      // NVIDIA's tranche made conditional: data/events.json gives it no probability
      'nvidia-2026-t1.status': 2,
      'nvidia-2026-t1.probability': 0.5,
    } as Params;
    expect(newFundingLeverIds(q)).toEqual([
      'funding3UsdB',
      'nvidia-2026-t1.on',
      'ipo-hypothetical.on',
      `${amazon}.on`,
      `${amazon}.probability`,
    ]);
    expect(drawnConditionalMoney(q).map((d) => d.label)).toEqual(['Amazon $35B (if IPO/milestone)']);
    expect(
      effectiveRanges(q)
        .filter((r) => r.dist === 'bernoulli')
        .map((r) => r.leverId),
    ).toEqual([`${amazon}.on`]);
  });

  it('says the basis in words, the amount to one decimal and the chance in whole percent', () => {
    const q = { ...p, [`${amazon}.usdB`]: 12.345, [`${amazon}.probability`]: 0.375 } as Params;
    expect(monteCarloFundingBasis(q, false)).toBe(
      'counting conditional money with its probability (Amazon $35B (if IPO/milestone), $12.3B at 38%)',
    );
    expect(monteCarloFundingBasis({ ...p, [`${amazon}.on`]: 1 } as Params, false)).toBe(
      'with the funding the scenario counts (no conditional money to draw)',
    );
    expect(monteCarloFundingBasis(p, true)).toBe('with no new funding (closed and committed money only)');
  });
});

describe('ranges, reason by reason', () => {
  const mfu = LEVER_BY_ID.get('mfu')!; // 0.01–0.6
  const slip = LEVER_BY_ID.get('chipSlipMonths')!; // 0–48 months

  it('checkRange names what is wrong', () => {
    expect(checkRange(LEVER_BY_ID.get('horizonMonths')!, { low: 40, high: 50, dist: 'uniform' })).toBe(
      `${LEVER_BY_ID.get('horizonMonths')!.label} is not drawn in a Monte Carlo run`,
    );
    expect(checkRange(mfu, { low: NaN, high: 0.2, dist: 'uniform' })).toBe('low and high must be numbers');
    expect(checkRange(mfu, { low: 0.1, high: Infinity, dist: 'uniform' })).toBe('low and high must be numbers');
    expect(checkRange(mfu, { low: 0.2, high: 0.1, dist: 'uniform' })).toBe('low must not exceed high');
    expect(checkRange(mfu, { low: 0.2, high: 0.2, dist: 'uniform' })).toBeNull();
    expect(checkRange(mfu, { low: 0.005, high: 0.2, dist: 'uniform' })).toBe('must lie within 0.01–0.6');
    expect(checkRange(mfu, { low: 0.1, high: 0.61, dist: 'uniform' })).toBe('must lie within 0.01–0.6');
    expect(checkRange(mfu, { low: 0.01, high: 0.6, dist: 'triangular' })).toBeNull();
    expect(checkRange(mfu, { low: 0.1, high: 0.2, dist: 'beta' as never })).toBe('unknown distribution "beta"');
    expect(checkRange(slip, { low: 0, high: 6, dist: 'lognormal' })).toBe('a lognormal range needs low > 0');
    expect(checkRange(slip, { low: 0, high: 6, dist: 'uniform' })).toBeNull();
  });

  /** A lever of one's own: the real pue lever's fields with these changed. */
  const lever = (o: Partial<Lever>): Lever => ({ ...LEVER_BY_ID.get('pue')!, ...o });
  const one = (l: Lever, value: number | undefined, overrides = {}) =>
    effectiveRanges((value === undefined ? {} : { [l.id]: value }) as Params, overrides, [l]);

  it('scales a sourced lognormal range by value / default, clipped to the lever', () => {
    const l = lever({ default: 2, min: 0, max: 5, range: { low: 1, high: 4, dist: 'lognormal' } });
    // value 3 = 1.5 × default: 1.5–6, the high clipped to 5, mode 3
    expect(one(l, 3)).toEqual([
      {
        leverId: 'pue',
        low: 1.5,
        high: 5,
        dist: 'lognormal',
        mode: 3,
        origin: 'registry',
        stream: 114583065,
        min: 0,
        max: 5,
        whole: false,
      },
    ]);
    // at the default: exactly the registry range
    expect(one(l, undefined)[0]).toMatchObject({ low: 1, high: 4, mode: 2 });
  });

  it('shifts a lognormal at 0 instead, and lifts a low at or below 0 to the least positive value', () => {
    const l = lever({ default: 2, min: -10, max: 10, range: { low: 1, high: 4, dist: 'lognormal' } });
    // value 0: shifted by −2 → −1–2; −1 ≤ 0 → low = min(2, max(−10, ε)) = ε; mode clamp(0, ε, 2) = ε
    expect(one(l, 0)[0]).toMatchObject({ low: Number.EPSILON, high: 2, mode: Number.EPSILON });
    // a default of 0 shifts too: value −1 → 0–3; a low of exactly 0 is lifted to ε as well
    const zero = lever({ default: 0, min: -10, max: 10, range: { low: 1, high: 4, dist: 'lognormal' } });
    expect(one(zero, -1)[0]).toMatchObject({ low: Number.EPSILON, high: 3, mode: Number.EPSILON });
    expect(one(zero, 1)[0]).toMatchObject({ low: 2, high: 5, mode: 2 });
    // scaled by 0.25 → 0.25–1, the low clipped to the lever's min of 0.5
    const floor = lever({ default: 2, min: 0.5, max: 10, range: { low: 1, high: 4, dist: 'lognormal' } });
    expect(one(floor, 0.5)[0]).toMatchObject({ low: 0.5, high: 1, mode: 0.5 });
    // shifted by −5 → −4 to −3: ε would pass the high, so low = min(high, ε) = −3
    const low = lever({ default: 5, min: -10, max: 10, range: { low: 1, high: 2, dist: 'lognormal' } });
    expect(one(low, 0)[0]).toMatchObject({ low: -3, high: -3, mode: -3 });
  });

  it('shifts uniform and triangular ranges; takes an override as given; keeps whole months whole', () => {
    const l = lever({ default: 10, min: 0, max: 13, range: { low: 8, high: 12, dist: 'uniform' } });
    expect(one(l, 12)[0]).toMatchObject({ low: 10, high: 13, mode: 12, dist: 'uniform', whole: false });
    // a uniform range may reach below 0 (only a lognormal's low is lifted): value 0 → −1–2
    const signed = lever({ default: 2, min: -10, max: 10, range: { low: 1, high: 4, dist: 'uniform' } });
    expect(one(signed, 0)[0]).toMatchObject({ low: -1, high: 2, mode: 0 });
    // an override, even on a moved lever, as given; the mode is the value clipped into it
    expect(one(l, 12, { pue: { low: 9, high: 11, dist: 'triangular' } })[0]).toMatchObject({
      low: 9,
      high: 11,
      mode: 11,
      dist: 'triangular',
      origin: 'override',
    });
    // an override out of the lever's bounds is refused: the registry range
    expect(one(l, 10, { pue: { low: 9, high: 14, dist: 'uniform' } })[0]).toMatchObject({ low: 8, origin: 'registry' });
    // a month lever, or a span in months, is drawn whole
    expect(
      one(
        lever({ kind: 'month', unit: 'month', default: 10, range: { low: 8, high: 12, dist: 'uniform' }, max: 99 }),
        10,
      )[0].whole,
    ).toBe(true);
    expect(
      one(lever({ unit: 'months', default: 10, max: 99, range: { low: 8, high: 12, dist: 'uniform' } }), 10)[0].whole,
    ).toBe(true);
    // no range and no override, or a toggle: not drawn
    expect(one(lever({ range: undefined }), 1.2)).toEqual([]);
    expect(one(lever({ kind: 'toggle', min: 0, max: 1 }), 1)).toEqual([]);
  });

  it('draws a conditional event off in the scenario as a Bernoulli with its probability, last', () => {
    const p = defaultParams();
    const rs = effectiveRanges(p);
    expect(rs[rs.length - 1]).toEqual({
      leverId: 'amazon-2026-conditional.on',
      low: 0,
      high: 1,
      dist: 'bernoulli',
      mode: 0.6,
      origin: 'registry',
      stream: streamKey('amazon-2026-conditional.on'),
      min: 0,
      max: 1,
      whole: true,
    });
    const drawn = (q: ParamValues) => effectiveRanges(q).filter((r) => r.dist === 'bernoulli');
    expect(drawn({ ...p, 'amazon-2026-conditional.probability': 0.25 } as ParamValues)[0].mode).toBe(0.25);
    expect(drawn({ ...p, 'amazon-2026-conditional.on': 0.49 } as ParamValues)).toHaveLength(1);
    expect(drawn({ ...p, 'amazon-2026-conditional.on': 0.5 } as ParamValues)).toEqual([]);
    expect(drawn({ ...p, 'amazon-2026-conditional.status': 1 } as ParamValues)).toEqual([]);
  });
});

describe('inverse CDFs at hand-computed points', () => {
  const r = (o: Partial<EffectiveRange>): EffectiveRange => ({
    leverId: 'pue',
    low: 0,
    high: 10,
    dist: 'uniform',
    mode: 2,
    origin: 'override',
    stream: 1,
    min: -100,
    max: 100,
    whole: false,
    ...o,
  });

  it('uniform, triangular both sides of the mode, Bernoulli, lognormal median, a point range', () => {
    expect(inverseCdf(r({ low: 2, high: 6 }), 0.25)).toBe(3);
    // triangular 0–10, mode 2 (F(mode) = 0.2): u 0.1 → √(0.1·10·2) = √2; u 0.2 → 10 − √(0.8·10·8) = 2;
    // u 0.6 → 10 − √(0.4·10·8) = 10 − √32
    const tri = r({ dist: 'triangular' });
    expect(inverseCdf(tri, 0.1)).toBeCloseTo(Math.SQRT2, 12);
    expect(inverseCdf(tri, 0.2)).toBeCloseTo(2, 12);
    expect(inverseCdf(tri, 0.6)).toBeCloseTo(10 - 4 * Math.SQRT2, 12);
    // the same shape moved to 2–12, mode 4: u 0.1 → 2 + √2; u 0.6 → 12 − √32
    const moved = r({ dist: 'triangular', low: 2, high: 12, mode: 4 });
    expect(inverseCdf(moved, 0.1)).toBeCloseTo(2 + Math.SQRT2, 12);
    expect(inverseCdf(moved, 0.6)).toBeCloseTo(12 - 4 * Math.SQRT2, 12);
    const coin = r({ dist: 'bernoulli', low: 0, high: 1, mode: 0.3 });
    expect([inverseCdf(coin, 0.29), inverseCdf(coin, 0.3), inverseCdf(coin, 0.31)]).toEqual([1, 0, 0]);
    // lognormal e⁻¹–e¹: μ 0, median 1; at u = Φ(1.6448…) = 0.95 → e¹
    const logn = r({ dist: 'lognormal', low: Math.exp(-1), high: Math.E });
    expect(inverseCdf(logn, 0.5)).toBeCloseTo(1, 9);
    expect(inverseCdf(logn, 0.95)).toBeCloseTo(Math.E, 6);
    expect(inverseCdf(logn, 0.05)).toBeCloseTo(Math.exp(-1), 6);
    for (const dist of ['uniform', 'triangular', 'lognormal', 'bernoulli'] as const) {
      expect(inverseCdf(r({ dist, low: 5, high: 5 }), 0.7)).toBe(5);
      expect(inverseCdf(r({ dist, low: 5, high: 4 }), 0.7)).toBe(5);
    }
  });

  it('drawFrom clips to the lever and rounds whole months to the nearest', () => {
    expect(drawFrom(r({ min: 2, max: 8 }), 0.1)).toBe(2);
    expect(drawFrom(r({ min: 2, max: 8 }), 0.9)).toBe(8);
    expect(drawFrom(r({ min: 2, max: 8 }), 0.5)).toBe(5);
    expect(drawFrom(r({ whole: true }), 0.36)).toBe(4);
    expect(drawFrom(r({ whole: true }), 0.34)).toBe(3);
  });
});

describe('random numbers: golden values (an independent implementation in Python)', () => {
  it('mix32, streamKey and uniformAt', () => {
    expect([mix32(0), mix32(1), mix32(0xdeadbeef)]).toEqual([0, 1753845952, 3861431939]);
    expect(streamKey('pue')).toBe(114583065);
    expect(streamKey('')).toBe(1947474976);
    expect(uniformAt(1, 0, 5)).toBe(0.1199196717934683);
    expect(uniformAt(7, 123456, 114583065)).toBe(0.19842291960958391);
    expect(uniformAt(4294967295, 3, 0)).toBe(0.40386060380842537);
  });

  it('probit in the lower tail, the centre and the upper tail (Python’s NormalDist.inv_cdf)', () => {
    expect(probit(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(probit(0.02)).toBeCloseTo(-2.0537489106318225, 8);
    expect(probit(0.3)).toBeCloseTo(-0.5244005127080407, 8);
    expect(probit(0.9)).toBeCloseTo(1.2815515655446008, 8);
    expect(probit(0.98)).toBeCloseTo(2.053748910631822, 8);
    expect(probit(0.99)).toBeCloseTo(2.3263478740408408, 8);
  });
});

describe('goal-seek on a response with a known threshold', () => {
  const params = defaultParams(); // pue 1.2 (lever 1–2, two decimals)
  /** A result with only the summary fields goal-seek reads. */
  const fake = (s: { insolvencyMonth?: number | null; breakevenMonth?: number | null; minCashUsdB?: number }) =>
    ({ summary: { insolvencyMonth: null, breakevenMonth: null, minCashUsdB: 0, ...s } }) as unknown as ScenarioResult;
  /** Solvent when pue (in hundredths) is in [from, to]; minimum cash = −(distance to 1.5)². */
  const band = (from: number, to: number) => (p: Params) => {
    const k = Math.round(p.pue * 100);
    const ok = k >= from && k <= to;
    return fake({ insolvencyMonth: ok ? null : 2027 * 12, minCashUsdB: -((p.pue - 1.5) ** 2) });
  };

  it('meetsGoal: breakeven in or before December of the year', () => {
    const dec2026 = 2026 * 12 + 11;
    const goal = { kind: 'breakevenBy', year: 2026 } as const;
    expect(meetsGoal(fake({ breakevenMonth: dec2026 }), goal)).toBe(true);
    expect(meetsGoal(fake({ breakevenMonth: dec2026 + 1 }), goal)).toBe(false);
    expect(meetsGoal(fake({ breakevenMonth: null }), goal)).toBe(false);
    expect(meetsGoal(fake({ insolvencyMonth: 5 }), { kind: 'solvent' })).toBe(false);
    expect(meetsGoal(fake({ insolvencyMonth: null }), { kind: 'solvent' })).toBe(true);
  });

  it('an unknown lever is refused by name', () => {
    expect(() => goalSeek(params, 'nope', { kind: 'solvent' })).toThrow('goalSeek: unknown lever "nope"');
  });

  it('at least: pue ≥ 1.24 (grid 1.19 | 1.25, then 1.22, 1.23, 1.24)', () => {
    const g = goalSeek(params, 'pue', { kind: 'solvent' }, { evaluate: band(124, 200) });
    expect(g).toEqual({
      status: 'found',
      leverId: 'pue',
      value: 1.24,
      bound: 'atLeast',
      outcome: {
        value: 1.24,
        met: true,
        breakevenMonth: null,
        insolvencyMonth: null,
        minCashUsdB: -((1.24 - 1.5) ** 2),
      },
      current: {
        value: 1.2,
        met: false,
        breakevenMonth: null,
        insolvencyMonth: 2027 * 12,
        minCashUsdB: -((1.2 - 1.5) ** 2),
      },
      monotone: true,
      // the current value, 17 grid points, 3 bisection steps
      evaluations: 21,
    });
  });

  it('at most: pue ≤ 1.5 (grid 1.5 | 1.56, then 1.53, 1.51)', () => {
    const g = goalSeek(params, 'pue', { kind: 'solvent' }, { evaluate: band(100, 150) });
    expect(g).toMatchObject({ status: 'found', value: 1.5, bound: 'atMost', monotone: true, evaluations: 20 });
  });

  it('two flips: the bracket nearest the current value, and not monotone', () => {
    // solvent for 1.31–1.69; flips between grid 1.25|1.31 and 1.69|1.75
    const below = goalSeek(params, 'pue', { kind: 'solvent' }, { evaluate: band(131, 169) });
    expect(below).toMatchObject({ status: 'found', value: 1.31, bound: 'atLeast', monotone: false });
    const above = goalSeek({ ...params, pue: 1.8 }, 'pue', { kind: 'solvent' }, { evaluate: band(131, 169) });
    expect(above).toMatchObject({ status: 'found', value: 1.69, bound: 'atMost', monotone: false });
  });

  it('picks the flip whose bracket’s midpoint is nearest, the lower one on a tie', () => {
    // brackets 1.25|1.31 (midpoint 1.28) and 1.69|1.75 (midpoint 1.72): from 1.47, 0.19 against 0.25
    const near = goalSeek({ ...params, pue: 1.47 }, 'pue', { kind: 'solvent' }, { evaluate: band(131, 169) });
    expect(near).toMatchObject({ value: 1.31, bound: 'atLeast' });
    // from 1.5 both are 0.22 away: the first flip is kept
    const tie = goalSeek({ ...params, pue: 1.5 }, 'pue', { kind: 'solvent' }, { evaluate: band(131, 169) });
    expect(tie).toMatchObject({ value: 1.31, bound: 'atLeast' });
  });

  it('never: a breakeven that comes late is nearer than none', () => {
    // no breakeven up to 1.5; above it breakeven (2 − pue)·100 months after Jan 2027
    const evaluate = (p: Params) =>
      fake({ breakevenMonth: p.pue <= 1.5 ? null : 2026 * 12 + 12 + Math.round((2 - p.pue) * 100) });
    const g = goalSeek(params, 'pue', { kind: 'breakevenBy', year: 2026 }, { evaluate });
    expect(g).toMatchObject({ status: 'never', closest: { value: 2, breakevenMonth: 2026 * 12 + 12 } });
  });

  it('never: the nearest grid point, the first of equals', () => {
    // never solvent; minimum cash −(pue − 1.5)² peaks at the grid's 1.5
    const never = goalSeek(params, 'pue', { kind: 'solvent' }, { evaluate: band(300, 300) });
    expect(never).toMatchObject({
      status: 'never',
      atMin: { value: 1, met: false },
      atMax: { value: 2, met: false },
      closest: { value: 1.5 },
      evaluations: 18,
    });
    // no breakeven anywhere: every grid point is −∞ near, and the first (the lever's min) is kept
    const flat = goalSeek(params, 'pue', { kind: 'breakevenBy', year: 2026 }, { evaluate: () => fake({}) });
    expect(flat).toMatchObject({ status: 'never', closest: { value: 1 } });
    // breakeven (2 − pue)·100 months after Jan 2027: the lever's max, 2, is nearest (one month late)
    const late = goalSeek(
      params,
      'pue',
      { kind: 'breakevenBy', year: 2026 },
      { evaluate: (p) => fake({ breakevenMonth: 2026 * 12 + 12 + Math.round((2 - p.pue) * 100) }) },
    );
    expect(late).toMatchObject({ status: 'never', closest: { value: 2, breakevenMonth: 2026 * 12 + 12 } });
  });

  it('always: both ends and the grid meet it; two grid points at the least', () => {
    const always = goalSeek(params, 'pue', { kind: 'solvent' }, { evaluate: band(100, 200), gridPoints: 1 });
    expect(always).toEqual({
      status: 'always',
      leverId: 'pue',
      current: { value: 1.2, met: true, breakevenMonth: null, insolvencyMonth: null, minCashUsdB: -((1.2 - 1.5) ** 2) },
      atMin: { value: 1, met: true, breakevenMonth: null, insolvencyMonth: null, minCashUsdB: -0.25 },
      atMax: { value: 2, met: true, breakevenMonth: null, insolvencyMonth: null, minCashUsdB: -0.25 },
      evaluations: 3,
    });
  });
});
