/**
 * The record is fixed up to now (engine v3, MODEL.md "The record is fixed"): months up to now are
 * the same in every scenario, preset and Monte Carlo sample; only "The record" group and the
 * fields of closed or committed events dated up to now move them.
 */
import { describe, expect, it } from 'vitest';
import { cents, sameRecord } from './sameRecord';
import { runScenario, type ScenarioResult } from '../../../src/engine';
import { clearHistoryCache, historyOf, NOW_T, recordParams } from '../../../src/engine/record';
import { defaultParams, LEVER_BY_ID, LEVERS, type ParamValues } from '../../../src/registry';
import { PRESETS, presetParams } from '../../../src/url';

const defaults = defaultParams();

describe('the record up to now', () => {
  // Run inside each `it`, not while the file loads: a result computed then cannot see a mutant.
  const run = () => runScenario(defaults);
  it('now is Nov 2026, and cash now is the record’s (~$108B)', () => {
    const base = run();
    const CASH_NOW = base.summary.cashNowUsdB;
    expect(base.summary.nowMonth - base.startMonth).toBe(NOW_T);
    expect(NOW_T).toBe(22);
    expect(CASH_NOW).toBeGreaterThan(95);
    expect(CASH_NOW).toBeLessThan(120);
  });

  it('is identical on every preset', () => {
    const base = run();
    const CASH_NOW = base.summary.cashNowUsdB;
    for (const preset of PRESETS) {
      const r = runScenario(presetParams(preset));
      expect(cents(r.summary.cashNowUsdB), preset.id).toBe(cents(CASH_NOW));
      expect(sameRecord(base, r), preset.id).toBeNull();
    }
  });

  it('moves when a lever of "The record" moves (a past event, the starting cash)', () => {
    const base = run();
    const CASH_NOW = base.summary.cashNowUsdB;
    expect(LEVER_BY_ID.get('startingCashUsdB')!.record).toBe(true);
    expect(LEVER_BY_ID.get('softbank-2025-12.usdB')!.record).toBe(true);
    expect(LEVER_BY_ID.get('amazon-2026-conditional.usdB')!.record).toBe(false);
    const richer = runScenario({ ...defaults, startingCashUsdB: defaults.startingCashUsdB + 5 });
    expect(richer.summary.cashNowUsdB).toBeCloseTo(CASH_NOW + 5, 9);
    const cut = runScenario({ ...defaults, 'softbank-2025-12.usdB': 12.5 });
    expect(cut.summary.cashNowUsdB).toBeCloseTo(CASH_NOW - 10, 9);
  });

  it('keeps a scenario’s record levers and resets the rest', () => {
    const p: ParamValues = { ...defaults, startingCashUsdB: 20, electricityUsdPerKwh: 0.3 };
    const rec = recordParams(p);
    expect(rec.startingCashUsdB).toBe(20);
    expect(rec.electricityUsdPerKwh).toBe(defaults.electricityUsdPerKwh);
    expect(recordParams(defaults)).toBe(defaults);
  });

  it('a projection lever moves only months after now, and does move them', () => {
    const base = run();
    const dear = runScenario({ ...defaults, electricityUsdPerKwh: 0.4 });
    const sum = (r: ScenarioResult, from: number, to: number) =>
      r.monthly.electricityUsdB.slice(from, to).reduce((a, v) => a + v, 0);
    expect(sum(dear, 0, NOW_T + 1)).toBe(sum(base, 0, NOW_T + 1));
    expect(sum(dear, NOW_T + 1, dear.months)).toBeGreaterThan(4 * sum(base, NOW_T + 1, base.months));
  });

  it("starts Microsoft's stake at its levers: 27% of $157B = $42.39B in Jan 2025", () => {
    const m = run().monthly;
    expect(defaults.msStakePct).toBe(27);
    expect(defaults.startValuationUsdB).toBe(157);
    expect(m.msStakePct[0]).toBe(27);
    expect(m.valuationUsdB[0]).toBe(157);
    expect(m.msStakeValueUsdB[0]).toBeCloseTo(42.39, 12);
  });

  it('fills demand through now: inference H100e rise in every month of the record', () => {
    const m = run().monthly;
    for (let t = 1; t <= NOW_T; t++) expect(m.inferenceH100e[t], `month ${t}`).toBeGreaterThan(m.inferenceH100e[t - 1]);
  });

  it('comes back to the same record after other record levers were run', () => {
    const first = run().summary.cashNowUsdB;
    for (const startingCashUsdB of [1, 2, 3, 4, 5, 6, 7, 8, 9])
      expect(runScenario({ ...defaults, startingCashUsdB }).summary.cashNowUsdB).not.toBeCloseTo(first, 6);
    expect(run().summary.cashNowUsdB).toBe(first);
  });
});

