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
});
