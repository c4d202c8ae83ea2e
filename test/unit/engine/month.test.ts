/**
 * Cost lines of the month loop by hand (src/engine/month.ts): the custom chip's design spend and
 * Microsoft's backstop, each with a partner that must move.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { NOW_T } from '../../../src/engine/record';
import { COST_LINES } from '../../../src/engine/types';
import { defaultParams, EVENTS, type ParamValues } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';

const defaults = defaultParams();
const JAN_2025 = parseMonth('2025-01')!;

describe('the custom chip’s design spend', () => {
  // $2.4B over the 24 months before a January 2030 arrival: $0.1B a month, Jan 2028 – Dec 2029.
  const arrival = parseMonth('2030-01')!;
  const a = arrival - JAN_2025; // month 60
  const design = (slip: number) =>
    runScenario({ ...defaults, chipArrival: arrival, chipSlipMonths: slip, chipDesignUsdB: 2.4 }).monthly
      .chipDesignUsdB;

  it('runs the 24 months before the planned arrival, $0.1B each', () => {
    const d = design(0);
    expect(a - 24).toBeGreaterThan(NOW_T);
    expect(d[a - 25]).toBe(0);
    expect(d[a - 24]).toBeCloseTo(0.1, 12);
    expect(d[a - 1]).toBeCloseTo(0.1, 12);
    expect(d[a]).toBe(0);
    // after now (the record keeps the default chip's design months up to now)
    expect(d.slice(NOW_T + 1).reduce((s, v) => s + v, 0)).toBeCloseTo(2.4, 9);
  });

  it('runs on through a 6-month slip: $3.0B in all', () => {
    const d = design(6);
    expect(d[a - 25]).toBe(0);
    expect(d[a + 5]).toBeCloseTo(0.1, 12);
    expect(d[a + 6]).toBe(0);
    expect(d.slice(NOW_T + 1).reduce((s, v) => s + v, 0)).toBeCloseTo(3.0, 9);
  });
});

describe('Microsoft’s backstop', () => {
  // Investors cut to nothing after now, so cash falls below a $20B floor.
  const poor = { ...defaults, funding3UsdB: 0, msBackstopFloorUsdB: 20 };

  it('off: cash falls below the floor and nothing is added', () => {
    const m = runScenario({ ...poor, msBackstop: 0 }).monthly;
    expect(Math.min(...m.cashUsdB)).toBeLessThan(20);
    expect(m.backstopUsdB.every((v) => v === 0)).toBe(true);
  });

  it('on: tops cash up to the floor exactly in each month it would fall below, and only then', () => {
    const m = runScenario({ ...poor, msBackstop: 1 }).monthly;
    let topped = 0;
    for (let t = NOW_T + 1; t < m.cashUsdB.length; t++) {
      expect(m.cashUsdB[t]).toBeGreaterThanOrEqual(20 - 1e-9);
      if (m.backstopUsdB[t] > 0) topped++;
      // cash before the backstop = last month's cash + funding − burn; the backstop fills the gap to $20B
      const before = m.cashUsdB[t - 1] + m.fundingUsdB[t] - m.burnUsdB[t];
      expect(m.backstopUsdB[t]).toBeCloseTo(before < 20 ? 20 - before : 0, 9);
    }
    expect(topped).toBeGreaterThan(0);
  });
});

/**
 * Only AMD's binding 1 GW of MI450 (owned; six tranches of 1/6 GW and $4.8B from Jul 2026, the
 * last in Dec 2026, the first month after now; $28.8B in all): no contract, no Stargate, no chip
 * (as test/unit/engine/electricity.test.ts). July 2027 is month 30, in the any-cloud regime (3).
 */
