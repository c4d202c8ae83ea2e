import { describe, expect, it } from 'vitest';
import { LeverKey, leverValues } from '../../../src/engine/leverKey';
import { defaultParams, LEVERS, type Params } from '../../../src/registry';

describe("a run's lever values (leverKey.ts)", () => {
  const at = (id: string) => LEVERS.findIndex((l) => l.id === id);

  it("reads a scenario in the registry's order, whatever the order of its keys", () => {
    const p = { ...defaultParams(), pue: 1.4, electricityUsdPerKwh: 0.31 };
    const reversed = Object.fromEntries(Object.entries(p).reverse()) as unknown as Params;
    for (const q of [p, reversed]) {
      const v = leverValues(q);
      expect(v.length).toBe(LEVERS.length);
      expect(v[at('pue')]).toBe(1.4);
      expect(v[at('electricityUsdPerKwh')]).toBe(0.31);
      expect(v[at('horizonMonths')]).toBe(defaultParams().horizonMonths);
    }
    expect(Array.from(leverValues(reversed))).toEqual(Array.from(leverValues(p)));
  });

  it('reads a missing lever as NaN, and an extra key changes nothing', () => {
    const { pue: _pue, ...rest } = defaultParams();
    expect(Number.isNaN(leverValues(rest as unknown as Params)[at('pue')])).toBe(true);
    const extra = { ...defaultParams(), note: 7 } as unknown as Params;
    expect(Array.from(leverValues(extra))).toEqual(Array.from(leverValues(defaultParams())));
  });

  it('compares two runs on its own levers only, NaN equal to NaN', () => {
    const key = new LeverKey(['pue', 'lifeYears']);
    const a = leverValues(defaultParams());
    expect(key.same(a, leverValues({ ...defaultParams(), electricityUsdPerKwh: 0.4 }))).toBe(true);
    expect(key.same(a, leverValues({ ...defaultParams(), lifeYears: 9 }))).toBe(false);
    expect(key.same(a, leverValues({ ...defaultParams(), pue: 1.01 }))).toBe(false);
    const nan = leverValues({ ...defaultParams(), pue: NaN });
    expect(key.same(nan, leverValues({ ...defaultParams(), pue: NaN }))).toBe(true);
    expect(() => new LeverKey(['noSuchLever' as never])).toThrow('LeverKey: no lever "noSuchLever" in the registry');
  });
});
