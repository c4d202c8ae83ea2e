import type { PerQueryCost, ScenarioResult } from '../../engine/types';
import { fmtCents, fmtMonth } from '../../format';
import { extremes, firstMonth, flat } from '../common/narrative';

const total = (c: PerQueryCost) => c.energy + c.depreciation + c.rent;

/** Cost per query in words: now and at the end, its extremes, where each generation starts and when silicon arrives. */
export function costNarrative(r: ScenarioResult): string {
  const s = r.summary;
  const a = s.costPerQueryAllIn;
  const p = s.costPerQueryPhysics;
  const finding =
    `An all-in chat query costs ${fmtCents(a.now, 2)} now (${fmtMonth(s.nowMonth)}) and ${fmtCents(a.end, 2)} in ${fmtMonth(s.endMonth)}; ` +
    `the physics alone (energy, depreciation, rent) ${fmtCents(p.now, 3)} → ${fmtCents(p.end, 3)}.`;
  const allIn = extremes(r, r.monthly.costPerQueryAllInUsd);
  const range = flat(allIn.max, allIn.min)
    ? `The all-in cost holds near ${fmtCents(allIn.max, 2)} throughout.`
    : `The all-in cost is highest at ${fmtCents(allIn.max, 2)} in ${fmtMonth(allIn.maxMonth)} and lowest at ${fmtCents(allIn.min, 2)} in ${fmtMonth(allIn.minMonth)}.`;
  const c = s.costPerQueryUsd;
  const silicon = firstMonth(r, r.monthly.siliconAccel, (v) => v > 0);
  const start = `At the start a query costs ${fmtCents(total(c.rented))} on rented GPUs, ${fmtCents(total(c.owned))} on owned GPUs and ${fmtCents(total(c.silicon))} on custom silicon`;
  const crossing =
    silicon !== null
      ? `${start}, which first serves in ${fmtMonth(silicon)}.`
      : `${start}, which serves no query within the horizon.`;
  return `${finding} ${range} ${crossing}`;
}
