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
      fc.property(validParams, (p) => {
        const m = runScenario(p).monthly;
        for (let t = 0; t < m.optionGw.length; t++)
          if (m.optionGw[t] > 0 && m.idleH100e[t] > 1e-6 * Math.max(1, m.demandAccel[t]))
            throw new Error(`month ${t}: ${m.optionGw[t]} GW of options, ${m.idleH100e[t]} H100e idle`);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
