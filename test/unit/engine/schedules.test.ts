/**
 * buildSchedules on small hand-built scenarios: every programme and contract switched off, then
 * one switched on with round figures, and the months of what it builds read back against
 * hand-computed values (MW, $B: figures that do not depend on a generation's H100e per GW).
 */
import { describe, expect, it } from 'vitest';
import { hardwareOf } from '../../../src/engine/hardware';
import {
  buildSchedules,
  builtBy,
  chipBindingRamp,
  SCHEDULE_FIELDS,
  stargateRamp,
  stargateSplit,
  type Phase,
  type Schedules,
} from '../../../src/engine/schedules';
import { ADDED_EVENT_KEYS, defaultParams, EVENTS, type ParamValues } from '../../../src/registry';
import { EVENT_STATUSES } from '../../../src/registry/eventStatus';
import { START_MONTH } from '../../../src/registry/month';

const MONTHS = 70;
const NOW = 22;
const COMMITTED = EVENT_STATUSES.indexOf('committed');

/** Month t (months since the start month) as a month lever's value. */
const at = (t: number): number => START_MONTH + t;

/**
 * Defaults with nothing binding: Stargate's dollars, the chip's binding phase and the Azure
 * commitment at 0, every row of data/events.json that the engine reads itself switched off (the
 * rows another lever models stay on: the engine must skip them), the added rows off.
 */
function quiet(): ParamValues {
  const p = defaultParams() as Record<string, number>;
  for (const e of EVENTS) p[e.keys.on] = e.modelledBy ? 1 : 0;
  for (const k of ADDED_EVENT_KEYS) p[k.on] = 0;
  p.stargateCapexUsdB = 0;
  p.siliconBindingGw = 0;
  p.azureCommitmentUsdB = 0;
  p.pue = 1.5;
  p.lifeYears = 1; // 12 months
  return p as ParamValues;
}

function zeroed(): Schedules {
  const s = {} as Record<string, Float64Array>;
  for (const f of SCHEDULE_FIELDS) s[f] = new Float64Array(MONTHS + 1);
  return s as unknown as Schedules;
}

const record = (p: ParamValues): Schedules =>
  buildSchedules(p, hardwareOf(p), MONTHS, zeroed(), { record: true, now: NOW });

const projection = (p: ParamValues, rec: ParamValues, base: Schedules): Schedules => {
  const phase: Phase = { record: false, now: NOW, rec, base };
  return buildSchedules(p, hardwareOf(p), MONTHS, zeroed(), phase);
};

/** Months `from`..`to` (inclusive) of a series, rounded to 9 places (float residue is no figure). */
const months = (a: Float64Array, from: number, to: number): number[] =>
  Array.from(a.subarray(from, to + 1), (v) => Math.round(v * 1e9) / 1e9);

const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);

describe('stargateSplit', () => {
  it('gives Microsoft at most what OpenAI leaves, the partners the rest', () => {
    // OpenAI 40%, Microsoft 30% → partners 1 − 0.4 − 0.3 = 0.3
    const a = stargateSplit({ ...quiet(), stargateOpenAiSharePct: 40, stargateMicrosoftSharePct: 30 });
    expect(a.openai).toBeCloseTo(0.4, 12);
    expect(a.microsoft).toBeCloseTo(0.3, 12);
    expect(a.partners).toBeCloseTo(0.3, 12);
    // OpenAI 80%, Microsoft asks 50%: capped at 1 − 0.8 = 0.2, partners 0
    const b = stargateSplit({ ...quiet(), stargateOpenAiSharePct: 80, stargateMicrosoftSharePct: 50 });
    expect(b.microsoft).toBeCloseTo(0.2, 12);
    expect(b.partners).toBeCloseTo(0, 12);
  });
});

describe('ramps', () => {
  it('builtBy: nothing before the start, perMonth a month from it, never beyond the size', () => {
    const r = { start: 3, perMonth: 2, size: 5 };
    // t=2: before; t=3: 2·1; t=4: 2·2; t=5: min(5, 6)
    expect([2, 3, 4, 5, 9].map((t) => builtBy(r, t))).toEqual([0, 2, 4, 5, 5]);
  });

  it('stargateRamp spends the capex evenly over the build months from the start', () => {
    const p = { ...quiet(), stargateCapexUsdB: 12, stargateBuildMonths: 4, stargateStart: at(2) };
    expect(stargateRamp(p)).toEqual({ start: 2, perMonth: 3, size: 12 }); // 12 / 4 = 3 a month
  });

  it('chipBindingRamp paces the whole programme but builds only the binding phase', () => {
    const p = {
      ...quiet(),
      chipArrival: at(5),
      chipSlipMonths: 2,
      siliconGw: 1.2,
      chipRampMonths: 12,
      siliconBindingGw: 0.3,
    };
    // start 5 + 2 = 7; 1.2 GW / 12 months = 0.1 a month; size min(0.3, 1.2)
    const r = chipBindingRamp(p);
    expect(r.start).toBe(7);
    expect(r.perMonth).toBeCloseTo(0.1, 12);
    expect(r.size).toBe(0.3);
  });
});

