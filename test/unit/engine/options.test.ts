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
import { h100ePerItGw } from '../../../src/engine/hardware';
import { OPTION_CODE } from '../../../src/engine/schedules';
import { EVENTS } from '../../../src/registry';
import { defaultParams, type ParamValues } from '../../../src/registry';

const defaults = defaultParams();
const JAN_2025 = 24300;

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

describe('the option book: how much, when, against what', () => {
  // AMD's MI450: 2,500 W and 4 H100e a system, so 1 GW of IT power is 1.6M H100e, and
  // $346.64 an H100e-month all in (above). The defaults' chip option opens later than `first`.
  const PER_GW = 1.6e6;
  const first = NOW_T + 1 + 12;
  function bookAt(rentPerHour: number, contractPerHour: number, uncovered: (u: number) => number) {
    const { scratch } = createWorkspace(72);
    for (let t = 0; t < scratch.spotSum.length; t++) {
      scratch.spotSum[t] = rentPerHour * t;
      scratch.contractSum[t] = contractPerHour * t;
      scratch.uncovered[t] = uncovered(t);
    }
    return new OptionBook(defaults, hardwareOf(defaults), NOW_T, scratch, MAX_MONTHS);
  }
  function exercise(b: OptionBook, t: number, online = 0, poolLeft = 0): Array<[string, number]> {
    const taken: Array<[string, number]> = [];
    b.exercise(t, online, poolLeft, (o, gw) => taken.push([o.id, gw]));
    return taken;
  }

  it('opens 12 months after the month after now: nothing in the month before, AMD in that month', () => {
    expect(
      exercise(
        bookAt(2, 1.6, () => 1e9),
        first - 1,
      ),
    ).toEqual([]);
    expect(
      exercise(
        bookAt(2, 1.6, () => 1e9),
        first,
      )[0],
    ).toEqual(['amd-options', 0.125]);
  });

  it('buys what is uncovered, less what options already have online, below the ramp limit', () => {
    // 100,000 H100e uncovered = 0.0625 GW, under AMD's 0.125 GW a month
    const [[id, gw]] = exercise(
      bookAt(2, 1.6, () => 100_000),
      first,
    );
    expect(id).toBe('amd-options');
    expect(gw).toBeCloseTo(0.0625, 12);
    // 40,000 of it already online from options exercised before: 60,000 H100e = 0.0375 GW
    expect(
      exercise(
        bookAt(2, 1.6, () => 100_000),
        first,
        40_000,
      )[0][1],
    ).toBeCloseTo(0.0375, 12);
    // all of it online: nothing
    expect(
      exercise(
        bookAt(2, 1.6, () => 100_000),
        first,
        100_000,
      ),
    ).toEqual([]);
  });

  it('takes the smallest shortfall over the life, counting what earlier options add later', () => {
    // 100,000 H100e now, 64,000 in month first + 10 (inside the six-year life)
    const b = bookAt(2, 1.6, (u) => (u === first + 10 ? 64_000 : 100_000));
    expect(exercise(b, first)[0][1]).toBeCloseTo(64_000 / PER_GW, 12);
    // an option exercised earlier adds 16,000 H100e from month first + 5: 48,000 left there
    const c = bookAt(2, 1.6, (u) => (u === first + 10 ? 64_000 : 100_000));
    const s = (c as unknown as { s: { optGpu: Float64Array } }).s;
    s.optGpu[first + 5] = 16_000;
    expect(exercise(c, first)[0][1]).toBeCloseTo(48_000 / PER_GW, 12);
    // a shortfall after the life's end does not count: 72 months from `first` on
    const d = bookAt(2, 1.6, (u) => (u === first + 72 ? 0 : 100_000));
    expect(exercise(d, first)[0][1]).toBeCloseTo(0.0625, 12);
  });

  it('against the pool: where the contract rate is cheaper, it buys only what the pool cannot serve', () => {
    // contract rate $0.40/h = $292 an H100e-month < $346.64 < rent $1,460: the pool's 30,000 first
    expect(
      exercise(
        bookAt(2, 0.4, () => 100_000),
        first,
        0,
        30_000,
      )[0][1],
    ).toBeCloseTo(70_000 / PER_GW, 12);
    // the pool has room for all of it: nothing bought
    expect(
      exercise(
        bookAt(2, 0.4, () => 100_000),
        first,
        0,
        100_000,
      ),
    ).toEqual([]);
    // dearer than the pool ($1.60/h = $1,168): the pool's room does not matter
    expect(
      exercise(
        bookAt(2, 1.6, () => 100_000),
        first,
        0,
        30_000,
      )[0][1],
    ).toBeCloseTo(0.0625, 12);
  });

  it('buys nothing where renting is cheaper than the option, pool or not', () => {
    // rent $0.40/h = $292 an H100e-month, the contract rate $0.30/h
    expect(
      exercise(
        bookAt(0.4, 0.3, () => 100_000),
        first,
      ),
    ).toEqual([]);
    // at $0.475/h, rent is $346.75 a month, just above AMD's $346.64: AMD is bought again
    expect(
      exercise(
        bookAt(0.475, 0.475, () => 100_000),
        first,
      )[0][0],
    ).toBe('amd-options');
    expect(
      exercise(
        bookAt(0.474, 0.474, () => 100_000),
        first,
      ),
    ).toEqual([]);
  });

  it('stops at the size limit: 5 GW of AMD over 40 months at 0.125 GW, then nothing', () => {
    const b = bookAt(2, 1.6, () => 1e12);
    let total = 0;
    for (let t = first; t < first + 45; t++)
      for (const [id, gw] of exercise(b, t)) if (id === 'amd-options') total += gw;
    expect(total).toBeCloseTo(5, 9);
    const amd = b.sources.find((o) => o.id === 'amd-options')!;
    expect(amd.exercisedGw).toBeCloseTo(5, 9);
    expect(amd.first).toBeLessThanOrEqual(first);
  });

  it('takes month t itself into the smallest shortfall, and not the month before it', () => {
    // 100,000 uncovered now and 200,000 later, 40,000 already online: 60,000 (month t decides)
    expect(
      exercise(
        bookAt(2, 1.6, (u) => (u === first ? 100_000 : 200_000)),
        first,
        40_000,
      )[0][1],
    ).toBeCloseTo(60_000 / PER_GW, 12);
    // a small shortfall in the month before does not count
    expect(
      exercise(
        bookAt(2, 1.6, (u) => (u === first - 1 ? 10_000 : 100_000)),
        first,
      )[0][1],
    ).toBeCloseTo(0.0625, 12);
  });

  it('counts chip options added later as online too', () => {
    const c = bookAt(2, 1.6, () => 100_000);
    (c as unknown as { s: { optSilicon: Float64Array } }).s.optSilicon[first + 5] = 16_000;
    expect(exercise(c, first)[0][1]).toBeCloseTo(84_000 / PER_GW, 12);
  });

  it('compares with the pool at its average rate over the life: $0.50/h = $365 a month is dearer than AMD', () => {
    // so the pool's room does not matter: all 100,000 bought
    expect(
      exercise(
        bookAt(2, 0.5, () => 100_000),
        first,
        0,
        30_000,
      )[0][1],
    ).toBeCloseTo(0.0625, 12);
  });

  it('gives the next option only what the first left: AMD 0.125 GW = 200,000 H100e of 300,000', () => {
    const b = bookAt(2, 1.6, () => 300_000);
    const taken: Array<[string, number]> = [];
    b.exercise(first, 0, 0, (o, gw) => taken.push([o.id, gw * h100ePerItGw(o.gen(first))]));
    expect(taken[0][0]).toBe('amd-options');
    expect(taken[0][1]).toBeCloseTo(200_000, 6);
    expect(taken).toHaveLength(2);
    expect(taken[1][1]).toBeCloseTo(100_000, 6);
  });

  it('offers an option from its own first month, not before', () => {
    const p = { ...defaults, 'amd-options.month': defaults['amd-options.month'] + 10 }; // month 40
    const at = (t: number) => {
      const { scratch } = createWorkspace(72);
      for (let u = 0; u < scratch.spotSum.length; u++) {
        scratch.spotSum[u] = 2 * u;
        scratch.contractSum[u] = 1.6 * u;
        scratch.uncovered[u] = 100_000;
      }
      const ids: string[] = [];
      new OptionBook(p, hardwareOf(p), NOW_T, scratch, MAX_MONTHS).exercise(t, 0, 0, (o) => ids.push(o.id));
      return ids;
    };
    expect(at(39)).not.toContain('amd-options');
    expect(at(40)).toContain('amd-options');
  });

  it('offers nothing more of an option once all of it is exercised, not even zero', () => {
    const b = bookAt(2, 1.6, () => 1e12);
    for (let t = first; t < first + 40; t++) exercise(b, t);
    expect(b.sources.find((o) => o.id === 'amd-options')!.exercisedGw).toBeCloseTo(5, 9);
    expect(exercise(b, first + 40).map(([id]) => id)).not.toContain('amd-options');
  });
});

