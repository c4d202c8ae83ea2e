import fc from 'fast-check';
import { describe, it } from 'vitest';
import { LEVER_BY_ID, snapToLever } from '../../../src/registry';
import { runScenario, SERIES } from '../../../src/engine';
import { validParams } from './arbitrary';

const RUNS = 150;

describe('engine invariants over any valid scenario', () => {
  it('gives finite outputs everywhere', () => {
    fc.assert(fc.property(validParams, (p) => {
      const r = runScenario(p);
      for (const name of SERIES) for (const v of r.monthly[name]) if (!Number.isFinite(v)) return false;
      return Object.values(r.summary.whPerQuery).every(Number.isFinite) && Number.isFinite(r.summary.costPerQueryEndUsd);
    }), { numRuns: RUNS });
  }, 60_000);

  it('keeps cash(t) = cash(t−1) − burn(t) + funding(t) + backstop(t)', () => {
    fc.assert(fc.property(validParams, (p) => {
      const m = runScenario(p).monthly;
      let prev = p.startingCashUsdB;
      for (let t = 0; t < m.cashUsdB.length; t++) {
        const expected = prev - m.burnUsdB[t] + m.fundingUsdB[t] + m.backstopUsdB[t];
        if (Math.abs(m.cashUsdB[t] - expected) > 1e-9 * Math.max(1, Math.abs(expected))) return false;
        prev = m.cashUsdB[t];
      }
      return true;
    }), { numRuns: RUNS });
  }, 60_000);

  it('never lowers owned cost per query when electricity gets dearer', () => {
    const elec = LEVER_BY_ID.get('electricityUsdPerKwh')!;
    fc.assert(fc.property(validParams, fc.double({ min: 0, max: 0.3, noNaN: true }), (p, bump) => {
      const higher = { ...p, electricityUsdPerKwh: snapToLever(elec, p.electricityUsdPerKwh + bump) };
      const a = runScenario(p).monthly;
      const b = runScenario(higher).monthly;
      for (let t = 0; t < a.ownedEnergyUsd.length; t++) {
        if (b.ownedEnergyUsd[t] + b.ownedDeprUsd[t] < a.ownedEnergyUsd[t] + a.ownedDeprUsd[t] - 1e-15) return false;
        if (b.siliconEnergyUsd[t] + b.siliconDeprUsd[t] < a.siliconEnergyUsd[t] + a.siliconDeprUsd[t] - 1e-15) return false;
      }
      return true;
    }), { numRuns: RUNS });
  }, 60_000);

  it('never lowers Wh per query in any month when the chip arrives later', () => {
    const chip = LEVER_BY_ID.get('chipArrival')!;
    fc.assert(fc.property(validParams, fc.integer({ min: 1, max: 36 }), (p, delay) => {
      const later = { ...p, chipArrival: Math.min(chip.max, p.chipArrival + delay) };
      const a = runScenario(p).monthly.whPerQueryBlended;
      const b = runScenario(later).monthly.whPerQueryBlended;
      for (let t = 0; t < a.length; t++) if (b[t] < a[t] - 1e-12) return false;
      return true;
    }), { numRuns: RUNS });
  }, 60_000);

  it('the horizon lever sets the number of months', () => {
    fc.assert(fc.property(validParams, (p) => runScenario(p).months === p.horizonMonths), { numRuns: 30 });
  }, 60_000);
});