describe('buildSchedules: Stargate', () => {
  // $12B over 4 months from month 2 → $3B a month at months 2..5; $50B per facility GW, PUE 1.5 →
  // 3 / 50 / 1.5 = 0.04 IT GW = 40 MW a month. OpenAI owns 50% (20 MW, $1.5B capex, life 12
  // months → $0.125B a month of depreciation); Microsoft funds 25% (10 MW), the partners lease
  // 25% (10 MW) for 12 months at 24%/yr: 3 × 0.25 × 0.24 / 12 = $0.015B a month per tranche.
  const p = {
    ...quiet(),
    stargateCapexUsdB: 12,
    stargateBuildMonths: 4,
    stargateStart: at(2),
    stargateUsdBPerGw: 50,
    stargateOpenAiSharePct: 50,
    stargateMicrosoftSharePct: 25,
    stargateLeaseYears: 1,
    stargateLeaseYieldPct: 24,
  };
  // Built inside each test, not at collection: a mutant is switched on only while a test runs.

  it('owns OpenAI’s share for its life, then retires it tranche by tranche', () => {
    const s = record(p);
    // online from 2, 3, 4, 5; each retired 12 months later (14, 15, 16, 17)
    expect(months(s.ownedGpuMw, 1, 18)).toEqual([0, 20, 40, 60, 80, 80, 80, 80, 80, 80, 80, 80, 80, 60, 40, 20, 0, 0]);
    expect(months(s.capex, 1, 6)).toEqual([0, 1.5, 1.5, 1.5, 1.5, 0]);
    expect(months(s.depreciation, 4, 6)).toEqual([0.375, 0.5, 0.5]);
    expect(s.ownedGpu[17]).toBe(0);
    expect(s.ownedGpu[5]).toBeGreaterThan(0);
    // nothing of it is custom silicon
    expect(sum(s.siliconMw)).toBe(0);
    expect(sum(s.silicon)).toBe(0);
  });

  it('leases the partners’ share and counts Microsoft’s as Azure capacity, for the lease', () => {
    const s = record(p);
    expect(months(s.contractedMw, 1, 6)).toEqual([0, 10, 20, 30, 40, 40]);
    expect(months(s.contractedMw, 13, 18)).toEqual([40, 30, 20, 10, 0, 0]);
    expect(months(s.msPoolMw, 1, 6)).toEqual([0, 10, 20, 30, 40, 40]);
    expect(months(s.msPoolMw, 16, 17)).toEqual([10, 0]);
    expect(months(s.payOther, 2, 5)).toEqual([0.015, 0.03, 0.045, 0.06]);
    expect(s.msPool[17]).toBe(0);
    // Microsoft's 25% and the partners' 25% are the same GW of the same generation: same H100e
    expect(s.msPool[5]).toBeGreaterThan(0);
    expect(s.msPool[5]).toBeCloseTo(s.contracted[5], 6);
  });

  it('leaves no rounding residue once every tranche has retired', () => {
    // $18B over 6 months: six tranches of H100e, each added and later taken away in a
    // different order of float sums; after the last retires (month 7 + 12 = 19) nothing is online
    const s = record({ ...p, stargateCapexUsdB: 18, stargateBuildMonths: 6 });
    expect(s.ownedGpu[7]).toBeGreaterThan(0);
    expect(s.msPool[7]).toBeGreaterThan(0);
    expect(Array.from(s.ownedGpu.subarray(19, MONTHS))).toEqual(new Array(MONTHS - 19).fill(0));
    expect(Array.from(s.msPool.subarray(19, MONTHS))).toEqual(new Array(MONTHS - 19).fill(0));
  });

  it('in the projection adds only growth after now, never the record’s months again', () => {
    // The record ramps $12B over 48 months from month 2 ($0.25B a month): by now (22) it has
    // built 0.25 × 21 = $5.25B. A projection lever ramps it over 4 months: already $12B by month
    // 5, so its first month after now (23) adds 12 − 5.25 = $6.75B, owned half: $3.375B capex.
    const rec = { ...p, stargateBuildMonths: 48 };
    const base = record(rec);
    const q = projection(p, rec, base);
    expect(months(q.capex, 0, NOW)).toEqual(new Array(NOW + 1).fill(0));
    expect(months(q.capex, 23, 24)).toEqual([3.375, 0]);
    // the record's own months stay the record's: the projection holds nothing up to now
    expect(base.ownedGpuMw[NOW]).toBeGreaterThan(0);
    expect(months(q.ownedGpuMw, NOW - 1, NOW)).toEqual([0, 0]);
    // after now it is the record's build (tranches of 0.25 / 50 / 1.5 × 0.5 × 1000 = 5/3 MW from
    // month 2, 12 months each: at 23, months 12..22 → 11 × 5/3) plus the new 6.75 / 50 / 1.5 × 0.5
    // × 1000 = 45 MW
    expect(q.ownedGpuMw[23]).toBeCloseTo((11 * 5) / 3 + 45, 9);
  });
});

