import { describe, expect, it } from 'vitest';
import type { ScenarioResult, SeriesName } from '../../../src/engine/types';
import { explainEffect, SMALL_SHARE, type WhyOutput } from '../../../src/engine/why';
import { defaultParams, type LeverId, type ParamValues } from '../../../src/registry';
import { START_MONTH } from '../../../src/registry/month';
import { makeResult } from '../charts/fixture';

/**
 * explainEffect over hand-made runs (test/unit/charts/fixture.ts): 24 months, Jan 2025 – Dec 2026,
 * cash 19 − t, cash out in Aug 2026 (month 19), the lowest cash in Dec 2026 (month 23). Each
 * sentence is worked out from the two runs by hand.
 */
const p = defaultParams();
const set = (change: Record<string, number>) => ({ ...p, ...change }) as ParamValues;
type Over = Partial<Record<SeriesName, (t: number) => number>>;
const base: Over = { revenueUsdB: () => 1 };
const run = (over: Over = {}, summary: Partial<ScenarioResult['summary']> = {}): ScenarioResult => {
  const r = makeResult(24, { ...base, ...over });
  return { ...r, summary: { ...r.summary, ...summary } };
};
const noRun = () => {
  throw new Error('a change that needs no sentence is not run');
};

function why(args: {
  changed?: ParamValues;
  refRun?: ScenarioResult;
  run: ScenarioResult | (() => ScenarioResult);
  leverIds: string[];
  output?: WhyOutput;
  delta: number;
  referenceValue?: number;
}) {
  return explainEffect({
    ref: p,
    refRun: args.refRun ?? run(),
    changed: args.changed ?? p,
    run: args.run,
    leverIds: args.leverIds as LeverId[],
    output: args.output ?? 'minCash',
    delta: args.delta,
    referenceValue: args.referenceValue ?? 100,
  });
}
const cheaper = set({ electricityUsdPerKwh: p.electricityUsdPerKwh / 2 });

describe('when a change needs a sentence', () => {
  it('none when it moves the output by 1% or more the expected way; the changed run is then not made', () => {
    expect(SMALL_SHARE).toBe(0.01);
    expect(why({ changed: cheaper, run: noRun, leverIds: ['electricityUsdPerKwh'], delta: 1 })).toBeNull();
    // burn and exposure: less is better
    expect(
      why({ changed: cheaper, run: noRun, leverIds: ['electricityUsdPerKwh'], output: 'burn', delta: -1 }),
    ).toBeNull();
    expect(
      why({ changed: cheaper, run: noRun, leverIds: ['electricityUsdPerKwh'], output: 'exposure', delta: -1 }),
    ).toBeNull();
  });
  it('none for a move of 1% or more against no direction: a lever outside the tables, or levers moved both ways', () => {
    const q = set({ queryGrowthPct: p.queryGrowthPct + 10 });
    expect(why({ changed: q, run: noRun, leverIds: ['queryGrowthPct'], delta: -1 })).toBeNull();
    // cheaper electricity (+) and a higher PUE (−): mixed
    const mixed = { ...cheaper, pue: p.pue + 0.2 } as ParamValues;
    expect(why({ changed: mixed, run: noRun, leverIds: ['electricityUsdPerKwh', 'pue'], delta: -1 })).toBeNull();
    // a lever of the set left as it was does not count
    expect(why({ changed: cheaper, run: noRun, leverIds: ['electricityUsdPerKwh', 'pue'], delta: 1 })).toBeNull();
  });
  it('a move under 1% of the reference is small: 0.99 of 100 is, 1 is not; of a reference of 0, any move but 0', () => {
    const same = run();
    expect(why({ changed: cheaper, run: same, leverIds: ['electricityUsdPerKwh'], delta: 0.99 })?.kind).toBe('small');
    expect(why({ changed: cheaper, run: same, leverIds: ['electricityUsdPerKwh'], delta: -0.99 })?.kind).toBe('small');
    expect(
      why({ changed: cheaper, run: noRun, leverIds: ['electricityUsdPerKwh'], delta: 1e-6, referenceValue: 0 }),
    ).toBeNull();
    expect(
      why({ changed: cheaper, run: same, leverIds: ['electricityUsdPerKwh'], delta: 0, referenceValue: 0 })?.kind,
    ).toBe('small');
  });
  it('against the tables: cheaper electricity lowering minimum cash, or raising burn', () => {
    const dearer = run({ electricityUsdB: () => 0.5 });
    const sentence =
      'Against the expected direction: through Dec 2026, electricity +$12B outweighs the rest (electricity +$12B); net −$12B on cash.';
    expect(why({ changed: cheaper, run: dearer, leverIds: ['electricityUsdPerKwh'], delta: -1 })).toEqual({
      kind: 'against',
      sentence,
    });
    expect(
      why({ changed: cheaper, run: () => dearer, leverIds: ['electricityUsdPerKwh'], output: 'burn', delta: 1 }),
    ).toEqual({ kind: 'against', sentence });
  });
});

