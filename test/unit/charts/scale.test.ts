import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3';
import { linearScale, logScale } from '../../../src/charts/common/scale';

describe('scales', () => {
  it('give the same nice domain, ticks and positions as d3-scale', () => {
    for (const [lo, hi] of [
      [0, 3.7],
      [-152.3, 48.9],
      [0, 0.00603],
      [0.4, 1234],
    ] as const) {
      const ours = linearScale([lo, hi], [200, 10], 4);
      const d3s = scaleLinear().domain([lo, hi]).range([200, 10]).nice(4);
      expect(ours.domain()).toEqual(d3s.domain());
      expect(ours.ticks(4)).toEqual(d3s.ticks(4));
      for (const v of [lo, hi, (lo + hi) / 2]) expect(ours(v)).toBeCloseTo(d3s(v), 9);
      expect(ours.invert(100)).toBeCloseTo(d3s.invert(100), 9);
      // the same decimals; ours writes no thousands separator
      expect(ours.ticks(4).map(ours.tickFormat(4))).toEqual(
        d3s
          .ticks(4)
          .map(d3s.tickFormat(4))
          .map((t) => t.replace(/,/g, '')),
      );
    }
  });
  it('log scale matches d3', () => {
    const ours = logScale([0.05, 4], [150, 20]);
    const d3s = scaleLog().domain([0.05, 4]).range([150, 20]);
    for (const v of [0.05, 0.24, 0.3, 2.9, 4]) expect(ours(v)).toBeCloseTo(d3s(v), 9);
  });
});
