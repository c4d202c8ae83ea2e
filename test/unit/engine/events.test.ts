import { describe, expect, it } from 'vitest';
import { freshEvents, scenarioEvents } from '../../../src/engine/events';
import { defaultParams, LEVERS, type ParamValues } from '../../../src/registry';

describe('the time axis events of a run (scenarioEvents, remembered between runs)', () => {
  it('answers every lever of the registry, pushed to its max or min, as a fresh list does', () => {
    const base = defaultParams();
    const stale: string[] = [];
    for (const lever of LEVERS) {
      scenarioEvents(base); // the memo holds the defaults' list
      const p = { ...base } as ParamValues;
      p[lever.id] = base[lever.id] === lever.max ? lever.min : lever.max;
      if (JSON.stringify(scenarioEvents(p)) !== JSON.stringify(freshEvents(p))) stale.push(lever.id);
    }
    expect(stale).toEqual([]);
  });

  it('moves with the levers it shows: a $50B next round in 2027-03 is a marker labelled with it', () => {
    const base = defaultParams();
    expect(scenarioEvents(base).some((e) => e.label.startsWith('Next round'))).toBe(false);
    const round = scenarioEvents({ ...base, funding3UsdB: 50, funding3Month: 24326 });
    expect(round.filter((e) => e.label.startsWith('Next round'))).toEqual([
      { kind: 'funding', id: 'funding3', label: 'Next round +$50B', month: 24326, amountUsdB: 50 },
    ]);
  });

  it('is the same list for a lever it does not read, and a list no caller can change', () => {
    const base = defaultParams();
    const a = scenarioEvents(base);
    expect(scenarioEvents({ ...base, electricityUsdPerKwh: 0.3 })).toBe(a);
    expect(() => (a as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (a[0] as { label: string }).label = 'x';
    }).toThrow(TypeError);
  });
});