describe('buildSchedules: the custom chip and owned purchases', () => {
  it('owns the chip’s binding phase as custom silicon', () => {
    const p = {
      ...quiet(),
      chipArrival: at(5),
      chipSlipMonths: 0,
      siliconGw: 1.2,
      chipRampMonths: 12,
      siliconBindingGw: 0.3,
    };
    const s = record(p);
    // 0.1 GW a month from month 5 up to 0.3 GW
    expect(months(s.siliconMw, 4, 8)).toEqual([0, 100, 200, 300, 300]);
    expect(sum(s.ownedGpuMw)).toBe(0);
  });

  it('builds a binding purchase at its ramp, GPUs not silicon, retired after its life', () => {
    const amd = EVENTS.find((e) => e.id === 'amd-1gw')!; // 'it' basis, ramp 6 months
    // a toggle counts from 0.5
    const p = { ...quiet(), [amd.keys.on]: 0.5, [amd.keys.gw]: 0.6, [amd.keys.month]: at(3) };
    const s = record(p);
    // 0.6 GW / 6 months = 100 MW a month from month 3; retired 12 months on (15..20)
    expect(months(s.ownedGpuMw, 2, 9)).toEqual([0, 100, 200, 300, 400, 500, 600, 600]);
    expect(months(s.ownedGpuMw, 14, 21)).toEqual([600, 500, 400, 300, 200, 100, 0, 0]);
    expect(sum(s.siliconMw)).toBe(0);
    expect(sum(s.nvidiaGw)).toBe(0); // AMD, not NVIDIA
    expect(s.ownedGpu[20]).toBe(0);
  });

  it('counts the GW of an NVIDIA purchase, once it is binding', () => {
    const nv = EVENTS.find((e) => e.id === 'nvidia-10gw-loi')!; // 0.25 GW a month at most
    const p = {
      ...quiet(),
      [nv.keys.on]: 1,
      [nv.keys.status]: COMMITTED,
      [nv.keys.gw]: 1,
      [nv.keys.month]: at(4),
    };
    const s = record(p);
    // 1 GW at 0.25 a month: months 4..7
    expect(months(s.nvidiaGw, 3, 8)).toEqual([0, 0.25, 0.25, 0.25, 0.25, 0]);
    expect(months(s.ownedGpuMw, 7, 8)).toEqual([1000, 1000]);
    // as an option it is the option policy's: nothing here
    expect(sum(record({ ...p, [nv.keys.status]: EVENT_STATUSES.indexOf('option') }).nvidiaGw)).toBe(0);
  });
});