function onlyAmd(): ParamValues {
  const p = defaultParams();
  for (const e of EVENTS) if (e.kind === 'contract' && !e.modelledBy && e.id !== 'amd-1gw') p[e.keys.on] = 0;
  p.azureCommitmentUsdB = 0;
  p.stargateCapexUsdB = 0;
  p.stargateStart = parseMonth('2030-12')!;
  p.siliconGw = 0;
  p.electricityUsdPerKwh = 0.1;
  return p;
}
const JUL_2027 = parseMonth('2027-07')! - JAN_2025; // 30
const DEC_2026 = parseMonth('2026-12')! - JAN_2025; // 23
const HOURS = 730;
// Rent falls 15% a year from January 2025: × 0.85^(30/12) = 0.7225 × √0.85 = 0.666112 by July 2027.
const DECLINE_JUL_2027 = 0.666112;
const AZURE_JUL_2027 = 2.35 * DECLINE_JUL_2027; // $1.565364 per H100e-hour
const OTHER_JUL_2027 = 2.1 * DECLINE_JUL_2027; // $1.398835
// Regime 3: 40% of on-demand demand goes to other clouds. 0.6 · 1.565364 + 0.4 · 1.398835 = $1.498752.
const SPOT_JUL_2027 = 1.498752;
// AMD's GW: 1,000 MW IT · 1,000 / 1.6M H100e · 0.7 draw · PUE 1.2 = 0.525 kW per H100e; × $0.10/kWh.
const AMD_USD_PER_HOUR = 0.0525;

describe('on demand after October 2025: Azure and other clouds (hand-computed, July 2027)', () => {
  it('the on-demand price is 60% Azure at $2.35 and 40% other clouds at $2.10, both down 15% a year', () => {
    expect(0.6 * AZURE_JUL_2027 + 0.4 * OTHER_JUL_2027).toBeCloseTo(SPOT_JUL_2027, 5);
    const m = runScenario(onlyAmd()).monthly;
    const h = m.onDemandH100e[JUL_2027];
    expect(h).toBeGreaterThan(1e6);
    expect(m.onDemandUsdB[JUL_2027]).toBeCloseTo((h * SPOT_JUL_2027 * HOURS) / 1e9, 4);
    // no Azure commitment: Azure's rent is its 60% of on demand; the other clouds' is the rest
    expect(m.azureRentUsdB[JUL_2027]).toBeCloseTo((h * 0.6 * AZURE_JUL_2027 * HOURS) / 1e9, 4);
    expect(m.otherRentUsdB[JUL_2027]).toBeCloseTo((h * 0.4 * OTHER_JUL_2027 * HOURS) / 1e9, 4);
    expect(m.azureContractUsdB[JUL_2027]).toBe(0);
    expect(m.contractedUsdB[JUL_2027]).toBe(0);
  });

  it('with no share to other clouds, all of it is Azure at $1.565364', () => {
    const m = runScenario({ ...onlyAmd(), otherCloudSharePct: 0 }).monthly;
    const h = m.onDemandH100e[JUL_2027];
    expect(m.onDemandUsdB[JUL_2027]).toBeCloseTo((h * AZURE_JUL_2027 * HOURS) / 1e9, 4);
    expect(m.azureRentUsdB[JUL_2027]).toBeCloseTo((h * AZURE_JUL_2027 * HOURS) / 1e9, 4);
    expect(m.otherRentUsdB[JUL_2027]).toBeCloseTo(0, 9);
  });
});

