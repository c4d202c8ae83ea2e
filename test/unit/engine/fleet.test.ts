/**
 * One month's fleet, per-query and Microsoft figures by hand (src/engine/fleetMonth): a month built
 * from round numbers, each output worked out below from the fixture's own figures.
 */
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../src/engine/dispatch';
import { fleetMonth, type FleetInputs } from '../../../src/engine/fleet';
import type { MonthContext } from '../../../src/engine/month';
import type { QueryPhysics } from '../../../src/engine/physics';
import { RUNWAY_CAP_MONTHS } from '../../../src/engine/time';
import { createWorkspace } from '../../../src/engine/workspace';

const T = 2;

/**
 * Month 2. Take-or-pay: 100 H100e of contracts + 50 of the Azure commitment on 0.15 IT MW
 * (1,000 W per H100e), $277,400 in the month (= $2 per H100e-hour over 150 + 40 pool H100e × 730 h).
 * Owned: 80 GPUs H100e on 0.08 MW (1,000 W), $58,400 of depreciation ($1 an hour each);
 * 50 silicon H100e on 0.025 MW (500 W), $73,000 ($2 an hour each). The Microsoft-funded pool:
 * 40 H100e on 0.04 MW. The market's H100e draws 1,200 W. PUE 1.25, load factor 0.5, power fraction 0.8.
 */
function month(over: { cash?: number; burn?: [number, number, number]; d?: Partial<Dispatch> } = {}) {
  const { series: s, schedules } = createWorkspace(12);
  const [b0, b1, b2] = over.burn ?? [1, 2, 3];
  s.burnUsdB[0] = b0;
  s.burnUsdB[1] = b1;
  s.burnUsdB[2] = b2;
  s.contractedUsdB[T] = 0.0002774;
  s.inferenceComputeUsdB[T] = 0.06;
  s.msRevShareUsdB[T] = 0.03;
  s.azureRentUsdB[T] = 0.2;
  s.msProfitShareUsdB[T] = 0.01;
  schedules.contracted[T] = 100;
  schedules.azure[T] = 50;
  schedules.contractedMw[T] = 0.1;
  schedules.azureMw[T] = 0.05;
  schedules.msPool[T] = 40;
  schedules.msPoolMw[T] = 0.04;
  const c = {
    s,
    sched: schedules,
    p: { pue: 1.25, loadFactor: 0.5, powerFraction: 0.8, electricityUsdPerKwh: 0.1, azureMarginPct: 40 },
    hw: { marketWattsPerH100e: () => 1200 },
    state: { cash: over.cash ?? 10, stake: { pct: 20, valuation: 500, nvidiaFundedGw: 0 } },
  } as unknown as MonthContext;
  const d: Dispatch = {
    contracted: 120,
    researchContracted: 10,
    silicon: 30,
    ownedGpu: 60,
    pool: 40,
    onDemand: 50,
    ...over.d,
  };
  const base: QueryPhysics = {
    gpuSeconds: 1.8,
    whGpu: 0.4,
    whSilicon: 0.1,
    rented: { rent: 0.002, energy: 0, depreciation: 0 },
    owned: { rent: 0, energy: 0.0006, depreciation: 0.0008 },
    silicon: { rent: 0, energy: 0.0002, depreciation: 0.0004 },
  } as QueryPhysics;
  const f: FleetInputs = {
    d,
    gpuSeconds: 1.8,
    servedQueriesPerDay: 1e6,
    queriesPerMonth: 3e7,
    spot: 3,
    contractRate: 1.5,
    silicon: 50,
    siliconMw: 0.025,
    ownedGpu: 80,
    ownedGpuMw: 0.08,
    gpuDepreciation: 0.0000584,
    siliconDepreciation: 0.000073,
    siliconKw: 0.6,
    gpuKw: 1.2,
    base,
    efficiency: 0.5,
  };
  fleetMonth(c, T, f);
  return s;
}

