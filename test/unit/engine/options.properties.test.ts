/**
 * Options as a property over random valid scenarios (split from options.test.ts so that the
 * mutation run's fast set keeps the hand-computed option tests; `npm test` runs both).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { validParams } from './arbitrary';

describe('options as properties', () => {
  it('an exercised option never sits idle, nor leaves binding capacity idle', () => {
    fc.assert(
      // Where running owned capacity always costs less than renting (no resale; cheap power; a
      // steady rent of at least $1.50/h). Otherwise dispatch rightly idles it: with resale near
      // the on-demand price, running costs electricity plus the resale forgone; with power dearer
      // than rent, a binding fleet of an old generation idles while rent serves demand.
      fc.property(validParams, (p0) => {
        const p = {
          ...p0,
          idleResalePct: 0,
          electricityUsdPerKwh: 0.02,
          rentDeclinePctPerYear: 0,
          azureUsdPerGpuHour: Math.max(1.5, p0.azureUsdPerGpuHour),
          otherCloudUsdPerGpuHour: Math.max(1.5, p0.otherCloudUsdPerGpuHour),
        };
        const m = runScenario(p).monthly;
        for (let t = 0; t < m.optionGw.length; t++)
          if (m.optionGw[t] > 0 && m.idleH100e[t] > 1e-6 * Math.max(1, m.demandAccel[t]))
            throw new Error(`month ${t}: ${m.optionGw[t]} GW of options, ${m.idleH100e[t]} H100e idle`);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