describe('idle owned capacity resold at a share of the on-demand price (hand-computed, July 2027)', () => {
  // Running AMD's GPUs costs $0.0525 per H100e-hour of electricity plus the resale it forgoes:
  // they run while 0.0525 + share · 1.498752 < 1.498752, i.e. a share below 96.5%.
  const run = (share: number) => runScenario({ ...onlyAmd(), idleResalePct: share }).monthly;

  it('at 0% nothing is resold and the 1.6M H100e run', () => {
    const m = run(0);
    expect(m.ownedH100e[JUL_2027]).toBeCloseTo(1.6e6, 3);
    expect(m.idleH100e[JUL_2027]).toBe(0);
    expect(m.resaleUsdB.every((v) => v === 0)).toBe(true);
  });

  it('at 96% running still saves more than resale earns: the GPUs run, nothing is idle to resell', () => {
    expect(AMD_USD_PER_HOUR + 0.96 * SPOT_JUL_2027).toBeLessThan(SPOT_JUL_2027);
    const m = run(96);
    expect(m.ownedH100e[JUL_2027]).toBeCloseTo(1.6e6, 3);
    expect(m.resaleUsdB[JUL_2027]).toBe(0);
    expect(m.electricityUsdB[JUL_2027]).toBeCloseTo(0.06132, 9);
  });

  it('at 97% the GPUs sit idle and are resold: 1.6M × 97% × $1.498752 × 730 h = $1.6980B', () => {
    expect(AMD_USD_PER_HOUR + 0.97 * SPOT_JUL_2027).toBeGreaterThan(SPOT_JUL_2027);
    const m = run(97);
    expect(m.ownedH100e[JUL_2027]).toBe(0);
    expect(m.idleH100e[JUL_2027]).toBeCloseTo(1.6e6, 3);
    expect(m.electricityUsdB[JUL_2027]).toBe(0);
    expect(m.resaleUsdB[JUL_2027]).toBeCloseTo((1.6e6 * 0.97 * SPOT_JUL_2027 * HOURS) / 1e9, 4);
    expect(m.resaleUsdB[JUL_2027]).toBeCloseTo(1.698, 3);
    // idle, their depreciation ($28.8B over 72 months) is idle dollars; at 96% none was
    expect(m.idleUsdB[JUL_2027]).toBeCloseTo(28.8 / 72, 9);
    expect(run(96).idleUsdB[JUL_2027]).toBe(0);
  });

  it('at 100%: $1.7505B, income that lowers burn', () => {
    const m = run(100);
    expect(m.resaleUsdB[JUL_2027]).toBeCloseTo(1.7505, 4);
    const costs = COST_LINES.reduce((s, k) => s + m[k][JUL_2027], 0);
    expect(m.burnUsdB[JUL_2027]).toBeCloseTo(
      costs - m.revenueUsdB[JUL_2027] - m.reverseShareUsdB[JUL_2027] - 1.7505,
      3,
    );
  });
});

describe('capex: the financed share is borrowed, the rest paid up front (hand-computed, AMD’s $4.8B tranche of Dec 2026)', () => {
  const run = (financed: number) => runScenario({ ...onlyAmd(), financedCapexPct: financed }).monthly;
  // A loan of P at 8% a year over 72 months costs P · r / (1 − (1 + r)^−72) a month, r = 0.08/12:
  // (1.0066667)^−72 = 0.619770, so 0.0175333 · P.
  const ANNUITY = 0.0175333;

  it('0% financed: the $4.8B is paid in December 2026', () => {
    expect(run(0).capexUsdB[DEC_2026]).toBeCloseTo(4.8, 9);
  });
  it('90% financed: $0.48B up front, and $4.32B repaid from January 2027 at $0.075744B a month', () => {
    const none = run(0);
    const m = run(90);
    expect(m.capexUsdB[DEC_2026]).toBeCloseTo(0.48, 9);
    expect(m.financingUsdB[DEC_2026]).toBeCloseTo(none.financingUsdB[DEC_2026], 9);
    for (const t of [DEC_2026 + 1, JUL_2027, m.financingUsdB.length - 1])
      expect(m.financingUsdB[t] - none.financingUsdB[t]).toBeCloseTo(4.32 * ANNUITY, 5);
  });
  it('100% financed: nothing up front, $0.084160B a month', () => {
    const none = run(0);
    const m = run(100);
    expect(m.capexUsdB[DEC_2026]).toBe(0);
    expect(m.financingUsdB[JUL_2027] - none.financingUsdB[JUL_2027]).toBeCloseTo(4.8 * ANNUITY, 5);
  });
});

