import type { ChartLayout, Panel } from './layoutTypes';
import { linearScale, type LinearScale } from './scale';

/*
 * A layout as plain data, so it can be drawn beside the result in a worker and posted to the
 * page: its scales travel as their domain and range, everything else is marks already.
 */

type Ends = [number, number];
interface WireScale {
  domain: Ends;
  range: Ends;
}
export type WirePanel = Omit<Panel, 'y'> & { y: WireScale | null };
export type WireLayout = Omit<ChartLayout, 'x' | 'panels'> & { x: WireScale; panels: WirePanel[] };

const ends = (s: { domain(): Ends; range(): Ends }): WireScale => ({ domain: s.domain(), range: s.range() });

export function toWire(layout: ChartLayout): WireLayout {
  return {
    ...layout,
    x: ends(layout.x),
    panels: layout.panels.map((p) => ({ ...p, y: 'range' in p.y ? ends(p.y) : null })),
  };
}

/**
 * A scale from its ends, the same arithmetic as linearScale's (src/charts/common/scale.ts): a
 * page puts several of these on screen per step, so the d3 scale behind ticks is made only if
 * something asks for ticks.
 */
function wireScale({ domain: [d0, d1], range: [r0, r1] }: WireScale): LinearScale {
  const span = d1 - d0;
  let full: LinearScale | null = null;
  const d3 = () => (full ??= linearScale([d0, d1], [r0, r1]));
  const scale = (
    span && Number.isFinite(span)
      ? (v: number) => {
          const t = (v - d0) / span;
          return r0 * (1 - t) + r1 * t;
        }
      : (v: number) => d3()(v)
  ) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = (px) => d3().invert(px);
  scale.ticks = (count) => d3().ticks(count);
  scale.tickFormat = (count) => d3().tickFormat(count);
  return scale;
}

/** The layout again, its scales rebuilt: the same mapping (a niced domain is taken as it came). */
export function fromWire(w: WireLayout): ChartLayout {
  const scale = wireScale;
  return {
    ...w,
    x: scale(w.x),
    panels: w.panels.map((p) => ({ ...p, y: p.y ? scale(p.y) : (v: number) => v })),
  };
}
