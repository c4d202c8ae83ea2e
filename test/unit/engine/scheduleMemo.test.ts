import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { clearKeptBuild } from '../../../src/engine/run';
import { SCHEDULE_READS } from '../../../src/engine/schedules';
import { SERIES } from '../../../src/engine/types';
import { defaultParams, LEVERS, type Params, type ParamValues } from '../../../src/registry';

/** The series of a run whose build was kept from the defaults' run, against those of a fresh build. */
function differs(p: Params): boolean {
  runScenario(defaultParams()); // the defaults' build is kept
  const kept = runScenario(p).monthly;
  clearKeptBuild(); // nothing kept can serve
  const fresh = runScenario(p).monthly;
  return SERIES.some((name) => kept[name].some((v, t) => !Object.is(v, fresh[name][t])));
}

describe('the capacity schedules kept between runs (run.ts, SCHEDULE_READS)', () => {
  it('answers every lever of the registry, pushed to its max or min, as a fresh build does', () => {
    const base = defaultParams();
    const stale: string[] = [];
    for (const lever of LEVERS) {
      const p = { ...base } as ParamValues;
      p[lever.id] = base[lever.id] === lever.max ? lever.min : lever.max;
      if (differs(p)) stale.push(lever.id);
    }
    expect(stale).toEqual([]);
  });

  it("fails when a lever the build reads is left out of the key (a probe without Stargate's size)", () => {
    const k = SCHEDULE_READS.ids.indexOf('stargateCapexUsdB');
    expect(k).toBeGreaterThan(-1);
    const slot = SCHEDULE_READS.at[k];
    SCHEDULE_READS.at[k] = SCHEDULE_READS.at[0]; // the key reads another lever twice instead
    try {
      expect(differs({ ...defaultParams(), stargateCapexUsdB: 100 })).toBe(true);
    } finally {
      SCHEDULE_READS.at[k] = slot;
    }
    expect(differs({ ...defaultParams(), stargateCapexUsdB: 100 })).toBe(false);
  });

  it('keeps the build across levers it does not read, and the kept run equals a fresh one', () => {
    const base = defaultParams();
    runScenario(base);
    const dear = runScenario({ ...base, electricityUsdPerKwh: 0.4 });
    clearKeptBuild();
    const fresh = runScenario({ ...base, electricityUsdPerKwh: 0.4 });
    expect(dear.summary).toEqual(fresh.summary);
    expect(Array.from(dear.monthly.electricityUsdB)).toEqual(Array.from(fresh.monthly.electricityUsdB));
  });
});
