import { describe, expect, it } from 'vitest';
import { LEVERS, snapToLever, type ParamValues } from '../../../src/registry';
import { runScenario, SERIES } from '../../../src/engine';

/** A small seeded generator (mulberry32) so a failure names a reproducible scenario. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fault gate: 10,000 random valid scenarios', () => {
  it('give zero non-finite outputs', () => {
    const random = mulberry32(20261125);
    let nonFinite = 0;
    let firstBad = '';
    for (let i = 0; i < 10_000; i++) {
      const p = {} as ParamValues;
      // Every lever anywhere in its range; a fifth of draws pinned to an end of the range.
      for (const l of LEVERS) {
        const u = random();
        const v = u < 0.1 ? l.min : u > 0.9 ? l.max : l.min + random() * (l.max - l.min);
        p[l.id] = l.kind === 'number' ? snapToLever(l, v) : Math.round(v);
      }
      const r = runScenario(p);
      for (const name of SERIES) {
        for (const v of r.monthly[name])
          if (!Number.isFinite(v)) {
            nonFinite++;
            firstBad ||= `scenario ${i}, ${name}`;
          }
      }
      if (!Number.isFinite(r.summary.costPerQueryEndUsd) || !Number.isFinite(r.summary.minCashUsdB)) nonFinite++;
    }
    expect(nonFinite, firstBad).toBe(0);
  }, 120_000);
});
