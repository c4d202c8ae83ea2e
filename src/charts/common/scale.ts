import { scaleLinear, scaleLog, tickStep } from 'd3';

/**
 * Scales for the dashboard's charts: d3-scale's scaleLinear and scaleLog, behind a small
 * interface so the layouts see fixed two-number domains and ranges and a tick formatter
 * with a true minus sign.
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
  const d3scale = scaleLinear().domain(domain).range(range);
  if (niceCount) d3scale.nice(niceCount);
  const [d0, d1] = d3scale.domain() as [number, number];
  const [r0, r1] = range;
  // d3's own arithmetic (normalize, then interpolateNumber), inline: the same numbers to the
  // last bit without its per-call dispatch, which layouts pay a few thousand times per input
  const span = d1 - d0;
  const scale = (
    span && Number.isFinite(span)
      ? (v: number) => {
          const t = (v - d0) / span;
          return r0 * (1 - t) + r1 * t;
        }
      : (v: number) => d3scale(v)
  ) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = (px) => d3scale.invert(px);
  scale.ticks = (count = 10) => d3scale.ticks(count);
  scale.tickFormat = (count = 10) => {
    const step = Math.abs(tickStep(d0, d1, count));
    const decimals = step > 0 ? Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) : 0;
    return (v) => v.toFixed(decimals).replace('-', '\u2212');
  };
  return scale;
}

/** A log scale for positive values (energy per query spans 0.05 to 3 Wh). */
export function logScale(
  domain: [number, number],
  range: [number, number],
): ((v: number) => number) & { domain(): [number, number] } {
  const d3scale = scaleLog().domain(domain).range(range);
  const [d0, d1] = domain;
  const scale = (v: number) => d3scale(v);
  scale.domain = (): [number, number] => [d0, d1];
  return scale;
}
