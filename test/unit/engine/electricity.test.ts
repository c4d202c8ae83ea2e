/**
 * Electricity by hand (engine v3; engine v2 priced owned GPUs 1,000× too low): a scenario where
 * only owned capacity runs, so electricity = MW in use × hours × $/kWh.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { COST_LINES } from '../../../src/engine/types';
import { defaultParams, EVENTS, type ParamValues } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';

/** Only AMD's binding 1 GW of MI450 (owned, online from Dec 2026): no contract, no Stargate, no chip, no option. */
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

describe('electricity of owned capacity, by hand', () => {
  const p = onlyAmd();
  // Run inside each `it`, not here: a result computed while the file loads cannot see a mutant.
  const run = () => runScenario(p).monthly;
  const jul2027 = parseMonth('2027-07')! - parseMonth('2025-01')!;

  it('runs the whole 1 GW (demand is larger) and rents the rest', () => {
    const m = run();
    // 1 GW of IT power in MI450 systems at 2,500 W and 4 H100e each: 1.6M H100e, all in use.
    expect(m.ownedH100e[jul2027]).toBeCloseTo(1.6e6, 3);
    expect(m.onDemandH100e[jul2027]).toBeGreaterThan(0);
    expect(m.contractedH100e[jul2027]).toBe(0);
  });

  it('draws 840 MW: 1,000 MW of IT power × 0.7 average draw × PUE 1.2', () => {
    const m = run();
    expect(m.drawMw[jul2027]).toBeCloseTo(840, 6);
  });

  it('pays 840 MW × 730 h × $0.10/kWh = $61.32M in the month', () => {
    const m = run();
    expect(m.electricityUsdB[jul2027]).toBeCloseTo(0.06132, 9);
  });

  it('doubles when the price doubles, and is zero when nothing owned runs', () => {
    const dearer = runScenario({ ...p, electricityUsdPerKwh: 0.2 }).monthly;
    expect(dearer.electricityUsdB[jul2027]).toBeCloseTo(0.12264, 9);
    const none = runScenario({ ...p, 'amd-1gw.on': 0 }).monthly;
    expect(none.electricityUsdB[jul2027]).toBe(0);
  });

  it('is a cost line of burn, so a dearer kWh is a larger burn by the same amount', () => {
    const m = run();
    expect(COST_LINES).toContain('electricityUsdB');
    const dearer = runScenario({ ...p, electricityUsdPerKwh: 0.2 }).monthly;
    expect(dearer.burnUsdB[jul2027] - m.burnUsdB[jul2027]).toBeCloseTo(0.06132, 9);
  });
});
