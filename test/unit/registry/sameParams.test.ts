import { describe, expect, it } from 'vitest';
import { sameParams } from '../../../src/registry';

describe('sameParams', () => {
  it('compares every lever both ways', () => {
    expect(sameParams({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameParams({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    // a lever missing on either side
    expect(sameParams({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameParams({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    // Object.is: NaN equals NaN, 0 and -0 differ
    expect(sameParams({ a: NaN }, { a: NaN })).toBe(true);
    expect(sameParams({ a: 0 }, { a: -0 })).toBe(false);
  });

  // the store's selections (src/store/pick.ts) are compared the same way
  const f = () => 0;
  it.each([
    ['the same values of any kind', { a: 1, b: 'x', c: f }, { a: 1, b: 'x', c: f }, true],
    ['two empty records', {}, {}, true],
    ['an equal but other object in a field', { a: { x: 1 } }, { a: { x: 1 } }, false],
    ['a key more on the right, undefined', { a: 1 }, { a: 1, b: undefined }, false],
    ['a key more on the left, undefined', { a: 1, b: undefined }, { a: 1 }, false],
    ['as many keys, other ones, undefined', { a: undefined }, { b: undefined }, false],
  ])('%s', (_name, a: Record<string, unknown>, b: Record<string, unknown>, same) => {
    expect(sameParams(a, b)).toBe(same);
    expect(sameParams(b, a)).toBe(same);
  });
});