describe('fleetMonth by hand', () => {
  it('counts H100e by pool: 300 in use, 210 of them rented', () => {
    const s = month();
    expect(s.demandAccel[T]).toBe(300); // 120 + 30 + 60 + 40 + 50
    expect(s.siliconAccel[T]).toBe(30);
    expect(s.ownedGpuAccel[T]).toBe(60);
    expect(s.rentedAccel[T]).toBe(210); // 120 + 40 + 50
    expect(s.contractedH100e[T]).toBe(120);
    expect(s.ownedH100e[T]).toBe(90);
    expect(s.onDemandH100e[T]).toBe(50);
    expect(s.msPoolH100e[T]).toBe(40);
  });

  it('adds up facility MW: contracts 0.1875, owned 0.13125, on demand and pool 0.125', () => {
    const s = month();
    expect(s.contractedMw[T]).toBeCloseTo(0.15 * 1.25, 12);
    expect(s.ownedMw[T]).toBeCloseTo(0.105 * 1.25, 12);
    // (50 × 1,200 W + 40 × 1,000 W) × 1.25
    expect(s.onDemandMw[T]).toBeCloseTo(0.125, 12);
    expect(s.capacityMw[T]).toBeCloseTo(0.44375, 12);
  });

  it('finds 60 H100e idle (20 contracted after 10 for research, 20 silicon, 20 GPUs), their MW and dollars', () => {
    const s = month();
    expect(s.idleH100e[T]).toBeCloseTo(60, 9);
    // (20 × 1,000 W + 20 × 1,000 W + 20 × 500 W) × 1.25 = 62,500 W
    expect(s.idleMw[T]).toBeCloseTo(0.0625, 12);
    expect(s.fleetMw[T]).toBeCloseTo(0.44375 - 0.0625, 12);
    // 20/150 of the contracts' $277,400, 20/80 of $58,400, 20/50 of $73,000
    expect(s.idleUsdB[T] * 1e9).toBeCloseTo(36_986.667 + 14_600 + 29_200, 2);
  });

  it('prices a query by physics: 0.001 H100e-hours at the blend of energy, depreciation and rent', () => {
    const s = month();
    // 1.8 s ÷ 0.5 load ÷ 3,600 = 0.001 h. Energy: (30 × 0.6 kW + 60 × 1.2 kW) ÷ 300 × $0.10/kWh.
    expect(s.blendedEnergyUsd[T]).toBeCloseTo(0.001 * (90 / 300) * 0.1, 15);
    // Depreciation: (30 × $2 + 60 × $1) ÷ 300 an hour.
    expect(s.blendedDeprUsd[T]).toBeCloseTo(0.001 * (120 / 300), 15);
    // Rent: (120 + 40) × $2 (contracts and pool, their rate) + 50 × $3 (on demand, the spot price), ÷ 300.
    expect(s.blendedRentUsd[T]).toBeCloseTo(0.001 * (470 / 300), 15);
    expect(s.costPerQueryPhysicsUsd[T]).toBeCloseTo(0.00003 + 0.0004 + 0.001 * (470 / 300), 15);
    // All-in: $60M of inference compute over 1M × 365 / 12 queries.
    expect(s.costPerQueryAllInUsd[T]).toBeCloseTo(0.06e9 / (1e6 * 30.416666666666668), 9);
  });

  it('prices on-demand rent at the spot price, contracts and the pool at the contracts’ rate', () => {
    // all 210 rented H100e on demand at $3
    const spot = month({ d: { contracted: 0, researchContracted: 0, pool: 0, onDemand: 210 } });
    expect(spot.blendedRentUsd[T]).toBeCloseTo(0.001 * ((210 * 3) / 300), 15);
    // all 210 on contracts and the pool at $277,400 ÷ ((150 + 40) × 730 h) = $2
    const contracts = month({ d: { contracted: 150, researchContracted: 0, pool: 40, onDemand: 20 } });
    expect(contracts.blendedRentUsd[T]).toBeCloseTo(0.001 * ((190 * 2 + 20 * 3) / 300), 15);
  });

  it('gives Wh per query: the H100 and chip figures at this month’s efficiency, and the blend by pool', () => {
    const s = month();
    expect(s.whPerQueryGpu[T]).toBeCloseTo(0.2, 15);
    expect(s.whPerQuerySilicon[T]).toBeCloseTo(0.05, 15);
    // 1.8 s × 0.8 × 1.25 ÷ 3,600 Wh per watt, × (120 × 1,000 + 60 × 1,000 + 30 × 500 + 40 × 1,000 + 50 × 1,200) W ÷ 300
    expect(s.whPerQueryBlended[T]).toBeCloseTo(0.0005 * (295_000 / 300), 12);
    expect(s.rentedRentUsd[T]).toBeCloseTo(0.001, 15);
    expect(s.ownedEnergyUsd[T]).toBeCloseTo(0.0003, 15);
    expect(s.ownedDeprUsd[T]).toBeCloseTo(0.0004, 15);
    expect(s.siliconEnergyUsd[T]).toBeCloseTo(0.0001, 15);
    expect(s.siliconDeprUsd[T]).toBeCloseTo(0.0002, 15);
  });

  it("gives Microsoft's side: $30M share over 30M queries, its take, its stake", () => {
    const s = month();
    expect(s.msSharePerQueryUsd[T]).toBeCloseTo(1, 12);
    // $0.03B share + 40% margin on $0.2B of Azure rent + $0.01B profit share
    expect(s.msTakeUsdB[T]).toBeCloseTo(0.12, 12);
    expect(s.msStakePct[T]).toBe(20);
    expect(s.valuationUsdB[T]).toBe(500);
    expect(s.msStakeValueUsdB[T]).toBeCloseTo(100, 12);
  });

  it('gives runway as cash over the trailing three months of burn, capped, never negative', () => {
    // $10B over the mean of $1B, $2B, $3B
    expect(month().runwayMonths[T]).toBeCloseTo(5, 12);
    // a larger burn in the months before changes it: only the trailing three count
    expect(month({ burn: [4, 2, 3] }).runwayMonths[T]).toBeCloseTo(10 / 3, 12);
    expect(month({ cash: -5 }).runwayMonths[T]).toBe(0);
    expect(month({ burn: [1, -3, 2] }).runwayMonths[T]).toBe(RUNWAY_CAP_MONTHS); // mean 0
    // no burn on average: capped even with cash below zero (never burning, it never runs out)
    expect(month({ cash: -5, burn: [1, -3, 2] }).runwayMonths[T]).toBe(RUNWAY_CAP_MONTHS);
    expect(month({ burn: [-1, -1, -1] }).runwayMonths[T]).toBe(RUNWAY_CAP_MONTHS);
    expect(month({ cash: 1e6, burn: [1, 1, 1] }).runwayMonths[T]).toBe(RUNWAY_CAP_MONTHS);
    expect(month({ cash: 599, burn: [1, 1, 1] }).runwayMonths[T]).toBeCloseTo(599, 12);
  });

  it('counts nothing idle and prices nothing when nothing is online or in use', () => {
    const { series: s } = createWorkspace(12);
    const c = {
      s,
      sched: createWorkspace(12).schedules,
      p: { pue: 1.2, loadFactor: 0.6, powerFraction: 0.7, electricityUsdPerKwh: 0.1, azureMarginPct: 0 },
      hw: { marketWattsPerH100e: () => 1200 },
      state: { cash: 1, stake: { pct: 0, valuation: 0, nvidiaFundedGw: 0 } },
    } as unknown as MonthContext;
    const zero = { rent: 0, energy: 0, depreciation: 0 };
    fleetMonth(c, 0, {
      d: { contracted: 0, researchContracted: 0, silicon: 0, ownedGpu: 0, pool: 0, onDemand: 0 },
      gpuSeconds: 1,
      servedQueriesPerDay: 0,
      queriesPerMonth: 1,
      spot: 2,
      contractRate: 1,
      silicon: 0,
      siliconMw: 0,
      ownedGpu: 0,
      ownedGpuMw: 0,
      gpuDepreciation: 0,
      siliconDepreciation: 0,
      siliconKw: 0,
      gpuKw: 0,
      base: { gpuSeconds: 1, whGpu: 0, whSilicon: 0, rented: zero, owned: zero, silicon: zero } as QueryPhysics,
      efficiency: 1,
    });
    expect(s.idleUsdB[0]).toBe(0);
    expect(s.idleMw[0]).toBe(0);
    expect(s.costPerQueryPhysicsUsd[0]).toBe(0);
    expect(s.whPerQueryBlended[0]).toBe(0);
    expect(s.costPerQueryAllInUsd[0]).toBe(0);
    // no burn at all in the month: runway is capped
    expect(s.runwayMonths[0]).toBe(RUNWAY_CAP_MONTHS);
  });

  it('averages runway over the months there are in month 0 and 1', () => {
    const { series: s, schedules } = createWorkspace(12);
    s.burnUsdB[0] = 2;
    s.burnUsdB[1] = 4;
    const c = {
      s,
      sched: schedules,
      p: { pue: 1.2, loadFactor: 0.6, powerFraction: 0.7, electricityUsdPerKwh: 0.1, azureMarginPct: 0 },
      hw: { marketWattsPerH100e: () => 1200 },
      state: { cash: 12, stake: { pct: 0, valuation: 0, nvidiaFundedGw: 0 } },
    } as unknown as MonthContext;
    const zero = { rent: 0, energy: 0, depreciation: 0 };
    const f = {
      d: { contracted: 0, researchContracted: 0, silicon: 0, ownedGpu: 0, pool: 0, onDemand: 1 },
      gpuSeconds: 1,
      servedQueriesPerDay: 1,
      queriesPerMonth: 1,
      spot: 2,
      contractRate: 1,
      silicon: 0,
      siliconMw: 0,
      ownedGpu: 0,
      ownedGpuMw: 0,
      gpuDepreciation: 0,
      siliconDepreciation: 0,
      siliconKw: 0,
      gpuKw: 0,
      base: { gpuSeconds: 1, whGpu: 0, whSilicon: 0, rented: zero, owned: zero, silicon: zero } as QueryPhysics,
      efficiency: 1,
    };
    fleetMonth(c, 0, f);
    expect(s.runwayMonths[0]).toBeCloseTo(6, 12); // 12 / 2
    fleetMonth(c, 1, f);
    expect(s.runwayMonths[1]).toBeCloseTo(4, 12); // 12 / mean(2, 4)
    s.burnUsdB[2] = 6;
    s.burnUsdB[3] = 8;
    fleetMonth(c, 3, f);
    expect(s.runwayMonths[3]).toBeCloseTo(2, 12); // 12 / mean(4, 6, 8): month 0 no longer counts
  });
});
