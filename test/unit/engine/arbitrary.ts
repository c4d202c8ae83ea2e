import fc from 'fast-check';
import { LEVERS, snapToLever, type Lever, type ParamValues } from '../../../src/registry';

/** Any value a lever accepts, on its declared decimals. */
export function leverValue(lever: Lever): fc.Arbitrary<number> {
  if (lever.kind !== 'number') return fc.integer({ min: lever.min, max: lever.max });
  return fc.double({ min: lever.min, max: lever.max, noNaN: true }).map((v) => snapToLever(lever, v));
}

/**
 * Any valid scenario: every lever drawn independently within its range, then the one rule that
 * spans two levers kept: Stargate's funder shares sum to at most 100% (an input over it is refused).
 */
export const validParams: fc.Arbitrary<ParamValues> = fc
  .record(Object.fromEntries(LEVERS.map((l) => [l.id, leverValue(l)])))
  .map((p) => withinPairs(p as ParamValues));

/** A drawn scenario kept valid across levers: Microsoft's Stargate share cut to what OpenAI's leaves. */
export function withinPairs(p: ParamValues): ParamValues {
  if (p.stargateOpenAiSharePct + p.stargateMicrosoftSharePct > 100)
    p.stargateMicrosoftSharePct = 100 - p.stargateOpenAiSharePct;
  return p;
}
