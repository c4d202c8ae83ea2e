import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { simulateMonthly } from '../../../src/engine/run';
import { SERIES, type Monthly } from '../../../src/engine/types';
import { createWorkspace } from '../../../src/engine/workspace';
import { defaultParams } from '../../../src/registry';

const p = defaultParams();
const copy = (m: Monthly) => Object.fromEntries(SERIES.map((s) => [s, Array.from(m[s])]));

describe('a run of the monthly model (simulateMonthly), one result whichever way it is asked', () => {
  it('without a workspace or extras: every series of runScenario’s, not only what cash needs', () => {
    const a = copy(simulateMonthly(p));
    expect(a).toEqual(copy(runScenario(p).monthly));
    // a series outside the cash-only set is filled
    expect(a.fleetMw.some((v) => v > 0)).toBe(true);
  });

  it('a Monte Carlo workspace of the horizon: its series are views of it, each run overwriting the last with its own', () => {
    const q = { ...p, electricityUsdPerKwh: 0.2 };
    const work = createWorkspace(72);
    const cashP = Array.from(runScenario(p).monthly.cashUsdB);
    const cashQ = Array.from(runScenario(q).monthly.cashUsdB);
    expect(cashQ).not.toEqual(cashP);
    const s1 = simulateMonthly(p, work);
    expect(s1.cashUsdB.buffer).toBe(work.buffer.buffer);
    expect(Array.from(s1.cashUsdB)).toEqual(cashP);
    expect(Array.from(simulateMonthly(q, work).cashUsdB)).toEqual(cashQ);
    expect(Array.from(simulateMonthly(p, work).cashUsdB)).toEqual(cashP);
  });

  it('a workspace of another horizon is left alone', () => {
    const work = createWorkspace(24);
    const s = simulateMonthly(p, work);
    expect(s.cashUsdB).toHaveLength(72);
    expect(s.cashUsdB.buffer).not.toBe(work.buffer.buffer);
    expect(Array.from(s.cashUsdB)).toEqual(Array.from(runScenario(p).monthly.cashUsdB));
  });

  it('lists each option exercise (an option row, a month, $B) and each option’s GW', () => {
    const r = runScenario(p);
    const bought = r.bought ?? [];
    expect(bought.length).toBeGreaterThan(0);
    for (const b of bought) {
      expect(['amd-options', 'broadcom-options']).toContain(b.id);
      expect(Number.isInteger(b.t)).toBe(true);
      expect(b.usdB).toBeGreaterThan(0);
    }
    expect(r.options.map((o) => o.id).sort()).toEqual(['amd-options', 'broadcom-options']);
    expect(r.options.find((o) => o.id === 'amd-options')?.sizeGw).toBe(5);
  });
});