describe('what absorbed it, when no cash line moves', () => {
  it('what the capacity delivers, with the same options either way', () => {
    const options = [{ id: 'amd-options', exercisedGw: 1, sizeGw: 5 }];
    const ref = { ...run(), options };
    const moved = {
      ...run({ idleMw: () => 50, researchH100e: () => 1, trainingH100e: () => 2, fleetMw: () => 9 }),
      options,
    };
    expect(why({ refRun: ref, run: moved, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'It changes what the capacity delivers (idle capacity, compute for research, compute for training), not what is paid: binding capacity is paid as signed, and the option policy exercises the same options either way (AMD +5 GW (option) 1.0 of 5.0 GW).',
    );
  });
  it('what the capacity delivers, with other options exercised', () => {
    const ref = { ...run(), options: [{ id: 'amd-options', exercisedGw: 1, sizeGw: 5 }] };
    const none = { ...run({ idleMw: () => 50 }), options: [{ id: 'amd-options', exercisedGw: 0, sizeGw: 5 }] };
    expect(why({ refRun: ref, run: none, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'It changes what the capacity delivers (idle capacity), not what is paid: binding capacity is paid as signed, and the options exercised change (AMD +5 GW (option) 1.0 of 5.0 GW → no option is exercised) but not what is paid.',
    );
    const other = { ...run({ idleMw: () => 50 }), options: [{ id: 'x-row', exercisedGw: 1, sizeGw: 5 }] };
    expect(why({ refRun: run(), run: other, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'It changes what the capacity delivers (idle capacity), not what is paid: binding capacity is paid as signed, and the options exercised change (there are no options → x-row 1.0 of 5.0 GW) but not what is paid.',
    );
  });
  it('a row switched off in the run', () => {
    const off = set({ 'aws-2025-11.on': 0 });
    expect(why({ changed: off, run: run(), leverIds: ['aws-2025-11.usdB'], delta: 0 })?.sentence).toBe(
      '“AWS $38B: counted” is off in this run, so nothing it holds moves cash here (the Monte Carlo still draws a conditional row with its probability).',
    );
  });
  it('only non-cash series: by name when they have one, else by key', () => {
    const take = run({ msTakeUsdB: () => 1, msStakePct: () => 31 });
    expect(why({ run: take, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      "It moves Microsoft's take and Microsoft's stake only; no cash line of OpenAI's moves.",
    );
    const raw = run({ whPerQueryGpu: () => 1, queriesPerDayB: () => 3 });
    expect(why({ run: raw, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      "It moves queriesPerDayB, whPerQueryGpu only; no cash line of OpenAI's moves.",
    );
  });
  it("Microsoft's revenue share at its cap either way", () => {
    // $0.1B a month: $2.4B by Dec 2026
    const q = set({ msRevShareCapUsdB: 2.4 });
    expect(why({ changed: q, run: run(), leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(
      "Microsoft's revenue share reaches its $2.4B cap in Dec 2026 either way, and nothing is paid after that.",
    );
  });
  it('a month after the horizon', () => {
    const q = set({ funding3UsdB: 10, funding3Month: START_MONTH + 30 });
    expect(why({ changed: q, run: run(), leverIds: ['funding3Month'], delta: 0 })?.sentence).toBe(
      'It lands after the horizon ends (Dec 2026), so nothing inside it moves.',
    );
    // in its last month it is inside
    const last = set({ funding3UsdB: 10, funding3Month: START_MONTH + 23 });
    expect(why({ changed: last, run: run(), leverIds: ['funding3Month'], delta: 0 })?.sentence).toBe(
      'Nothing in this run reads it: no cash line, no capacity and no per-query figure moves (there are no options).',
    );
  });
  it('nothing reads it', () => {
    const exercised = { ...run(), options: [{ id: 'amd-options', exercisedGw: 0, sizeGw: 5 }] };
    expect(why({ run: exercised, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'Nothing in this run reads it: no cash line, no capacity and no per-query figure moves (no option is exercised).',
    );
  });
});

describe('what absorbed it, when cash moves', () => {
  it("the revenue share's cap reached either way, sooner or at the same month", () => {
    const q = set({ msRevShareCapUsdB: 2.4 });
    // $0.2B a month for a year: $2.4B by Dec 2025 instead of Dec 2026; cash moves, the total paid not
    const sooner = run({ msRevShareUsdB: (t) => (t < 12 ? 0.2 : 0), cashUsdB: (t) => 19 - t + (t === 5 ? 1 : 0) });
    expect(why({ changed: q, run: sooner, leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(
      "The $2.4B cap on Microsoft's revenue share is reached in Dec 2025 (Dec 2026 before) either way, so the total paid does not change.",
    );
    const shifted = run({
      msRevShareUsdB: (t) => (t === 0 ? 0.05 : t === 1 ? 0.15 : 0.1),
      cashUsdB: (t) => 19 - t + (t === 5 ? 1 : 0),
    });
    expect(why({ changed: q, run: shifted, leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(
      "The $2.4B cap on Microsoft's revenue share is reached in Dec 2026 either way, so the total paid does not change.",
    );
  });
  it('cash moves only in between: Jun–Sep 2025 by up to $2B', () => {
    const between = run({ cashUsdB: (t) => 19 - t + (t >= 5 && t <= 8 ? 2 - (t === 6 ? 1 : 0) : 0) });
    expect(why({ run: between, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'It moves cash only in Jun 2025–Sep 2025 (by up to $2.0B); by Dec 2026, where the output is read, the two runs agree.',
    );
  });
  it('the lowest cash, or the month cash runs out, before the change first moves cash', () => {
    const late = run({ cashUsdB: (t) => 19 - t + (t >= 21 ? 1 : 0) });
    const refRun = run({}, { minCashMonth: START_MONTH + 10 });
    expect(why({ refRun, run: late, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'The lowest cash comes in Nov 2025, before this change first moves cash (Oct 2026).',
    );
    expect(why({ refRun, run: late, leverIds: ['queryGrowthPct'], output: 'insolvency', delta: 0 })?.sentence).toBe(
      'Cash runs out in Aug 2026 either way; this change first moves cash in Oct 2026.',
    );
  });
  it('cash runs out in the same month, or stays above zero, either way', () => {
    const more = run({ cashUsdB: (t) => 19 - t + (t >= 3 ? 1 : 0) });
    expect(why({ run: more, leverIds: ['queryGrowthPct'], output: 'insolvency', delta: 0 })?.sentence).toBe(
      'Cash still runs out in Aug 2026: the change moves cash by at most $1.0B in any month before then.',
    );
    const never = { insolvencyMonth: null };
    expect(
      why({
        refRun: run({}, never),
        run: run({ cashUsdB: (t) => 19 - t + (t >= 3 ? 1.5 : 0) }, never),
        leverIds: ['queryGrowthPct'],
        output: 'insolvency',
        delta: 0,
      })?.sentence,
    ).toBe('Cash stays above zero through Dec 2026: the change moves cash by at most $1.5B in any month before then.');
  });
  it('effects that offset: the three largest lines, the net of all', () => {
    const offset = run({
      revenueUsdB: () => 1.5,
      azureRentUsdB: () => 0.4 + 0.25,
      electricityUsdB: () => 0.25,
      opexUsdB: () => 0.125,
      chipDesignUsdB: () => 0.001,
      cashUsdB: (t) => 19 - t - (t === 23 ? 3 : 0),
    });
    expect(why({ run: offset, leverIds: ['queryGrowthPct'], output: 'endCash', delta: 0.5 })?.sentence).toBe(
      'Its effects offset through Dec 2026: revenue +$12B, Azure rent +$6.0B, electricity +$6.0B; net −$3.0B on cash.',
    );
  });
  it('through the month read no line moves: what it changes comes later', () => {
    const later = run({ cashUsdB: (t) => 19 - t + (t === 23 ? 1 : 0) });
    expect(why({ run: later, leverIds: ['queryGrowthPct'], output: 'endCash', delta: 0 })?.sentence).toBe(
      'Through Dec 2026 it moves no cash line by more than $0.05B; what it changes comes later.',
    );
  });
  it('against the tables: the line that leads the net is named first', () => {
    // revenue −$2.4B, electricity −$7.2B (helps cash), opex +$12B: net −$7.2B; opex leads
    const mixed = run({ revenueUsdB: () => 0.9, electricityUsdB: () => -0.3, opexUsdB: () => 0.5 });
    expect(why({ changed: cheaper, run: mixed, leverIds: ['electricityUsdPerKwh'], delta: -5 })?.sentence).toBe(
      'Against the expected direction: through Dec 2026, staff and other opex +$12B outweighs the rest (staff and other opex +$12B, electricity −$7.2B, revenue −$2.4B); net −$7.2B on cash.',
    );
  });
});

describe('the edges of each sentence', () => {
  it('money: exactly $10B without a decimal, a net of 0 as +$0.0B', () => {
    const tenEach = run({ revenueUsdB: (t) => (t === 5 ? 11 : 1), electricityUsdB: (t) => (t === 5 ? 10 : 0) });
    expect(why({ run: tenEach, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'Its effects offset through Dec 2026: revenue +$10B, electricity +$10B; net +$0.0B on cash.',
    );
  });
  it('exposure is read after the month cash runs out, like insolvency', () => {
    const between = run({ cashUsdB: (t) => 19 - t + (t >= 5 && t <= 8 ? 2 : 0) });
    expect(why({ run: between, leverIds: ['queryGrowthPct'], output: 'exposure', delta: 0 })?.sentence).toBe(
      'It moves cash only in Jun 2025–Sep 2025 (by up to $2.0B); by Aug 2026, where the output is read, the two runs agree.',
    );
    const late = run({ cashUsdB: (t) => 19 - t + (t >= 21 ? 1 : 0) });
    expect(why({ run: late, leverIds: ['queryGrowthPct'], output: 'exposure', delta: 0 })?.sentence).toBe(
      'Through Aug 2026 it moves no cash line by more than $0.05B; what it changes comes later.',
    );
  });
  it('cash moved in the first month only', () => {
    const first = run({ cashUsdB: (t) => 19 - t + (t === 0 ? 1 : 0) });
    expect(why({ run: first, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'It moves cash only in Jan 2025–Jan 2025 (by up to $1.0B); by Dec 2026, where the output is read, the two runs agree.',
    );
  });
  it('cash moved in the month read only: not "before"', () => {
    const last = run({ cashUsdB: (t) => 19 - t + (t === 23 ? 1 : 0) });
    expect(why({ run: last, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'Through Dec 2026 it moves no cash line by more than $0.05B; what it changes comes later.',
    );
  });
  it('cash runs out in another month: no "either way"; the most it moves counts the month read', () => {
    const later = run({ cashUsdB: (t) => 19 - t + (t >= 3 ? 1 : 0) }, { insolvencyMonth: START_MONTH + 21 });
    expect(why({ run: later, leverIds: ['queryGrowthPct'], output: 'insolvency', delta: 0 })?.sentence).toBe(
      'Through Aug 2026 it moves no cash line by more than $0.05B; what it changes comes later.',
    );
    const most = run({ cashUsdB: (t) => 19 - t + (t >= 3 ? 1 : 0) + (t === 19 ? 1 : 0) });
    expect(why({ run: most, leverIds: ['queryGrowthPct'], output: 'insolvency', delta: 0 })?.sentence).toBe(
      'Cash still runs out in Aug 2026: the change moves cash by at most $2.0B in any month before then.',
    );
  });
  it('options: each listed when some are exercised; a change in a later option is a change', () => {
    const two = [
      { id: 'amd-options', exercisedGw: 1, sizeGw: 5 },
      { id: 'x-row', exercisedGw: 0, sizeGw: 1 },
    ];
    expect(
      why({
        refRun: { ...run(), options: two },
        run: { ...run(), options: two },
        leverIds: ['queryGrowthPct'],
        delta: 0,
      })?.sentence,
    ).toBe(
      'Nothing in this run reads it: no cash line, no capacity and no per-query figure moves (AMD +5 GW (option) 1.0 of 5.0 GW, x-row 0.0 of 1.0 GW).',
    );
    const moved = [two[0], { id: 'x-row', exercisedGw: 0.5, sizeGw: 1 }];
    expect(
      why({
        refRun: { ...run(), options: two },
        run: { ...run({ idleMw: () => 1 }), options: moved },
        leverIds: ['queryGrowthPct'],
        delta: 0,
      })?.sentence,
    ).toBe(
      'It changes what the capacity delivers (idle capacity), not what is paid: binding capacity is paid as signed, and the options exercised change (AMD +5 GW (option) 1.0 of 5.0 GW, x-row 0.0 of 1.0 GW → AMD +5 GW (option) 1.0 of 5.0 GW, x-row 0.5 of 1.0 GW) but not what is paid.',
    );
  });
  it('a row switched on (at 0.5 too) is no off switch', () => {
    const nothing =
      'Nothing in this run reads it: no cash line, no capacity and no per-query figure moves (there are no options).';
    expect(why({ run: run(), leverIds: ['aws-2025-11.usdB'], delta: 0 })?.sentence).toBe(nothing);
    expect(
      why({ changed: set({ 'aws-2025-11.on': 0.5 }), run: run(), leverIds: ['aws-2025-11.usdB'], delta: 0 })?.sentence,
    ).toBe(nothing);
  });
  it('two levers the same way: a move against them is against; levers both ways never are', () => {
    const lower = { ...cheaper, pue: p.pue - 0.1 } as ParamValues;
    expect(why({ changed: lower, run: run(), leverIds: ['electricityUsdPerKwh', 'pue'], delta: -1 })?.kind).toBe(
      'against',
    );
    expect(why({ changed: cheaper, run: run(), leverIds: ['electricityUsdPerKwh', 'pue'], delta: -1 })?.kind).toBe(
      'against',
    );
    const mixed = { ...cheaper, pue: p.pue + 0.2 } as ParamValues;
    expect(why({ changed: mixed, run: noRun, leverIds: ['electricityUsdPerKwh', 'pue'], delta: 1 })).toBeNull();
  });
  it('the horizon is the shorter run’s', () => {
    const longer = makeResult(30, base);
    const q = set({ funding3UsdB: 10, funding3Month: START_MONTH + 29 });
    expect(why({ changed: q, run: longer, leverIds: ['funding3Month'], delta: 0 })?.sentence).toBe(
      'It lands after the horizon ends (Dec 2026), so nothing inside it moves.',
    );
  });
  it('more than three series named by key: the first three', () => {
    const four = run({
      queriesPerDayB: () => 3,
      whPerQueryGpu: () => 1,
      whPerQuerySilicon: () => 1,
      blendedEnergyUsd: () => 1,
    });
    expect(why({ run: four, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      "It moves queriesPerDayB, whPerQueryGpu, whPerQuerySilicon only; no cash line of OpenAI's moves.",
    );
  });
  it('the cap sentence needs a lever of the revenue share among those changed, and the total at the cap', () => {
    const capped = set({ msRevShareCapUsdB: 2.4 });
    expect(
      why({ changed: capped, run: run(), leverIds: ['msRevShareCapUsdB', 'queryGrowthPct'], delta: 0 })?.sentence,
    ).toBe("Microsoft's revenue share reaches its $2.4B cap in Dec 2026 either way, and nothing is paid after that.");
    const nothing =
      'Nothing in this run reads it: no cash line, no capacity and no per-query figure moves (there are no options).';
    expect(why({ changed: capped, run: run(), leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(nothing);
    expect(why({ run: run(), leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(nothing);
    // a lever id the registry does not know, and a large value of a lever that is no month
    expect(why({ run: run(), leverIds: ['not-a-lever'], delta: 0 })?.sentence).toBe(nothing);
    expect(
      why({ changed: set({ queryGrowthPct: 30000 }), run: run(), leverIds: ['queryGrowthPct'], delta: 0 })?.sentence,
    ).toBe(nothing);
  });
  it("the cap reached either way: only when the revenue share's total is unchanged, its months moved, and both at the cap", () => {
    const capped = set({ msRevShareCapUsdB: 2.4 });
    const cash = (t: number) => 19 - t + (t === 5 ? 1 : 0);
    // revenue moves too: still the cap
    const sooner = run({
      msRevShareUsdB: (t) => (t < 12 ? 0.2 : 0),
      revenueUsdB: (t) => (t === 3 ? 2 : 1),
      cashUsdB: cash,
    });
    expect(why({ changed: capped, run: sooner, leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(
      "The $2.4B cap on Microsoft's revenue share is reached in Dec 2025 (Dec 2026 before) either way, so the total paid does not change.",
    );
    // the same revenue share month by month: not the cap, cash moved in Jun 2025
    const same = run({ cashUsdB: cash });
    expect(why({ changed: capped, run: same, leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(
      'It moves cash only in Jun 2025–Jun 2025 (by up to $1.0B); by Dec 2026, where the output is read, the two runs agree.',
    );
    // moved, the same total, but $2.4B is not the $3B cap
    const notCap = set({ msRevShareCapUsdB: 3 });
    expect(why({ changed: notCap, run: sooner, leverIds: ['msRevShareCapUsdB'], delta: 0 })?.sentence).toBe(
      'It moves cash only in Jun 2025–Jun 2025 (by up to $1.0B); by Dec 2026, where the output is read, the two runs agree.',
    );
  });
  it('against: the lead is the largest line on the side of the net, not the largest line', () => {
    // electricity −$12B (+12 on cash), opex +$9B (−9), revenue −$6B (−6): net −$3B; opex leads
    const mixed = run({ revenueUsdB: () => 0.75, electricityUsdB: () => -0.5, opexUsdB: () => 0.375 });
    expect(why({ changed: cheaper, run: mixed, leverIds: ['electricityUsdPerKwh'], delta: -5 })?.sentence).toBe(
      'Against the expected direction: through Dec 2026, staff and other opex +$9.0B outweighs the rest (electricity −$12B, staff and other opex +$9.0B, revenue −$6.0B); net −$3.0B on cash.',
    );
  });
});

describe('what counts as a move', () => {
  it('cash moved only in the month read, by less than $0.05B: the two runs agree there', () => {
    const tiny = run({ cashUsdB: (t) => (t === 23 ? -4 + 0.01 : 19 - t) });
    expect(why({ run: tiny, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      'It moves cash only in Dec 2026–Dec 2026 (by up to $0.0B); by Dec 2026, where the output is read, the two runs agree.',
    );
  });
  it('a delivery series moved by exactly 1e-6 has not moved', () => {
    const same = run({ idleMw: (t) => (t === 4 ? 1e-6 : 0) });
    expect(why({ refRun: run({ idleMw: () => 0 }), run: same, leverIds: ['queryGrowthPct'], delta: 0 })?.sentence).toBe(
      "It moves idleMw only; no cash line of OpenAI's moves.",
    );
  });
});
