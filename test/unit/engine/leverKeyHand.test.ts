import { describe, expect, it } from 'vitest';
import { leverValues } from '../../../src/engine/leverKey';
import { defaultParams, type Params } from '../../../src/registry';

describe('a scenario’s lever values (leverValues)', () => {
  it('an object with only the registry’s first three levers: those three, the rest NaN (read by name)', () => {
    const ids = Object.keys(defaultParams());
    const part = Object.fromEntries(ids.slice(0, 3).map((id, i) => [id, i + 1])) as unknown as Params;
    const v = leverValues(part);
    expect(v).toHaveLength(ids.length);
    expect(Array.from(v.slice(0, 3))).toEqual([1, 2, 3]);
    expect(Number.isNaN(v[3])).toBe(true);
    expect(Number.isNaN(v[ids.length - 1])).toBe(true);
  });
});
