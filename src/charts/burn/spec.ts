import type { Summary } from '../../engine/types';
import { fmtDelta, fmtMonth, fmtUsdB } from '../../format';
import { burnNarrative } from './narrative';
import type { ChartSpec, TooltipRow } from '../common/spec';
import { burnLayout, burnTitle } from './burnLayout';

export const burnSpec: ChartSpec<'burn'> = {
  id: 'burn',
  name: 'Burn & cash',
  title: burnTitle,
  subtitle: () => '$B · cash balance; monthly burn (bars); ○ reported burn ÷ 12',
  units: '$B',
  source: 'model; reported: The Information (Sep 2025), press releases',
  reported: true,
  reads: { series: ['cashUsdB', 'burnUsdB'], summary: ['insolvencyMonth', 'nowMonth'], events: true },
  textReads: {
    series: ['revenueUsdB', 'fundingUsdB', 'backstopUsdB'],
    summary: ['breakevenMonth', 'cumulativeBurnUsdB', 'cumulativeFundingUsdB'],
    events: false,
  },
  layout: burnLayout,
  columns: [
    { label: 'Revenue, $B', values: (r) => r.monthly.revenueUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
    { label: 'Burn, $B', values: (r) => r.monthly.burnUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
    { label: 'Funding, $B', values: (r) => r.monthly.fundingUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
    { label: 'Cash at the end, $B', values: (r) => r.monthly.cashUsdB, agg: 'end', format: (v) => fmtUsdB(v) },
  ],
  tooltip: (result, baseline, i) => {
    const m = result.monthly;
    const rows: TooltipRow[] = [
      { label: 'Cash', value: fmtUsdB(m.cashUsdB[i]), color: 'cash' },
      { label: 'Burn', value: fmtUsdB(m.burnUsdB[i]), color: 'burn' },
      { label: 'Revenue', value: fmtUsdB(m.revenueUsdB[i]), color: 'revenue' },
    ];
    if (m.fundingUsdB[i]) rows.push({ label: 'Funding', value: fmtUsdB(m.fundingUsdB[i]), color: 'cash' });
    if (m.backstopUsdB[i])
      rows.push({ label: 'Microsoft backstop', value: fmtUsdB(m.backstopUsdB[i]), color: 'msTake' });
    if (baseline) rows.push({ label: 'Baseline cash', value: fmtUsdB(baseline.monthly.cashUsdB[i]), color: 'ghost' });
    return rows;
  },
  summary: burnNarrative,
  compare: {
    label: 'Cash balance',
    unit: 'Cash, $B',
    values: (r) => r.monthly.cashUsdB,
    format: (v) => fmtUsdB(v),
    axis: (v) => (v === 0 ? '0' : fmtUsdB(v, 0).replace('B', '')),
  },
  difference: burnDifference,
};

function monthsApart(from: number, to: number): string {
  const d = to - from;
  if (d === 0) return 'the same month as';
  return `${Math.abs(d)} month${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'later than' : 'earlier than'}`;
}

/** When cash runs out against the baseline; the lowest cash when neither runs out. */
function burnDifference(s: Summary, b: Summary, name: string): string {
  const vs = `“${name}”`;
  if (s.insolvencyMonth !== null && b.insolvencyMonth !== null)
    return `${monthsApart(b.insolvencyMonth, s.insolvencyMonth)} ${vs}`;
  if (s.insolvencyMonth === null && b.insolvencyMonth !== null)
    return `${vs} runs out in ${fmtMonth(b.insolvencyMonth)}`;
  if (s.insolvencyMonth !== null) return `${vs} stays solvent`;
  return `lowest cash ${fmtDelta(s.minCashUsdB - b.minCashUsdB, (v) => fmtUsdB(v), 0.05) ?? 'the same'} vs ${vs}`;
}