describe('buildSchedules: take-or-pay contracts', () => {
  const cw = EVENTS.find((e) => e.id === 'coreweave-2025-03')!; // a record row, $ only, 60 months
  const aws = EVENTS.find((e) => e.id === 'aws-2026-expansion')!; // not the record's, 2 GW 'it', 96 months
  const cerebras = EVENTS.find((e) => e.id === 'cerebras-2026-01')!; // the record's, 0.75 GW 'it', 36 months

  it('pays a $-only contract over its term, ramping over 24 months, to the others not Azure', () => {
    // $12.25B over 60 months, ramp 24: Σ share = (24 + 1) / 2 + 36 = 48.5 → full month 12.25 / 48.5
    const p = { ...quiet(), [cw.keys.on]: 0.5, [cw.keys.usdB]: 12.125, [cw.keys.month]: at(0) };
    const s = record(p);
    // month 0: share 1/24 → 12.125 / 24 / 48.5 = 0.01041666…; month 23 on: 12.125 / 48.5 = 0.25
    expect(s.payOther[0]).toBeCloseTo(0.25 / 24, 12);
    expect(months(s.payOther, 23, 24)).toEqual([0.25, 0.25]);
    expect(months(s.payOther, 59, 60)).toEqual([0.25, 0]);
    expect(sum(s.payOther)).toBeCloseTo(12.125, 9);
    expect(sum(s.payAzure)).toBe(0);
    expect(sum(s.azureMw)).toBe(0);
    expect(s.contracted[23]).toBeGreaterThan(0);
    // with no GW named, the MW are the H100e it buys at the market's watts per H100e that month
    const w = hardwareOf(p).marketWattsPerH100e(23);
    expect((s.contractedMw[23] * 1e6) / s.contracted[23]).toBeCloseTo(w, 6);
  });

  it('a record row is the record’s whole: the projection does not add it again', () => {
    const p = { ...quiet(), [cw.keys.on]: 1, [cw.keys.usdB]: 12.125, [cw.keys.month]: at(0) };
    const base = record(p);
    const q = projection(p, p, base);
    // after now the projection runs on the record's payments (0.25 a month), not twice them
    expect(months(q.payOther, 23, 24)).toEqual([0.25, 0.25]);
    expect(months(q.payOther, 0, NOW)).toEqual(new Array(NOW + 1).fill(0));
  });

  it('holds the GW a contract names, 1000 MW a GW at its share of the ramp', () => {
    // 0.75 GW over 36 months from month 1, ramp min(24, 36) = 24: month 1 holds 750 / 24 MW
    const p = { ...quiet(), [cerebras.keys.on]: 1, [cerebras.keys.usdB]: 0, [cerebras.keys.month]: at(1) };
    const s = record(p);
    expect(s.contractedMw[1]).toBeCloseTo(750 / 24, 9);
    expect(months(s.contractedMw, 24, 25)).toEqual([750, 750]);
    expect(months(s.contractedMw, 36, 37)).toEqual([750, 0]);
    expect(sum(s.payOther)).toBe(0); // $0 signed, capacity still held
  });

  it('in the record, a later contract counts only up to now; the projection has the rest', () => {
    // 2 GW over 96 months from month 10, ramp 24: at month t, 2000 × (t − 10 + 1) / 24 MW
    const p = { ...quiet(), [aws.keys.on]: 1, [aws.keys.usdB]: 100, [aws.keys.month]: at(10) };
    const s = record(p);
    // 21: 2000 × 12 / 24 = 1000; 22: 2000 × 13 / 24 = 1083.33…; 23: after now
    expect(months(s.contractedMw, 20, 23)).toEqual([916.666666667, 1000, 1083.333333333, 0]);
    const q = projection(p, p, s);
    // the projection writes it from now + 1: 2000 × 14 / 24 = 1166.67
    expect(months(q.contractedMw, 21, 23)).toEqual([0, 0, 1166.666666667]);
    // $100B over 96 months: Σ share = 12.5 + 72 = 84.5; month 23 pays 100 × 14/24 / 84.5
    expect(q.payOther[NOW]).toBe(0);
    expect(q.payOther[23]).toBeCloseTo((100 * 14) / 24 / 84.5, 12);
  });
});

describe('buildSchedules: added rows', () => {
  const k = ADDED_EVENT_KEYS[0];
  // $4.9B over 36 months, ramp 24: Σ share = 12.5 + 12 = 24.5 → a full month pays 4.9 / 24.5 = 0.2
  const added = (on: number, kind: number, t: number): ParamValues => ({
    ...quiet(),
    [k.on]: on,
    [k.kind]: kind,
    [k.usdB]: 4.9,
    [k.month]: at(t),
    [k.termMonths]: 36,
  });

  it('a contract row pays over its term from its month, after now in the projection', () => {
    const p = added(1, 1, 23);
    const q = projection(p, quiet(), record(quiet()));
    // month 23: 0.2 / 24; month 46 (share 24/24) on: 0.2; ends after month 58
    expect(months(q.payOther, 22, 23)).toEqual([0, 0.008333333]);
    expect(months(q.payOther, 46, 47)).toEqual([0.2, 0.2]);
    expect(months(q.payOther, 58, 59)).toEqual([0.2, 0]);
    expect(sum(q.payOther)).toBeCloseTo(4.9, 9);
    expect(sum(q.payAzure)).toBe(0);
  });

  it('counts only a row switched on (from 0.5) that is a contract (from 0.5)', () => {
    const base = record(quiet());
    const pay = (p: ParamValues): number => sum(projection(p, quiet(), base).payOther);
    expect(pay(added(0.5, 0.5, 23))).toBeCloseTo(4.9, 9);
    expect(pay(added(1, 0, 23))).toBe(0); // a funding round
    expect(pay(added(0, 1, 23))).toBe(0); // not counted
  });

  it('in the record, counts only up to now', () => {
    const s = record(added(1, 1, 10));
    // month 21: 0.2 × 12 / 24 = 0.1; 22: 0.2 × 13 / 24; after now nothing
    expect(months(s.payOther, 21, 23)).toEqual([0.1, 0.108333333, 0]);
  });
});
