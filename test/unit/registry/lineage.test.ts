import { describe, expect, it } from 'vitest';
import { defaultParams, LEVER_IDS, type Params } from '../../../src/registry';
import { leversSetSince, MAX_LINEAGE, withLever } from '../../../src/registry/lineage';
import { paramsPatch } from '../../../src/runner/thread';

const base = defaultParams();

describe('withLever: a scenario made from another by setting one lever', () => {
  it('sets the lever in a new object and leaves the old one as it was', () => {
    const next = withLever(base, 'pue', 1.3);
    expect(next.pue).toBe(1.3);
    expect(next).not.toBe(base);
    expect(base.pue).toBe(1.2);
    expect(next.electricityUsdPerKwh).toBe(base.electricityUsdPerKwh);
  });
});

describe('leversSetSince: the way back from a scenario to an older one', () => {
  const a = withLever(base, 'pue', 1.3);
  const b = withLever(a, 'electricityUsdPerKwh', 0.12);
  const c = withLever(b, 'pue', 1.2);

  it('lists the levers set on the way, newest first, a lever set twice twice', () => {
    expect(leversSetSince(base, c, 24)).toEqual(['pue', 'electricityUsdPerKwh', 'pue']);
    expect(leversSetSince(a, c, 24)).toEqual(['pue', 'electricityUsdPerKwh']);
    expect(leversSetSince(c, c, 24)).toEqual([]);
  });

  it('is null for a scenario not made from the other, or further than max steps away', () => {
    expect(leversSetSince({ ...base }, c, 24)).toBeNull();
    expect(leversSetSince(c, base, 24)).toBeNull();
    expect(leversSetSince(base, c, 2)).toBeNull();
    expect(leversSetSince(base, c, 3)).toHaveLength(3);
  });

  it(`remembers ${MAX_LINEAGE} steps back, then cuts the way (so a long drag does not keep every scenario)`, () => {
    expect(MAX_LINEAGE).toBe(32);
    const steps: Params[] = [base];
    for (let k = 1; k <= 40; k++) steps.push(withLever(steps[k - 1], 'queriesPerDayB', 1 + k / 100));
    // steps 1..32 remember their origin; step 33 does not; 34..40 start again from 33
    expect(leversSetSince(base, steps[32], 100)).toHaveLength(32);
    expect(leversSetSince(base, steps[33], 100)).toBeNull();
    expect(leversSetSince(steps[32], steps[40], 100)).toBeNull();
    expect(leversSetSince(steps[33], steps[40], 100)).toHaveLength(7);
  });
});

describe('paramsPatch: the levers a worker holding one scenario needs for another', () => {
  it('on a way of slider steps: the levers that differ, not one set and set back', () => {
    const c = withLever(withLever(withLever(base, 'pue', 1.3), 'electricityUsdPerKwh', 0.12), 'pue', 1.2);
    expect(paramsPatch(base, c)).toEqual({ electricityUsdPerKwh: 0.12 });
    expect(paramsPatch(base, withLever(base, 'pue', 1.2))).toEqual({});
  });

  it('reads only the levers set on the way when there is one (a value changed behind its back is not seen)', () => {
    const next = withLever(base, 'pue', 1.3);
    (next as Record<string, number>).mfu = 0.2;
    expect(paramsPatch(base, next)).toEqual({ pue: 1.3 });
  });

  it('compares every lever for a scenario of another origin', () => {
    const other = { ...base, pue: 1.3, mfu: 0.2 };
    expect(paramsPatch(base, other)).toEqual({ pue: 1.3, mfu: 0.2 });
  });

  it('is null (send the whole scenario) when more than 24 levers differ, on either path', () => {
    const ids = LEVER_IDS.slice(0, 25);
    let stepped: Params = base;
    for (const id of ids) stepped = withLever(stepped, id, base[id] + 1);
    expect(paramsPatch(base, stepped)).toBeNull();
    expect(paramsPatch(base, { ...stepped })).toBeNull();
    const fewer = ids.slice(0, 24).reduce<Params>((p, id) => withLever(p, id, base[id] + 1), base);
    expect(Object.keys(paramsPatch(base, fewer)!)).toHaveLength(24);
  });
});
