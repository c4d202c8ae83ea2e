/**
 * The merit order of one month, by hand (src/engine/dispatch.ts): take-or-pay capacity first,
 * then silicon, owned GPUs and the Microsoft-funded pool by their marginal price (ties: silicon,
 * GPUs, the pool), each only while cheaper than renting on demand; the rest rented on demand.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, emptyDispatch, type Dispatch, type Pools } from '../../../src/engine/dispatch';

/** 10 H100e in each priced pool, nothing contracted, rent at $2 an H100e-hour. */
function pools(silicon: number, gpu: number, pool: number, over: Partial<Pools> = {}): Pools {
  return {
    contracted: 0,
    silicon: 10,
    ownedGpu: 10,
    pool: 10,
    siliconUsdPerHour: silicon,
    gpuUsdPerHour: gpu,
    poolUsdPerHour: pool,
    onDemandUsdPerHour: 2,
    ...over,
  };
}

/** A result object left dirty by an earlier month: dispatch must overwrite every field. */
function dirty(): Dispatch {
  return { contracted: 99, silicon: 99, ownedGpu: 99, pool: 99, onDemand: 99, researchContracted: 99 };
}

const take = (d: Dispatch) => [d.silicon, d.ownedGpu, d.pool];

describe('dispatch: the merit order by hand', () => {
  it('fills take-or-pay capacity, then each priced pool in full, the rest on demand', () => {
    const c = pools(0.5, 0.8, 1.2, { contracted: 30, silicon: 20, ownedGpu: 25, pool: 40 });
    const d = dispatch(100, c, true, dirty());
    expect(d).toEqual({ contracted: 30, silicon: 20, ownedGpu: 25, pool: 25, onDemand: 0, researchContracted: 0 });
    const big = dispatch(200, c, false, dirty());
    expect(big).toEqual({ contracted: 30, silicon: 20, ownedGpu: 25, pool: 40, onDemand: 85, researchContracted: 0 });
  });

  // 15 H100e of demand over three pools of 10: the cheapest gets 10, the next 5, the dearest none.
  it.each([
    ['silicon < GPUs < pool', 0.1, 0.2, 0.3, [10, 5, 0]],
    ['silicon < pool < GPUs', 0.1, 0.3, 0.2, [10, 0, 5]],
    ['pool < silicon < GPUs', 0.2, 0.3, 0.1, [5, 0, 10]],
    ['GPUs < silicon < pool', 0.2, 0.1, 0.3, [5, 10, 0]],
    ['GPUs < pool < silicon', 0.3, 0.1, 0.2, [0, 10, 5]],
    ['pool < GPUs < silicon', 0.3, 0.2, 0.1, [0, 5, 10]],
  ])('%s', (_name, s, g, m, expected) => {
    const d = dispatch(15, pools(s, g, m), false, dirty());
    expect(take(d)).toEqual(expected);
    expect(d.contracted).toBe(0);
    expect(d.onDemand).toBe(0);
  });

  // Ties go silicon, GPUs, the pool; 5 H100e of demand shows who comes first.
  it.each([
    ['all three equal', 0.2, 0.2, 0.2, [5, 0, 0]],
    ['GPUs tie the pool, silicon dearer', 0.3, 0.2, 0.2, [0, 5, 0]],
    ['silicon ties the pool, GPUs dearer', 0.2, 0.3, 0.2, [5, 0, 0]],
    ['silicon ties GPUs, the pool cheaper', 0.2, 0.2, 0.1, [0, 0, 5]],
    ['silicon ties GPUs, the pool dearer', 0.2, 0.2, 0.3, [5, 0, 0]],
  ])('ties: %s', (_name, s, g, m, expected) => {
    expect(take(dispatch(5, pools(s, g, m), false, dirty()))).toEqual(expected);
  });

  // A tie between the second and the third pool, 15 H100e of demand: the tie goes GPUs before the pool,
  // silicon before the pool.
  it.each([
    ['silicon cheapest, GPUs tie the pool', 0.1, 0.2, 0.2, [10, 5, 0]],
    ['GPUs cheapest, silicon ties the pool', 0.2, 0.1, 0.2, [5, 10, 0]],
  ])('ties after the cheapest: %s', (_name, s, g, m, expected) => {
    expect(take(dispatch(15, pools(s, g, m), false, dirty()))).toEqual(expected);
  });

  it('uses a pool only while it is cheaper than renting: at the on-demand price it is left idle', () => {
    // silicon at exactly $2 (the on-demand price) is not run; GPUs just below it are.
    const d = dispatch(15, pools(2, 1.999, 2.5), false, dirty());
    expect(take(d)).toEqual([0, 10, 0]);
    expect(d.onDemand).toBe(5);
    // the pool at exactly $2 is not used either, however much demand is left
    const e = dispatch(50, pools(0.1, 0.1, 2), false, dirty());
    expect(take(e)).toEqual([10, 10, 0]);
    expect(e.onDemand).toBe(30);
  });

  it('serves demand smaller than take-or-pay capacity from it alone; research takes the rest only when on', () => {
    const c = pools(0.1, 0.1, 0.1, { contracted: 40 });
    const on = dispatch(25, c, true, dirty());
    expect(on).toEqual({ contracted: 25, silicon: 0, ownedGpu: 0, pool: 0, onDemand: 0, researchContracted: 15 });
    const off = dispatch(25, c, false, dirty());
    expect(off.researchContracted).toBe(0);
    expect(off.contracted).toBe(25);
  });

  it('treats negative demand as none', () => {
    const d = dispatch(-7, pools(0.1, 0.1, 0.1, { contracted: 12 }), true, dirty());
    expect(d).toEqual({ contracted: 0, silicon: 0, ownedGpu: 0, pool: 0, onDemand: 0, researchContracted: 12 });
  });

  it('demand exactly met leaves nothing on demand and nothing for the dearer pools', () => {
    const d = dispatch(20, pools(0.1, 0.2, 0.3, { contracted: 10 }), false, dirty());
    expect(d).toEqual({ contracted: 10, silicon: 10, ownedGpu: 0, pool: 0, onDemand: 0, researchContracted: 0 });
  });

  it('starts from an empty dispatch', () => {
    expect(emptyDispatch()).toEqual({
      contracted: 0,
      silicon: 0,
      ownedGpu: 0,
      pool: 0,
      onDemand: 0,
      researchContracted: 0,
    });
  });
});