describe('the option sources', () => {
  const sources = (p: ParamValues) =>
    new OptionBook(p, hardwareOf(p), NOW_T, createWorkspace(72).scratch, MAX_MONTHS).sources.map((o) => ({
      id: o.id,
      first: o.first,
      sizeGw: o.sizeGw,
      perMonthGw: o.perMonthGw,
      silicon: o.silicon,
      nvidia: o.nvidia,
    }));

  it('on the defaults: AMD’s later tranches from Jul 2027, and the chip after its 1.3 GW phase 1 is built', () => {
    expect(sources(defaults)).toEqual([
      { id: 'amd-options', first: 30, sizeGw: 5, perMonthGw: 0.125, silicon: false, nvidia: false },
      // phase 1 from Dec 2026 (month 23) at 10/37 GW a month: 1.3 GW takes five months (23–27),
      // so the chip's options open in month 28; 10 − 1.3 = 8.7 GW of them
      { id: 'broadcom-options', first: 28, sizeGw: 8.7, perMonthGw: 10 / 37, silicon: true, nvidia: false },
    ]);
  });

  it('the NVIDIA letter of intent, when on: 10 GW of the newest NVIDIA systems at up to 0.25 GW a month', () => {
    const p = { ...defaults, 'nvidia-10gw-loi.on': 1 };
    const loi = sources(p).find((o) => o.id === 'nvidia-10gw-loi')!;
    expect(loi).toEqual({
      id: 'nvidia-10gw-loi',
      first: p['nvidia-10gw-loi.month'] - JAN_2025,
      sizeGw: 10,
      perMonthGw: 0.25,
      silicon: false,
      nvidia: true,
    });
  });

  it('only owned purchases the engine does not model elsewhere become options, whatever their status says', () => {
    const p: ParamValues = { ...defaults };
    for (const e of EVENTS) {
      p[e.keys.on] = 1;
      p[e.keys.status] = OPTION_CODE;
    }
    expect(sources(p).map((o) => o.id)).toEqual(['amd-1gw', 'amd-options', 'nvidia-10gw-loi', 'broadcom-options']);
  });
});