describe('the record is computed once per set of record levers (the last eight kept)', () => {
  const withCash = (startingCashUsdB: number) => ({ ...defaults, startingCashUsdB });

  it('gives the same history for the same record levers, whatever the projection levers', () => {
    clearHistoryCache();
    const h = historyOf(defaults);
    expect(historyOf({ ...defaults })).toBe(h);
    expect(historyOf({ ...defaults, electricityUsdPerKwh: 0.3 })).toBe(h);
    expect(historyOf(withCash(3))).not.toBe(h);
    clearHistoryCache();
    expect(historyOf(defaults)).not.toBe(h);
  });

  it('keeps eight: the first is forgotten after eight others, kept after seven', () => {
    clearHistoryCache();
    const h = historyOf(withCash(100));
    for (let k = 1; k <= 7; k++) historyOf(withCash(k));
    expect(historyOf(withCash(100))).toBe(h);
    clearHistoryCache();
    const g = historyOf(withCash(100));
    for (let k = 1; k <= 8; k++) historyOf(withCash(k));
    expect(historyOf(withCash(100))).not.toBe(g);
  });

  it('keeps the most recently used: a history asked again outlives older ones', () => {
    clearHistoryCache();
    const h0 = historyOf(withCash(100));
    const h1 = historyOf(withCash(1));
    for (let k = 2; k <= 7; k++) historyOf(withCash(k));
    expect(historyOf(withCash(100))).toBe(h0); // asked again: now the newest
    historyOf(withCash(8)); // the ninth: the oldest (cash 1) goes
    expect(historyOf(withCash(100))).toBe(h0);
    expect(historyOf(withCash(1))).not.toBe(h1);
  });

  it('tells apart record levers that all differ from a kept history', () => {
    clearHistoryCache();
    const h = historyOf(defaults);
    const other: ParamValues = { ...defaults };
    for (const l of LEVERS) if (l.record) other[l.id] = defaults[l.id] === l.max ? l.min : l.max;
    const o = historyOf(other);
    expect(o).not.toBe(h);
    expect(o.state.cash).not.toBe(h.state.cash);
  });
});

describe('a contract dated after now', () => {
  it('is paid as signed in the projection: the $100B AWS expansion adds $36.09B of contracted payments by Dec 2030', () => {
    // $100B over 96 months from Jul 2027, ramping over 24 months: the term's weights sum to
    // 12.5 + 72 = 84.5 full months; Jul 2027–Dec 2030 holds the 24 ramp months (12.5) and 18 full
    // ones, 30.5 in all, so 100 × 30.5 / 84.5 = 36.0947. (Before engine v3.1 it added $0.)
    const p = defaultParams();
    const on = runScenario(p).monthly;
    const off = runScenario({ ...p, 'aws-2026-expansion.on': 0 }).monthly;
    let added = 0;
    for (let t = 0; t < on.contractedUsdB.length; t++) added += on.contractedUsdB[t] - off.contractedUsdB[t];
    expect(added).toBeCloseTo(36.0947, 3);
  });
});