describe('compute cash and who used it (July 2027, AMD only)', () => {
  it('compute is rent, electricity, capex paid and financing; training and inference split it by H100e used', () => {
    const m = runScenario(onlyAmd()).monthly;
    const t = JUL_2027;
    expect(m.computeUsdB[t]).toBeCloseTo(
      m.azureRentUsdB[t] + m.otherRentUsdB[t] + m.electricityUsdB[t] + m.capexUsdB[t] + m.financingUsdB[t],
      12,
    );
    expect(m.trainingComputeUsdB[t] + m.inferenceComputeUsdB[t]).toBeCloseTo(m.computeUsdB[t], 12);
    // nothing idle, no research: every H100e used is inference or training
    expect(m.researchH100e[t]).toBe(0);
    const used = m.ownedH100e[t] + m.onDemandH100e[t];
    expect(m.trainingH100e[t] + m.inferenceH100e[t]).toBeCloseTo(used, 3);
    expect(m.trainingComputeUsdB[t] / m.computeUsdB[t]).toBeCloseTo(m.trainingH100e[t] / used, 9);
    expect(m.trainingComputeUsdB[t]).toBeGreaterThan(0);
    expect(m.inferenceComputeUsdB[t]).toBeGreaterThan(0);
  });
});

describe('an exercised option in the month loop (AMD’s options beside its 1 GW, a 2-year life)', () => {
  // The policy buys 0.125 GW of MI450 (200,000 H100e at $18,000 = $3.6B) in each of Dec 2027,
  // Jan and Feb 2028 (months 35–37) here; month.ts books each: online for its 24-month life,
  // depreciated at $3.6B / 24 = $0.15B a month, vendor-financed at 8% over the life
  // ((1.0066667)^−24 = 0.852596: $3.6B · 0.045227 = $0.162818B a month from its first month).
  const q = () => ({ ...onlyAmd(), lifeYears: 2 });
  const runs = () => ({
    on: runScenario({ ...q(), 'amd-options.on': 1 }).monthly,
    off: runScenario({ ...q(), 'amd-options.on': 0 }).monthly,
  });
  const DEC_2027 = 35;

  it('comes online in the month it is bought and counts as owned capacity, depreciation and financing', () => {
    const { on, off } = runs();
    expect(on.optionGw[DEC_2027 - 1]).toBe(0);
    expect(on.optionGw[DEC_2027]).toBeCloseTo(0.125, 12);
    expect(on.ownedH100e[DEC_2027] - off.ownedH100e[DEC_2027]).toBeCloseTo(200_000, 3);
    expect(on.depreciationUsdB[DEC_2027] - off.depreciationUsdB[DEC_2027]).toBeCloseTo(0.15, 9);
    expect(on.financingUsdB[DEC_2027 - 1] - off.financingUsdB[DEC_2027 - 1]).toBeCloseTo(0, 12);
    expect(on.financingUsdB[DEC_2027] - off.financingUsdB[DEC_2027]).toBeCloseTo(0.162818, 6);
    // nothing paid up front
    expect(on.capexUsdB[DEC_2027]).toBe(off.capexUsdB[DEC_2027]);
    expect(on.optionGw[DEC_2027 + 2]).toBeCloseTo(0.375, 12);
    expect(on.depreciationUsdB[DEC_2027 + 2] - off.depreciationUsdB[DEC_2027 + 2]).toBeCloseTo(0.45, 9);
  });

  it('leaves at the end of its life: 24 months after each tranche, capacity, MW, depreciation and loan go', () => {
    const { on, off } = runs();
    const gone = DEC_2027 + 24; // Dec 2029
    expect(on.optionGw[gone - 1]).toBeCloseTo(0.375, 12);
    expect(on.optionGw[gone]).toBeCloseTo(0.25, 12);
    expect(on.optionGw[gone + 1]).toBeCloseTo(0.125, 12);
    expect(on.optionGw[gone + 2]).toBeCloseTo(0, 12);
    expect(on.ownedH100e[gone] - off.ownedH100e[gone]).toBeCloseTo(400_000, 3);
    expect(on.depreciationUsdB[gone] - off.depreciationUsdB[gone]).toBeCloseTo(0.3, 9);
    expect(on.depreciationUsdB[gone + 2] - off.depreciationUsdB[gone + 2]).toBeCloseTo(0, 9);
    expect(on.financingUsdB[gone] - off.financingUsdB[gone]).toBeCloseTo(2 * 0.162818, 6);
    expect(on.financingUsdB[gone + 2] - off.financingUsdB[gone + 2]).toBeCloseTo(0, 9);
  });

  it('idle (resold at 97%), its depreciation is idle dollars with the 1 GW’s: all owned depreciation', () => {
    const m = runScenario({ ...q(), 'amd-options.on': 1, idleResalePct: 97 }).monthly;
    const t = DEC_2027 + 5;
    expect(m.optionGw[t]).toBeCloseTo(0.375, 12);
    expect(m.ownedH100e[t]).toBe(0);
    // 0.45 of options + $28.8B over the 2-year life's remaining months for the 1 GW
    expect(m.idleUsdB[t]).toBeCloseTo(m.depreciationUsdB[t], 12);
    expect(m.idleUsdB[t]).toBeGreaterThan(0.45);
  });
});

