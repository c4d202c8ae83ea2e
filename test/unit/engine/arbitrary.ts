import fc from 'fast-check';
import { LEVERS, snapToLever, type Lever, type ParamValues } from '../../../src/registry';

/** Any value a lever accepts, on its declared decimals. */
export function leverValue(lever: Lever): fc.Arbitrary<number> {
  if (lever.kind !== 'number') return fc.integer({ min: lever.min, max: lever.max });
  return fc.double({ min: lever.min, max: lever.max, noNaN: true }).map((v) => snapToLever(lever, v));
}

/** Any valid scenario: every lever drawn independently within its range. */
export const validParams: fc.Arbitrary<ParamValues> = fc.record(
  Object.fromEntries(LEVERS.map((l) => [l.id, leverValue(l)])),
);
