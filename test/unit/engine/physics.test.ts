import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { gpuSecondsPerQuery, queryPhysics } from '../../../src/engine/physics';
import { runScenario } from '../../../src/engine';

// Hand-computed from the Epoch AI inputs: 2 · 100e9 · 500 / (989e12 · 0.10) s per query.
const GPU_SECONDS = 1e14 / 9.89e13; // 1.0111 s

describe('per-query physics at the defaults', () => {
  const p = defaultParams();
  const phys = queryPhysics(p, 1);

  it('takes about one GPU-second per chat query', () => {
    expect(gpuSecondsPerQuery(p)).toBeCloseTo(GPU_SECONDS, 12);
  });
  it('uses ~0.30 Wh per query, the Epoch AI figure', () => {
    // 1.0111 s · 1275 W · 0.7 · 1.2 / 3600
    expect(phys.whGpu).toBeCloseTo((GPU_SECONDS * 1275 * 0.7 * 1.2) / 3600, 12);
    expect(phys.whGpu).toBeCloseTo(0.3008, 4);
  });
  it('divides Wh by the custom chip perf/W gain', () => {
    expect(phys.whSilicon).toBeCloseTo(phys.whGpu / 1.6, 12);
  });
  it('prices rent, energy and depreciation per query by hand', () => {
    expect(phys.rented.rent).toBeCloseTo(((GPU_SECONDS / 0.6) * 2.35) / 3600, 12); // $0.00110
    expect(phys.owned.energy).toBeCloseTo((0.30080889787664306 / 1000) * 0.081, 12); // $0.0000244
    expect(phys.owned.depreciation).toBeCloseTo(((GPU_SECONDS / 0.6) * 27500 * 1.6) / (6 * 8760 * 3600), 12);
    expect(phys.silicon.depreciation).toBeCloseTo(((GPU_SECONDS / 0.6) * 10000 * 1.6) / (6 * 8760 * 3600), 12);
  });
  it('reports the same start-month figures in the summary', () => {
    const r = runScenario(p);
    expect(r.summary.whPerQuery.gpu).toBeCloseTo(phys.whGpu, 12);
    expect(r.summary.costPerQueryUsd.rented.rent).toBeCloseTo(phys.rented.rent, 12);
    expect(r.summary.costPerQueryUsd.owned.energy).toBeCloseTo(phys.owned.energy, 12);
  });
});

describe('the first month of cash flow by hand', () => {
  const p = defaultParams();
  const r = runScenario(p);
  const m = r.monthly;
  it('sizes the fleet from queries, GPU-seconds, overhead and load factor', () => {
    // 1e9 queries/day · 1.0111 s · 12.5 / 86400 s / 0.6
    const accel = (1e9 * GPU_SECONDS * 12.5) / 86400 / 0.6;
    expect(m.demandAccel[0]).toBeCloseTo(accel, 3);
    expect(m.fleetMw[0]).toBeCloseTo((accel * 1275 * 0.7 * 1.2) / 1e6, 6);
  });
  it('rents all of January 2025 on Azure and takes 20% of revenue for Microsoft', () => {
    const accel = (1e9 * GPU_SECONDS * 12.5) / 86400 / 0.6;
    expect(m.azureRentUsdB[0]).toBeCloseTo((accel * 2.35 * 730) / 1e9, 9); // $0.418B
    expect(m.revenueUsdB[0]).toBeCloseTo(5.5 / 12, 12);
    expect(m.msRevShareUsdB[0]).toBeCloseTo(0.2 * (5.5 / 12), 12);
    expect(m.reverseShareUsdB[0]).toBeCloseTo(0.08 * (5.5 / 12), 12);
  });
  it('burn is costs minus revenue, and cash moves by burn and funding', () => {
    const costs = m.azureRentUsdB[0] + m.otherRentUsdB[0] + m.electricityUsdB[0] + m.trainingUsdB[0] + m.opexUsdB[0]
      + m.capexUsdB[0] + m.financingUsdB[0] + m.chipDesignUsdB[0] + m.msRevShareUsdB[0] + m.msProfitShareUsdB[0];
    expect(m.burnUsdB[0]).toBeCloseTo(costs - m.revenueUsdB[0] - m.reverseShareUsdB[0], 12);
    expect(m.cashUsdB[0]).toBeCloseTo(10 - m.burnUsdB[0], 12);
    // The $10B SoftBank tranche lands in April 2025.
    expect(m.cashUsdB[3]).toBeCloseTo(m.cashUsdB[2] - m.burnUsdB[3] + 10, 9);
  });
});