describe('the NVIDIA letter of intent exercised: NVIDIA invests $10B per GW as it is bought', () => {
  it('0.25 GW a month from Dec 2027 brings $2.5B of funding each month, none before', () => {
    const p = { ...onlyAmd(), 'amd-options.on': 0 };
    const on = runScenario({ ...p, 'nvidia-10gw-loi.on': 1 }).monthly;
    const off = runScenario({ ...p, 'nvidia-10gw-loi.on': 0 }).monthly;
    expect(p.nvidiaInvestUsdBPerGw).toBe(10);
    expect(on.optionGw[34]).toBe(0);
    expect(on.fundingUsdB[34]).toBe(off.fundingUsdB[34]);
    for (const t of [35, 36, 50]) {
      expect(on.optionGw[t] - on.optionGw[t - 1]).toBeCloseTo(0.25, 12);
      expect(on.fundingUsdB[t] - off.fundingUsdB[t]).toBeCloseTo(2.5, 9);
    }
  });
});

describe('Plan B: Microsoft moves part of the Azure channel to its own models', () => {
  // 20% of the 15% Azure channel, ramped over 24 months from Apr 2026 (month 15); the record up to
  // now keeps its own, so the projection starts in month 23 at 9/24 of the ramp:
  // 1 − 0.2 · 0.15 · 9/24 = 0.98875; month 30: 16/24 → 0.98; from month 38 on: 0.97.
  it('takes its share of revenue and of inference compute, not of the queries asked', () => {
    const none = runScenario({ ...defaults, planBShiftPct: 0 }).monthly;
    const m = runScenario({ ...defaults, planBShiftPct: 20 }).monthly;
    for (const [t, kept] of [
      [NOW_T, 1],
      [23, 0.98875],
      [30, 0.98],
      [40, 0.97],
      [70, 0.97],
    ]) {
      expect(m.revenueUsdB[t] / none.revenueUsdB[t], `month ${t}`).toBeCloseTo(kept, 12);
      expect(m.inferenceH100e[t] / none.inferenceH100e[t], `month ${t}`).toBeCloseTo(kept, 12);
      expect(m.queriesPerDayB[t]).toBe(none.queriesPerDayB[t]);
    }
    // queries keep growing through the projection (8.2 billion a day at now)
    expect(m.queriesPerDayB[NOW_T]).toBeGreaterThan(8);
    expect(m.queriesPerDayB[70]).toBeGreaterThan(m.queriesPerDayB[40]);
    expect(m.queriesPerDayB[40]).toBeGreaterThan(m.queriesPerDayB[NOW_T]);
  });
});

describe('a run leaves the record it started from as it was', () => {
  it('the default gives the same months after a run that moves Microsoft’s stake and NVIDIA’s funded GW', () => {
    const before = runScenario(defaults).monthly;
    const loi = { ...defaults, 'nvidia-10gw-loi.on': 1 };
    const first = runScenario(loi).monthly;
    expect(first.fundingUsdB.some((v, t) => v !== before.fundingUsdB[t])).toBe(true);
    expect(runScenario(loi).monthly.msStakePct).toEqual(first.msStakePct);
    expect(runScenario(loi).monthly.fundingUsdB).toEqual(first.fundingUsdB);
    expect(runScenario(defaults).monthly.cashUsdB).toEqual(before.cashUsdB);
  });
});

