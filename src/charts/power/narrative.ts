import type { ScenarioResult } from '../../engine/types';
import { fmtMonth, fmtMw, fmtWh } from '../../format';
import { extremes, flat } from '../common/narrative';

/** Power in words: the power in use from start to end and its peak, idle capacity, energy per query. */
export function powerNarrative(r: ScenarioResult): string {
  const s = r.summary;
  const m = r.monthly;
  const last = r.months - 1;
  const used = extremes(r, m.fleetMw);
  const finding =
    `Power in use goes from ${fmtMw(m.fleetMw[0])} in ${fmtMonth(r.startMonth)} to ${fmtMw(m.fleetMw[last])} in ${fmtMonth(s.endMonth)}` +
    (used.maxMonth === s.endMonth ? '.' : `, after a peak of ${fmtMw(used.max)} in ${fmtMonth(used.maxMonth)}.`);
  const idle = extremes(r, m.idleMw);
  const idleText =
    idle.max <= 0
      ? 'No capacity sits idle.'
      : flat(idle.max, idle.min)
        ? `${fmtMw(idle.max)} is paid for and idle throughout.`
        : `Capacity paid for but idle peaks at ${fmtMw(idle.max)} in ${fmtMonth(idle.maxMonth)}; ${m.idleMw[last] > 0 ? `${fmtMw(m.idleMw[last])} is idle` : 'none is idle'} at the end.`;
  const energy = `A query takes ${fmtWh(s.whPerQueryNow)} now and ${fmtWh(s.whPerQueryEnd)} at the end (published estimates 0.24–2.9 Wh).`;
  return `${finding} ${idleText} ${energy}`;
}
