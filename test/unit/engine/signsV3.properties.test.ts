/**
 * The sign table v3 as properties over random valid scenarios, which draw every event and
 * generation lever too (split from signsV3.test.ts so that the mutation run's fast set keeps the
 * strict rows; `npm test` runs both).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { defaultParams, LEVER_BY_ID, type ParamValues } from '../../../src/registry';
import { NOW_T } from '../../../src/engine/record';
import { validParams } from './arbitrary';

type P = ParamValues;

function minCash(p: P): number {
  return runScenario(p).summary.minCashUsdB;
}

describe('sign table v3 as properties over random valid scenarios', () => {
  const RUNS = 25;
  const prop = (name: string, check: (p: P) => void) =>
    it(
      name,
      () =>
        fc.assert(
          fc.property(validParams, (p) => check(p)),
          { numRuns: RUNS },
        ),
      60_000,
    );
  const tol = (a: number) => 1e-9 * Math.max(1, Math.abs(a));
  prop('a better custom chip (perf/W up) never worsens cash', (p) => {
    const lo = minCash({ ...p, chipPerfPerWattGain: 1 });
    const hi = minCash({ ...p, chipPerfPerWattGain: 4 });
    if (hi < lo - tol(lo)) throw new Error(`min ${lo} → ${hi}`);
  });
  prop('dearer electricity never improves cash', (p) => {
    const lo = minCash({ ...p, electricityUsdPerKwh: 0.02 });
    const hi = minCash({ ...p, electricityUsdPerKwh: 0.4 });
    if (hi > lo + tol(lo)) throw new Error(`min ${lo} → ${hi}`);
  });
  prop('a revenue share of 0 is never worse than any share', (p) => {
    const lo = minCash({ ...p, msRevenueShare: 0 });
    const hi = minCash({ ...p, msRevenueShare: LEVER_BY_ID.get('msRevenueShare')!.max });
    if (hi > lo + tol(lo)) throw new Error(`min ${lo} → ${hi}`);
  });
  prop('the revenue share paid in total never exceeds the cap (nor what the record had paid by now)', (p) => {
    // A cap below what the record had already paid cannot undo payments: nothing more is paid.
    const m = runScenario(p).monthly;
    let paid = 0;
    let byNow = 0;
    for (let t = 0; t < m.msRevShareUsdB.length; t++) {
      paid += m.msRevShareUsdB[t];
      if (t <= NOW_T) byNow = paid;
    }
    const limit = Math.max(p.msRevShareCapUsdB, byNow);
    if (paid > limit + 1e-9) throw new Error(`paid ${paid} > cap ${p.msRevShareCapUsdB} (by now ${byNow})`);
  });
  it('on the defaults, the cap is reached and holds: $38B in total', () => {
    const m = runScenario(defaultParams()).monthly;
    let paid = 0;
    for (const v of m.msRevShareUsdB) paid += v;
    expect(paid).toBeCloseTo(38, 9);
  });
});