describe('take-or-pay capacity demand leaves over serves research (default on), on the defaults', () => {
  // Dec 2026 (month 23): the contracts hold more than demand uses; nothing more is paid for it.
  const t = 23;
  // 0.85^(23/12) = 0.732352: 0.6 · 2.35 · 0.732352 + 0.4 · 2.1 · 0.732352 = $1.647791 per H100e-hour
  const SPOT_DEC_2026 = 1.647791;
  it('research takes the surplus: as much less idle, as much more training, the same compute cash', () => {
    const on = runScenario({ ...defaults, surplusToResearch: 1 }).monthly;
    const off = runScenario({ ...defaults, surplusToResearch: 0 }).monthly;
    expect(off.researchH100e[t]).toBe(0);
    const research = on.researchH100e[t];
    expect(research).toBeGreaterThan(10_000);
    expect(off.idleH100e[t] - on.idleH100e[t]).toBeCloseTo(research, 3);
    expect(on.trainingH100e[t] - off.trainingH100e[t]).toBeCloseTo(research, 3);
    expect(on.computeUsdB[t]).toBe(off.computeUsdB[t]);
    expect(on.trainingComputeUsdB[t]).toBeGreaterThan(off.trainingComputeUsdB[t] + 0.01);
    expect(on.trainingComputeUsdB[t] + on.inferenceComputeUsdB[t]).toBeCloseTo(on.computeUsdB[t], 12);
    // no surplus in month 27: the same split
    expect(on.researchH100e[27]).toBe(0);
    expect(on.trainingComputeUsdB[27]).toBe(off.trainingComputeUsdB[27]);
  });
  it('what stays idle is resold at the share of the on-demand price, research or not', () => {
    for (const research of [0, 1]) {
      const m = runScenario({ ...defaults, surplusToResearch: research, idleResalePct: 50 }).monthly;
      expect(m.idleH100e[t]).toBeGreaterThan(1e6);
      expect(m.resaleUsdB[t]).toBeCloseTo((m.idleH100e[t] * 0.5 * SPOT_DEC_2026 * 730) / 1e9, 5);
    }
  });
});

describe('electricity of the custom chip by hand (its binding 1.3 GW alone, before any option)', () => {
  // No contract, no Stargate, no owned GPU: the chip's phase 1 comes online from Dec 2026 at
  // 10/37 GW a month (270.27 MW of IT power) until 1.3 GW, and runs (demand is larger).
  const chipOnly = (): ParamValues => {
    const p = defaultParams();
    for (const e of EVENTS) if (e.kind === 'contract' && !e.modelledBy) p[e.keys.on] = 0;
    p.azureCommitmentUsdB = 0;
    p.stargateCapexUsdB = 0;
    p.stargateStart = parseMonth('2030-12')!;
    p.electricityUsdPerKwh = 0.1;
    return p;
  };
  it('Dec 2026: 270.27 MW × 0.7 × 1.2 = 227.03 MW drawn, × 730 h × $0.10/kWh = $16.573M', () => {
    const m = runScenario(chipOnly()).monthly;
    expect(m.drawMw[DEC_2026]).toBeCloseTo((10_000 / 37) * 0.84, 6);
    expect(m.electricityUsdB[DEC_2026]).toBeCloseTo(0.016573, 6);
  });
  it('Jul 2027: all 1.3 GW, 1,092 MW drawn, $79.716M; twice that at twice the price', () => {
    const m = runScenario(chipOnly()).monthly;
    expect(m.drawMw[JUL_2027]).toBeCloseTo(1092, 6);
    expect(m.electricityUsdB[JUL_2027]).toBeCloseTo(0.079716, 9);
    const dearer = runScenario({ ...chipOnly(), electricityUsdPerKwh: 0.2 }).monthly;
    expect(dearer.electricityUsdB[JUL_2027]).toBeCloseTo(0.159432, 9);
  });
});

