import type { ScenarioResult } from '../../engine/types';
import { fmtMonth, fmtPct, fmtUsdB } from '../../format';
import { extremes, firstMonth } from '../common/narrative';

/** Microsoft in words: its take in the first and last year and its peak, when the revenue share stops, its stake. */
export function microsoftNarrative(r: ScenarioResult): string {
  const s = r.summary;
  const m = r.monthly;
  const last = r.months - 1;
  const first = fmtUsdB(s.msTakeFirstYearUsdB);
  const lastYear = fmtUsdB(s.msTakeLastYearUsdB);
  const take = extremes(r, m.msTakeUsdB);
  const verb = s.msTakeLastYearUsdB > s.msTakeFirstYearUsdB ? 'grows' : 'shrinks';
  const path =
    first === lastYear
      ? `Microsoft's take is ${first} in the first year and the same in the last`
      : `Microsoft's take ${verb} from ${first} in the first year to ${lastYear} in the last`;
  const finding = `${path}, with a peak month of ${fmtUsdB(take.max)} in ${fmtMonth(take.maxMonth)}.`;
  // the first month after which no revenue share is paid again
  let lastShare: number | null = null;
  for (let i = last; i >= 0; i--)
    if (m.msRevShareUsdB[i] > 0) {
      lastShare = i;
      break;
    }
  const started = firstMonth(r, m.msRevShareUsdB, (v) => v > 0);
  const share =
    started === null
      ? 'No revenue share is paid.'
      : lastShare !== null && lastShare < last
        ? `The revenue share is paid from ${fmtMonth(started)} and ends after ${fmtMonth(r.startMonth + lastShare)}.`
        : `The revenue share is paid from ${fmtMonth(started)} to the end.`;
  const stake = `Its stake is worth ${fmtUsdB(m.msStakeValueUsdB[0], 0)} at the start and ${fmtUsdB(m.msStakeValueUsdB[last], 0)} at the end (${fmtPct(m.msStakePct[last], 1)}).`;
  return `${finding} ${share} ${stake}`;
}
