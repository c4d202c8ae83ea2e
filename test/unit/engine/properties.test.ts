import fc from 'fast-check';
import { describe, it } from 'vitest';
import { LEVER_BY_ID, snapToLever } from '../../../src/registry';
import { runScenario, SERIES } from '../../../src/engine';
import { validParams } from './arbitrary';

const RUNS = 150;

describe('engine invariants over any valid scenario', () => {
  it('gives finite outputs everywhere', () => {
    fc.assert(
      fc.property(validParams, (p) => {
        const r = runScenario(p);
        for (const name of SERIES) for (const v of r.monthly[name]) if (!Number.isFinite(v)) return false;
        return (
          Object.values(r.summary.whPerQuery).every(Number.isFinite) && Number.isFinite(r.summary.costPerQueryEndUsd)
        );
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('keeps cash(t) = cash(t−1) − burn(t) + funding(t) + backstop(t)', () => {
    fc.assert(
      fc.property(validParams, (p) => {
        const m = runScenario(p).monthly;
        let prev = p.startingCashUsdB;
        for (let t = 0; t < m.cashUsdB.length; t++) {
          const expected = prev - m.burnUsdB[t] + m.fundingUsdB[t] + m.backstopUsdB[t];
          if (Math.abs(m.cashUsdB[t] - expected) > 1e-9 * Math.max(1, Math.abs(expected))) return false;
          prev = m.cashUsdB[t];
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('never lowers owned cost per query when electricity gets dearer', () => {
    const elec = LEVER_BY_ID.get('electricityUsdPerKwh')!;
    fc.assert(
      fc.property(validParams, fc.double({ min: 0, max: 0.3, noNaN: true }), (p, bump) => {
        const higher = { ...p, electricityUsdPerKwh: snapToLever(elec, p.electricityUsdPerKwh + bump) };
        const a = runScenario(p).monthly;
        const b = runScenario(higher).monthly;
        for (let t = 0; t < a.ownedEnergyUsd.length; t++) {
          if (b.ownedEnergyUsd[t] + b.ownedDeprUsd[t] < a.ownedEnergyUsd[t] + a.ownedDeprUsd[t] - 1e-15) return false;
          if (b.siliconEnergyUsd[t] + b.siliconDeprUsd[t] < a.siliconEnergyUsd[t] + a.siliconDeprUsd[t] - 1e-15)
            return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("never lowers the chip's or the GPU's Wh per query in any month when the chip arrives later", () => {
    const chip = LEVER_BY_ID.get('chipArrival')!;
    fc.assert(
      fc.property(validParams, fc.integer({ min: 1, max: 36 }), (p, delay) => {
        const later = { ...p, chipArrival: Math.min(chip.max, p.chipArrival + delay) };
        const a = runScenario(p).monthly;
        const b = runScenario(later).monthly;
        for (let t = 0; t < a.whPerQueryGpu.length; t++) {
          if (b.whPerQueryGpu[t] !== a.whPerQueryGpu[t] || b.whPerQuerySilicon[t] !== a.whPerQuerySilicon[t])
            return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('prices a chat query all-in as the inference share of compute cash over chat queries, every month', () => {
    fc.assert(
      fc.property(validParams, (p) => {
        const m = runScenario(p).monthly;
        for (let t = 0; t < m.costPerQueryAllInUsd.length; t++) {
          const queries = m.queriesPerDayB[t] * 1e9 * (365 / 12);
          const served = (m.inferenceComputeUsdB[t] * 1e9) / queries;
          // Plan B removes served queries: the figure is per query served, at least the share over all queries.
          if (m.costPerQueryAllInUsd[t] < served - 1e-9 * Math.abs(served) - 1e-15)
            throw new Error(`month ${t}: all-in ${m.costPerQueryAllInUsd[t]} < ${served}`);
          // relative: 185%/yr query growth for ten years reaches $11.7T a month, where the sum is
          // off by 2e-9 from rounding alone (a counterexample fast-check found in CI)
          const compute = m.computeUsdB[t];
          if (Math.abs(m.trainingComputeUsdB[t] + m.inferenceComputeUsdB[t] - compute) > 1e-12 * Math.max(1, compute))
            throw new Error(`month ${t}: training + inference ≠ compute`);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('keeps what served demand + research + idle = what was online (H100e), and fleet + idle = capacity (MW)', () => {
    fc.assert(
      fc.property(validParams, (p) => {
        const m = runScenario(p).monthly;
        for (let t = 0; t < m.capacityMw.length; t++) {
          const served = m.contractedH100e[t] + m.ownedH100e[t] + m.msPoolH100e[t] + m.onDemandH100e[t];
          if (Math.abs(served - m.demandAccel[t]) > 1e-6 * Math.max(1, served)) return false;
          if (
            Math.abs(m.inferenceH100e[t] + m.trainingH100e[t] - m.researchH100e[t] - served) >
            1e-6 * Math.max(1, served)
          )
            return false;
          if (Math.abs(m.fleetMw[t] + m.idleMw[t] - m.capacityMw[t]) > 1e-9 * Math.max(1, m.capacityMw[t]))
            return false;
          if (m.idleMw[t] < -1e-9 || m.idleH100e[t] < -1e-6 || m.researchH100e[t] < -1e-6) return false;
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('burn = Σ cost lines − Σ revenue lines, every month (the lists typed here: a line dropped from the engine fails)', () => {
    const costs = [
      'azureRentUsdB',
      'otherRentUsdB',
      'electricityUsdB',
      'opexUsdB',
      'capexUsdB',
      'financingUsdB',
      'chipDesignUsdB',
      'msRevShareUsdB',
      'msProfitShareUsdB',
    ] as const;
    const revenues = ['revenueUsdB', 'reverseShareUsdB', 'resaleUsdB'] as const;
    fc.assert(
      fc.property(validParams, (p) => {
        const m = runScenario(p).monthly;
        for (let t = 0; t < m.burnUsdB.length; t++) {
          let burn = 0;
          for (const k of costs) burn += m[k][t];
          for (const k of revenues) burn -= m[k][t];
          if (Math.abs(burn - m.burnUsdB[t]) > 1e-9 * Math.max(1, Math.abs(burn)))
            throw new Error(`month ${t}: lines ${burn} ≠ burn ${m.burnUsdB[t]}`);
          // compute cash is inside the cost lines: contracts, on demand, electricity, capex, financing
          const compute =
            m.azureRentUsdB[t] + m.otherRentUsdB[t] + m.electricityUsdB[t] + m.capexUsdB[t] + m.financingUsdB[t];
          if (Math.abs(compute - m.computeUsdB[t]) > 1e-9 * Math.max(1, compute))
            throw new Error(`month ${t}: compute`);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('keeps Σ monthly cash flows = change in cash over the horizon', () => {
    fc.assert(
      fc.property(validParams, (p) => {
        const m = runScenario(p).monthly;
        let flows = 0;
        let size = 0; // Σ |flow|: the rounding of a running sum grows with the terms, not with their net
        for (let t = 0; t < m.cashUsdB.length; t++) {
          const flow = m.fundingUsdB[t] + m.backstopUsdB[t] - m.burnUsdB[t];
          flows += flow;
          size += Math.abs(m.fundingUsdB[t]) + Math.abs(m.backstopUsdB[t]) + Math.abs(m.burnUsdB[t]);
        }
        const change = m.cashUsdB[m.cashUsdB.length - 1] - p.startingCashUsdB;
        return Math.abs(flows - change) <= 1e-12 * Math.max(1, size + Math.abs(p.startingCashUsdB));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the horizon lever sets the number of months', () => {
    fc.assert(
      fc.property(validParams, (p) => runScenario(p).months === p.horizonMonths),
      { numRuns: 30 },
    );
  }, 60_000);
});
