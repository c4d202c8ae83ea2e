import { nice, tickStep, ticks } from 'd3';

/**
 * Scales for the dashboard's charts. d3-array decides the nice domain and the ticks; the
 * mapping itself is one line of arithmetic. d3-scale's general machinery (interpolators,
 * colour parsing, clamping) would add ~10 KB gzip to the first load for none of that.
 */
export interface LinearScale {
  (v: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(px: number): number;
  ticks(count?: number): number[];
  /** A formatter with just enough decimals for the ticks at this count: 0.05 → "0.05". */
  tickFormat(count?: number): (v: number) => string;
}

export function linearScale(domain: [number, number], range: [number, number], niceCount?: number): LinearScale {
  let [d0, d1] = domain;
  if (niceCount) [d0, d1] = nice(d0, d1, niceCount);
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = (px) => d0 + (px - r0) / k;
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.tickFormat = (count = 10) => {
    const step = Math.abs(tickStep(d0, d1, count));
    const decimals = step > 0 ? Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) : 0;
    return (v) => v.toFixed(decimals).replace('-', '\u2212');
  };
  return scale;
}

/** A log scale for positive values (energy per query spans 0.05 to 3 Wh). */
export function logScale(domain: [number, number], range: [number, number]): ((v: number) => number) & { domain(): [number, number] } {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const l0 = Math.log(d0);
  const k = (r1 - r0) / (Math.log(d1) - l0 || 1);
  const scale = (v: number) => r0 + (Math.log(v) - l0) * k;
  scale.domain = (): [number, number] => [d0, d1];
  return scale;
}
