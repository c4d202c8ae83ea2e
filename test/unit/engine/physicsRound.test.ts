import { describe, expect, it } from 'vitest';
import {
  DAYS_PER_MONTH,
  gpuAccelPerGw,
  gpuCapexAllInUsd,
  HOURS_PER_MONTH,
  queryPhysics,
  siliconCapexAllInUsd,
  whForSeconds,
} from '../../../src/engine/physics';
import { defaultParams } from '../../../src/registry';

// Round numbers: a 100B-active model, 500 tokens, 1,000 TFLOP/s at 50% MFU: 2 × 1e11 × 500 / 5e14 = 0.2 s.
const p = {
  ...defaultParams(),
  activeParamsB: 100,
  tokensPerQuery: 500,
  peakTflops: 1000,
  mfu: 0.5,
  serverWattsPerAccel: 1800,
  powerFraction: 0.5,
  pue: 1.2,
  chipPerfPerWattGain: 2,
  electricityUsdPerKwh: 0.1,
  loadFactor: 0.5,
  azureUsdPerGpuHour: 3.6,
  accelCapexUsd: 30000,
  siliconCapexUsd: 15000,
  infraCapexMultiplier: 2,
  lifeYears: 5,
};

describe('per-query physics in round numbers (queryPhysics)', () => {
  it('0.2 GPU-seconds, 0.06 Wh on a GPU (0.2 × 1,800 W × 0.5 × 1.2 / 3,600), 0.03 Wh on the 2× chip', () => {
    const q = queryPhysics(p, 1);
    expect(q.gpuSeconds).toBeCloseTo(0.2, 15);
    expect(q.whGpu).toBeCloseTo(0.06, 15);
    expect(q.whSilicon).toBeCloseTo(0.03, 15);
    expect(whForSeconds(p, 1, 1000)).toBeCloseTo(1 / 6, 15);
  });
  it('rent: 0.4 busy-or-idle seconds at $3.60 an hour; energy at $0.1 a kWh; depreciation over 5 years of hours', () => {
    const q = queryPhysics(p, 1);
    expect(q.rented).toEqual({ energy: 0, depreciation: 0, rent: expect.closeTo(0.0004, 15) });
    expect(q.owned.energy).toBeCloseTo(0.000006, 15);
    expect(q.owned.rent).toBe(0);
    // 0.4 s × $60,000 / (5 × 8,760 × 3,600 s)
    expect(q.owned.depreciation).toBeCloseTo(24000 / 157680000, 15);
    expect(q.silicon.energy).toBeCloseTo(0.000003, 15);
    expect(q.silicon.depreciation).toBeCloseTo(12000 / 157680000, 15);
    expect(q.silicon.rent).toBe(0);
  });
  it('serving gains scale the GPU-seconds and everything after them', () => {
    const q = queryPhysics(p, 0.5);
    expect(q.gpuSeconds).toBeCloseTo(0.1, 15);
    expect(q.whGpu).toBeCloseTo(0.03, 15);
    expect(q.rented.rent).toBeCloseTo(0.0002, 15);
  });
  it('capex all in, accelerators per GW, hours and days of a month', () => {
    expect(gpuCapexAllInUsd(p)).toBe(60000);
    expect(siliconCapexAllInUsd(p)).toBe(30000);
    // 1e9 W / (1,800 W × 1.2)
    expect(gpuAccelPerGw(p)).toBeCloseTo(462962.962963, 5);
    expect(HOURS_PER_MONTH).toBe(730);
    expect(DAYS_PER_MONTH).toBeCloseTo(30.416667, 6);
  });
});
