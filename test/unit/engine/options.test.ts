/**
 * Options, not obligations (engine v3, MODEL.md "Obligations and options"): what the policy
 * exercises, when, how much, and that an option never exercised costs nothing.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { hardwareOf } from '../../../src/engine/hardware';
import { OptionBook, type OptionSource } from '../../../src/engine/options';
import { NOW_T } from '../../../src/engine/record';
import { createWorkspace, MAX_MONTHS } from '../../../src/engine/workspace';
import { defaultParams, type ParamValues } from '../../../src/registry';

const defaults = defaultParams();

describe('the option policy on the defaults', () => {
  // Run inside each `it`, not here: a result computed while the file loads cannot see a mutant.
  const run = () => runScenario(defaults);
  it('exercises nothing before the lead time after now (Dec 2027), and some options after it', () => {
    const r = run();
    const first = NOW_T + 1 + defaults.optionLeadMonths;
    for (let t = 0; t < first; t++) expect(r.monthly.optionGw[t], `month ${t}`).toBe(0);
    expect(r.monthly.optionGw[r.months - 1]).toBeGreaterThan(5);
    const amd = r.options.find((o) => o.id === 'amd-options')!;
    expect(amd.sizeGw).toBe(5);
    expect(amd.exercisedGw).toBeGreaterThan(0);
    expect(amd.exercisedGw).toBeLessThanOrEqual(5);
    const chip = r.options.find((o) => o.id === 'broadcom-options')!;
    expect(chip.sizeGw).toBeCloseTo(8.7, 12);
    expect(chip.exercisedGw).toBeLessThanOrEqual(8.7 + 1e-9);
  });
  it('a longer lead time delays the first option and costs cash (rent fills the gap)', () => {
    const r = run();
    const later = runScenario({ ...defaults, optionLeadMonths: 24 });
    for (let t = 0; t < NOW_T + 25; t++) expect(later.monthly.optionGw[t]).toBe(0);
    expect(later.summary.minCashUsdB).toBeLessThan(r.summary.minCashUsdB);
  });
  it('within their ramp limits: at most 0.125 GW (AMD) + 10/37 GW (the chip) a month', () => {
    const r = run();
    for (let t = 1; t < r.months; t++)
      expect(r.monthly.optionGw[t] - r.monthly.optionGw[t - 1]).toBeLessThanOrEqual(0.125 + 10 / 37 + 1e-9);
  });
  it('an option never exercised costs nothing: with no demand beyond binding capacity, options on or off give the same cash', () => {
    const flat: ParamValues = {
      ...defaults,
      trainingGrowthNextPct: 0,
      queryGrowthFloorPct: 0,
      queryGrowthDecayPct: 100,
      computePerQueryGrowthPct: 0,
    };
    const on = runScenario(flat);
    expect(on.options.every((o) => o.exercisedGw === 0)).toBe(true);
    const off = runScenario({ ...flat, 'amd-options.on': 0, 'nvidia-10gw-loi.on': 1 });
    expect(off.monthly.cashUsdB).toEqual(on.monthly.cashUsdB);
  });
});

describe('the option book', () => {
  const book = (p: ParamValues) => {
    // Rent at $2 and the contract rate at $1.60 an H100e-hour in every month: each option is cheaper.
    const { scratch } = createWorkspace(72);
    for (let t = 0; t < scratch.spotSum.length; t++) {
      scratch.spotSum[t] = 2 * t;
      scratch.contractSum[t] = 1.6 * t;
    }
    return new OptionBook(p, hardwareOf(p), NOW_T, scratch, MAX_MONTHS);
  };
  const first = NOW_T + 1 + 12;
  /** Demand beyond binding capacity in every month: `shortfall(u)` H100e. */
  const bookWith = (p: ParamValues, shortfall: (u: number) => number) => {
    const b = book(p);
    const s = (b as unknown as { s: { uncovered: Float64Array } }).s;
    for (let u = 0; u < s.uncovered.length; u++) s.uncovered[u] = shortfall(u);
    return b;
  };
  it('offers the cheapest all-in H100e-month first: at perf/W 4 the chip before AMD', () => {
    const taken: Array<[string, number]> = [];
    // the chip a year earlier, so its binding phase is online and its option open at the first month
    const b = bookWith({ ...defaults, chipPerfPerWattGain: 4, chipArrival: defaults.chipArrival - 12 }, () => 1e9);
    b.exercise(first, 0, 0, (o: OptionSource, gw: number) => taken.push([o.id, gw]));
    expect(taken.map(([id]) => id)).toEqual(['broadcom-options', 'amd-options']);
    expect(taken[0][1]).toBeCloseTo(10 / 37, 12); // the chip at its ramp limit, then AMD at its own
    expect(taken[1][1]).toBeCloseTo(0.125, 12);
  });
  it('at perf/W 1 the chip is the dearest per H100e: AMD first', () => {
    const taken: string[] = [];
    const b = bookWith({ ...defaults, chipPerfPerWattGain: 1, chipArrival: defaults.chipArrival - 12 }, () => 1e9);
    b.exercise(first, 0, 0, (o: OptionSource) => taken.push(o.id));
    expect(taken[0]).toBe('amd-options');
  });
  it('prices an H100e-month by hand: MI450 $18,000 × 0.017535 + 0.625 kW × 0.7 × 1.2 × 730 h × $0.081', () => {
    const b = book(defaults);
    const mi450 = hardwareOf(defaults).gen('mi450');
    const annuity = 0.08 / 12 / (1 - (1 + 0.08 / 12) ** -72);
    expect(b.costPerH100eMonth(mi450)).toBeCloseTo(18000 * annuity + 0.625 * 0.7 * 1.2 * 730 * 0.081, 9);
    expect(b.costPerH100eMonth(mi450)).toBeCloseTo(346.64, 2);
  });
  it('buys only for demand uncovered in every month of its life, and nothing for none', () => {
    const taken: number[] = [];
    // uncovered in every month but one of the next six years: that month decides
    const b = bookWith(defaults, (u) => (u === first + 30 ? 0 : 1e9));
    b.exercise(first, 0, 0, (_o: OptionSource, gw: number) => taken.push(gw));
    expect(taken).toEqual([]);
  });
});
