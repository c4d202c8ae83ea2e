import type { Monthly, ScenarioResult, SeriesName } from '../../engine/types';

/**
 * A result between two scenarios, for animating a chart from one slide to the next: every
 * monthly series is mixed linearly, so scales, paths and labels move together when the layout
 * is recomputed each frame. Events and the summary are the target's (a finding does not tween).
 * Results on different time axes cannot be mixed: the target is returned.
 */
export function mixResults(from: ScenarioResult, to: ScenarioResult, t: number): ScenarioResult {
  if (t >= 1 || from.startMonth !== to.startMonth || from.months !== to.months) return to;
  const monthly = {} as Monthly;
  for (const name of Object.keys(to.monthly) as SeriesName[]) {
    const a = from.monthly[name];
    const b = to.monthly[name];
    const out = new Float64Array(b.length);
    for (let i = 0; i < b.length; i++) out[i] = a[i] + (b[i] - a[i]) * t;
    monthly[name] = out;
  }
  return { ...to, monthly };
}
