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
    expect(phys.silicon.depreciation).toBeCloseTo(((GPU_SECONDS / 0.6) * 17650 * 1.6) / (6 * 8760 * 3600), 12);
  });
  it('reports the same start-month figures in the summary', () => {
    const r = runScenario(p);
    expect(r.summary.whPerQuery.gpu).toBeCloseTo(phys.whGpu, 12);
    expect(r.summary.costPerQueryUsd.rented.rent).toBeCloseTo(phys.rented.rent, 12);
    expect(r.summary.costPerQueryUsd.owned.energy).toBeCloseTo(phys.owned.energy, 12);
  });
});

describe('the first month of cash flow by hand (engine v3: January 2025, the record)', () => {
  const p = defaultParams();
  // Run inside each `it`, not here: a result computed while the file loads cannot see a mutant.
  const first = () => runScenario(p).monthly;
  // Inference: 1e9 queries/day · 1.0111 s · 8.5 / 86400 s / 0.6 = 165,790 H100e; training 230,000 H100e.
  const inference = (1e9 * GPU_SECONDS * 8.5) / 86400 / 0.6;
  const demand = inference + 230_000;
  it('sizes the demand from queries, GPU-seconds, overhead, load factor and training', () => {
    const m = first();
    expect(inference).toBeCloseTo(165_790, 0);
    expect(m.demandAccel[0]).toBeCloseTo(demand, 3);
    expect(m.trainingH100e[0]).toBeCloseTo(230_000, 6);
    expect(m.inferenceH100e[0]).toBeCloseTo(inference, 6);
  });
  it('rents all of January 2025 on demand from Azure (no contract has started) and takes 20% of revenue for Microsoft', () => {
    const m = first();
    expect(m.contractedH100e[0]).toBe(0);
    expect(m.onDemandH100e[0]).toBeCloseTo(demand, 3);
    // 395,790 H100e · $2.35 · 730 h = $0.679B
    expect(m.azureRentUsdB[0]).toBeCloseTo((demand * 2.35 * 730) / 1e9, 9);
    expect(m.azureRentUsdB[0]).toBeCloseTo(0.679, 3);
    expect(m.revenueUsdB[0]).toBeCloseTo(6 / 12, 12);
    expect(m.msRevShareUsdB[0]).toBeCloseTo(0.2 * 0.5, 12);
    expect(m.reverseShareUsdB[0]).toBeCloseTo(0.08 * 0.5, 12);
    // Rented H100-class capacity at nameplate: 395,790 · 1275 W · PUE 1.2 = 605.5 MW, none idle.
    expect(m.capacityMw[0]).toBeCloseTo((demand * 1275 * 1.2) / 1e6, 6);
    expect(m.idleMw[0]).toBe(0);
    // Nothing owned runs yet: no electricity.
    expect(m.electricityUsdB[0]).toBe(0);
  });
  it('prices a chat query all-in as the inference share of compute cash over chat queries, and physics as Epoch does', () => {
    const m = first();
    // Inference's share 165,790 / 395,790 = 0.41888 of $0.67897B, over 1e9 · 365/12 queries: $0.00935.
    expect(m.computeUsdB[0]).toBeCloseTo((demand * 2.35 * 730) / 1e9, 9);
    expect(m.inferenceComputeUsdB[0]).toBeCloseTo((inference / demand) * ((demand * 2.35 * 730) / 1e9), 9);
    expect(m.costPerQueryAllInUsd[0]).toBeCloseTo((inference / demand) * ((demand * 2.35 * 730) / 30.41666666e9), 8);
    expect(m.costPerQueryAllInUsd[0]).toBeCloseTo(0.00935, 5);
    expect(m.costPerQueryPhysicsUsd[0]).toBeCloseTo(((GPU_SECONDS / 0.6) * 2.35) / 3600, 12); // $0.00110
  });
  it('burn is costs minus revenue, and cash moves by burn and funding', () => {
    const m = first();
    const costs =
      m.azureRentUsdB[0] +
      m.otherRentUsdB[0] +
      m.electricityUsdB[0] +
      m.opexUsdB[0] +
      m.capexUsdB[0] +
      m.financingUsdB[0] +
      m.chipDesignUsdB[0] +
      m.msRevShareUsdB[0] +
      m.msProfitShareUsdB[0];
    expect(m.burnUsdB[0]).toBeCloseTo(costs - m.revenueUsdB[0] - m.reverseShareUsdB[0] - m.resaleUsdB[0], 12);
    expect(m.cashUsdB[0]).toBeCloseTo(10 - m.burnUsdB[0], 12);
    // The $10B SoftBank tranche (event softbank-round-2025-04) lands in April 2025.
    expect(m.fundingUsdB[3]).toBe(10);
    expect(m.cashUsdB[3]).toBeCloseTo(m.cashUsdB[2] - m.burnUsdB[3] + 10, 9);
  });
});
