import { fmtDelta, fmtPct, fmtUsdB } from '../../format';
import { microsoftNarrative } from './narrative';
import type { ChartSpec, TooltipRow } from '../common/spec';
import type { TableColumn } from '../common/table';
import { MS_LINES, microsoftLayout, microsoftTitle } from './microsoftLayout';

const usd = (v: number) => fmtUsdB(v);

export const microsoftSpec: ChartSpec<'microsoft'> = {
  id: 'microsoft',
  name: 'Microsoft ↔ OpenAI',
  title: microsoftTitle,
  subtitle: () => '$B/month each way, ○ reported ÷ 12 · stake value, $B',
  units: '$B per month',
  source: 'model; Microsoft 10-Q, FT/TechCrunch, The Information, OpenAI',
  reported: true,
  reads: {
    series: ['azureRentUsdB', 'msRevShareUsdB', 'reverseShareUsdB', 'msTakeUsdB', 'msStakeValueUsdB'],
    summary: ['nowMonth'],
    events: true,
  },
  textReads: { series: ['msStakePct'], summary: ['msTakeFirstYearUsdB', 'msTakeLastYearUsdB'], events: false },
  layout: microsoftLayout,
  columns: [
    ...MS_LINES.map((l): TableColumn => ({
      label: `${l.label}, $B`,
      values: (r) => r.monthly[l.key],
      agg: 'sum',
      format: usd,
    })),
    { label: 'Stake at the end, $B', values: (r) => r.monthly.msStakeValueUsdB, agg: 'end', format: usd },
    { label: 'Stake at the end, %', values: (r) => r.monthly.msStakePct, agg: 'end', format: (v) => fmtPct(v, 1) },
  ],
  tooltip: (result, baseline, i) => {
    const m = result.monthly;
    const rows: TooltipRow[] = MS_LINES.map((l) => ({
      label: l.label,
      value: fmtUsdB(m[l.key][i], 2),
      color: l.color,
    }));
    rows.push({
      label: 'Stake value',
      value: `${fmtUsdB(m.msStakeValueUsdB[i], 0)} (${fmtPct(m.msStakePct[i], 1)})`,
      color: 'stake',
    });
    if (baseline)
      rows.push({ label: 'Baseline take', value: fmtUsdB(baseline.monthly.msTakeUsdB[i], 2), color: 'ghost' });
    return rows;
  },
  summary: microsoftNarrative,
  compare: {
    label: "Microsoft's take",
    unit: '$B per month',
    values: (r) => r.monthly.msTakeUsdB,
    format: (v) => fmtUsdB(v),
    axis: (v) => (v === 0 ? '0' : fmtUsdB(v, Math.abs(v) < 1 ? 1 : 0).replace('B', '')),
  },
  difference: (s, b, name) =>
    `${fmtDelta(s.msTakeLastYearUsdB - b.msTakeLastYearUsdB, (v) => fmtUsdB(v), 0.05) ?? 'no change'} in the last year vs “${name}”`,
};