describe('Azure: the commitment as signed, and the Microsoft-funded pool paid as used', () => {
  // No contract or owned capacity but Stargate, all of it paid by Microsoft (the pool).
  const poolOnly = (commitmentUsdB: number, msSharePct: number): ParamValues => {
    const p = defaultParams();
    for (const e of EVENTS) if (e.kind === 'contract' && !e.modelledBy) p[e.keys.on] = 0;
    p.siliconGw = 0;
    p.azureCommitmentUsdB = commitmentUsdB;
    p.stargateOpenAiSharePct = 0;
    p.stargateMicrosoftSharePct = msSharePct;
    return p;
  };
  // The contract rate: $2.35 less 20%, down 15% a year: $1.376821 in Dec 2026, $1.252291 in Jul 2027.
  const RATE = { [DEC_2026]: 1.376821, [JUL_2027]: 1.252291 };

  it('with no commitment, the pool is paid as used: H100e × the contract rate × 730 h', () => {
    const m = runScenario(poolOnly(0, 100)).monthly;
    for (const t of [DEC_2026, JUL_2027]) {
      expect(m.msPoolH100e[t]).toBeGreaterThan(1e5);
      expect(m.azureContractUsdB[t]).toBeCloseTo((m.msPoolH100e[t] * RATE[t] * 730) / 1e9, 5);
    }
    expect(m.azureContractUsdB[NOW_T]).toBe(0);
  });
  it('$250B over 84 months, ramped over 24 from Jan 2026, is owed as signed: $3.448276B a month at full rate', () => {
    // Σ over the term of min(1, (j+1)/24) = 12.5 + 60 = 72.5; $250B / 72.5 = $3.448276B; Dec 2026 is month 12 of the ramp.
    const m = runScenario(poolOnly(250, 0)).monthly;
    expect(m.azureContractUsdB[DEC_2026]).toBeCloseTo(250 / 72.5 / 2, 9);
    expect(m.azureContractUsdB[60]).toBeCloseTo(250 / 72.5, 9);
    expect(m.msPoolH100e[JUL_2027]).toBe(0);
  });
  it('with the commitment fully used, the pool’s use is paid on top of it', () => {
    const signed = runScenario(poolOnly(250, 0)).monthly;
    const m = runScenario(poolOnly(250, 100)).monthly;
    const t = DEC_2026;
    // (without Microsoft's share, Stargate is leased from the partners: other contracts, not Azure)
    expect(m.azureContractUsdB[t] - signed.azureContractUsdB[t]).toBeCloseTo(
      (m.msPoolH100e[t] * RATE[t] * 730) / 1e9,
      5,
    );
    expect(m.azureContractUsdB[t] - signed.azureContractUsdB[t]).toBeGreaterThan(0.1);
  });
});

describe('per chat query in the projection (July 2027, AMD only)', () => {
  // The H100's 0.300809 Wh and 1.0111 GPU-seconds a query in January 2025 (physics.test.ts), both
  // scaled by the month's efficiency; Plan B serves 98% of the queries asked in July 2027.
  const GPU_SECONDS = 1e14 / 9.89e13;
  it('all-in: inference compute over the queries served; Microsoft’s share: over all queries asked', () => {
    const m = runScenario(onlyAmd()).monthly;
    const t = JUL_2027;
    const asked = m.queriesPerDayB[t] * 1e9 * (365 / 12);
    expect(m.costPerQueryAllInUsd[t]).toBeCloseTo((m.inferenceComputeUsdB[t] * 1e9) / (asked * 0.98), 12);
    expect(m.msSharePerQueryUsd[t]).toBeCloseTo((m.msRevShareUsdB[t] * 1e9) / asked, 12);
  });
  it('physics: the month’s GPU-seconds (the same efficiency as its Wh) at the month’s blend of rates', () => {
    const m = runScenario({ ...onlyAmd(), 'amd-1gw.on': 0 }).monthly; // everything on demand
    const t = JUL_2027;
    const efficiency = m.whPerQueryGpu[t] / 0.30080889787664306;
    expect(efficiency).toBeGreaterThan(1.5); // compute per query grows (1.897 by July 2027)
    expect(m.costPerQueryPhysicsUsd[t]).toBeCloseTo(((GPU_SECONDS * efficiency) / 0.6 / 3600) * SPOT_JUL_2027, 8);
  });
});
