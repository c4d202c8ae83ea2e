import { fmtUsdB, MINUS } from '../../format';
import { monthLabel } from '../../registry/month';
import type { GoalSeekResult, Tornado, UncertaintySummary } from '../../engine/uncertainty';
import type { FanSeries } from './fanLayout';

/** Titles that state the finding, and the numbers behind them. Pure text, tested. */

export function pctText(share: number): string {
  const v = share * 100;
  if (v > 0 && v < 1) return '<1%';
  if (v < 100 && v > 99) return '>99%';
  return `${Math.round(v)}%`;
}

const usdBText = (v: number) => fmtUsdB(v, 'auto');

/** The December that the probability title speaks of: the year the median sample runs out, else the last. */
export function focusYear(s: UncertaintySummary): number {
  const lastYear = Math.floor((s.startMonth + s.months - 1) / 12);
  for (let t = 0; t < s.months; t++) if (s.pInsolventBy[t] >= 0.5) return Math.floor((s.startMonth + t) / 12);
  return lastYear;
}

/** P(cash < 0 by the end of `year`), reading the last month of that year inside the horizon. */
export function pInsolventByYear(s: UncertaintySummary, year: number): number {
  const t = Math.min(s.months - 1, year * 12 + 11 - s.startMonth);
  return t < 0 ? 0 : s.pInsolventBy[t];
}

export function probabilityTitle(s: UncertaintySummary): string {
  const year = focusYear(s);
  const lastMonth = Math.min(s.startMonth + s.months - 1, year * 12 + 11);
  return `${pctText(pInsolventByYear(s, year))} chance cash runs out by ${monthLabel(lastMonth)}`;
}

/** "P(cash < 0 by Dec 2027) = 42%, with no new funding": the month picker's sentence. */
export function probabilityBySentence(s: UncertaintySummary, month: number, basis: string): string {
  const t = Math.max(0, Math.min(s.months - 1, month - s.startMonth));
  return `P(cash < 0 by ${monthLabel(s.startMonth + t)}) = ${pctText(s.pInsolventBy[t])}, ${basis}`;
}

export function fanTitle(s: UncertaintySummary, series: FanSeries): string {
  const t = s.months - 1;
  const end = monthLabel(s.startMonth + t);
  if (series === 'cash') {
    const b = s.cashUsdB;
    return `Median cash ${usdBText(b.p50[t])} by ${end}; 8 in 10 samples between ${usdBText(b.p10[t])} and ${usdBText(b.p90[t])}`;
  }
  let peak = 0;
  for (let m = 1; m < s.months; m++) if (s.burnUsdB.p50[m] > s.burnUsdB.p50[peak]) peak = m;
  return `Median burn peaks at ${usdBText(s.burnUsdB.p50[peak])} a month in ${monthLabel(s.startMonth + peak)}`;
}

export function histogramTitle(s: UncertaintySummary): string {
  const top = s.insolvencyByYear.reduce((a, b) => (b.count > a.count ? b : a), s.insolvencyByYear[0]);
  const never = pctText(s.neverInsolvent.share);
  if (!top || top.count === 0) return `No sample runs out of cash within the horizon`;
  return `Most likely year to run out: ${top.year} (${pctText(top.share)} of samples); ${never} never do`;
}

export function tornadoTitle(t: Tornado, unit: (v: number) => string): string {
  const first = t.bars.find((b) => b.swing > 0);
  if (!first) return 'No ranged lever moves this outcome';
  const lo = Math.min(first.deltaLow, first.deltaHigh);
  const hi = Math.max(first.deltaLow, first.deltaHigh);
  return `${first.label} matters most: ${signed(lo, unit)} to ${signed(hi, unit)}`;
}

export function signed(v: number, unit: (v: number) => string): string {
  if (v === 0) return unit(0);
  return `${v < 0 ? MINUS : '+'}${unit(Math.abs(v))}`;
}

/** One sentence for a goal-seek answer. */
export function goalSeekSentence(
  g: GoalSeekResult,
  label: string,
  unit: string,
  goalText: string,
  fmt: (v: number) => string,
): string {
  switch (g.status) {
    case 'found': {
      const side = g.bound === 'atLeast' ? 'at least' : 'at most';
      const note = g.monotone
        ? ''
        : ' (the goal is met on more than one stretch of the range; this is the threshold nearest the current value)';
      return `${label} ${side} ${fmt(g.value)} ${unit} ${goalText} (now ${fmt(g.current.value)}).${note}`;
    }
    case 'always':
      return `Every value of ${label} from ${fmt(g.atMin.value)} to ${fmt(g.atMax.value)} ${unit} ${goalText}: this lever is not what decides it.`;
    case 'never':
      return `No value of ${label} from ${fmt(g.atMin.value)} to ${fmt(g.atMax.value)} ${unit} ${goalText}, with everything else as it is; closest at ${fmt(g.closest.value)}.`;
  }
}
