import type { ScenarioResult } from '../../engine/types';
import { fmtMonth, fmtUsdB } from '../../format';
import { extremes } from '../common/narrative';

/** Burn & cash in words: when cash runs out (or its low), the extremes, when burn turns negative. */
export function burnNarrative(r: ScenarioResult): string {
  const s = r.summary;
  const m = r.monthly;
  const cash = extremes(r, m.cashUsdB);
  const burn = extremes(r, m.burnUsdB);
  const finding =
    s.insolvencyMonth !== null
      ? `Cash runs out in ${fmtMonth(s.insolvencyMonth)}, ${monthsAfter(s.nowMonth, s.insolvencyMonth)} now (${fmtMonth(s.nowMonth)}).`
      : `Cash stays above zero through ${fmtMonth(s.endMonth)}; its low is ${fmtUsdB(s.minCashUsdB)} in ${fmtMonth(s.minCashMonth)}.`;
  const range =
    `Cash is highest at ${fmtUsdB(cash.max)} in ${fmtMonth(cash.maxMonth)} and lowest at ${fmtUsdB(cash.min)} in ${fmtMonth(cash.minMonth)}; ` +
    `the heaviest monthly burn is ${fmtUsdB(burn.max)} (${fmtMonth(burn.maxMonth)}).`;
  const crossing =
    s.breakevenMonth !== null
      ? `Burn first turns negative, cash coming in, in ${fmtMonth(s.breakevenMonth)}.`
      : `Burn stays positive throughout: ${fmtUsdB(s.cumulativeBurnUsdB)} in all, against ${fmtUsdB(s.cumulativeFundingUsdB)} of funding.`;
  return `${finding} ${range} ${crossing}`;
}

function monthsAfter(now: number, month: number): string {
  const d = month - now;
  if (d === 0) return 'the month of';
  const n = Math.abs(d);
  return `${n} month${n === 1 ? '' : 's'} ${d > 0 ? 'after' : 'before'}`;
}
