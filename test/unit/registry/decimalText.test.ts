import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal, shiftLeft, toFixedHalfUp } from '../../../src/registry/decimalText';

describe('decimal text without a decimal library', () => {
  it('writes the shortest round-trip decimal without an exponent (hand-written cases)', () => {
    expect(plainDecimal(2.5e-7)).toBe('0.00000025');
    expect(plainDecimal(0.09535)).toBe('0.09535');
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(-1.5e-8)).toBe('-0.000000015');
  });
  it('rounds halves away from zero on the decimal text (hand-written cases)', () => {
    expect(toFixedHalfUp(1.005, 2)).toBe('1.01');
    expect(toFixedHalfUp(2.675, 2)).toBe('2.68');
    expect(toFixedHalfUp(9.995, 2)).toBe('10.00');
    expect(toFixedHalfUp(-0.004, 2)).toBe('0.00');
    expect(toFixedHalfUp(-1.25, 1)).toBe('-1.3');
    expect(toFixedHalfUp(12, 0)).toBe('12');
    expect(toFixedHalfUp(0.5, 0)).toBe('1');
  });
  it('shifts a decimal exactly (cents to dollars)', () => {
    expect(shiftLeft('8.1', 2)).toBe('0.081');
    expect(shiftLeft('12.5', 2)).toBe('0.125');
    expect(shiftLeft('1200', 2)).toBe('12');
    expect(shiftLeft('-5', 2)).toBe('-0.05');
    // a link's text may carry leading zeros; zero is never signed
    expect(shiftLeft('0012', 1)).toBe('1.2');
    expect(shiftLeft('10000', 2)).toBe('100');
    expect(shiftLeft('-0', 2)).toBe('0');
    expect(shiftLeft('-0.001', 1)).toBe('-0.0001');
  });
  it('agrees with decimal.js on any finite float', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (v, d) => {
          expect(toFixedHalfUp(v, d)).toBe(
            new Decimal(v)
              .toDecimalPlaces(d, Decimal.ROUND_HALF_UP)
              .toFixed(d)
              .replace(/^-(0\.?0*)$/, '$1'),
          );
          expect(plainDecimal(v)).toBe(new Decimal(v).toFixed());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
