import type { ScenarioResult } from '../../engine/types';
import { fmtMonth, fmtUsdB } from '../../format';
import type { ChartSpec, TooltipRow } from '../common/spec';
import { burnLayout, burnTitle } from './burnLayout';

export const burnSpec: ChartSpec = {
  id: 'burn',
  name: 'Burn & cash',
  title: burnTitle,
  subtitle: () => '$B · cash balance; monthly burn (bars); ○ reported burn ÷ 12',
  units: '$B',
  source: 'model; reported: The Information (Sep 2025), press releases',
  reported: true,
  layout: burnLayout,
  columns: [
    { label: 'Revenue, $B', values: (r) => r.monthly.revenueUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
    { label: 'Burn, $B', values: (r) => r.monthly.burnUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
    { label: 'Funding, $B', values: (r) => r.monthly.fundingUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
    { label: 'Cash at year end, $B', values: (r) => r.monthly.cashUsdB, agg: 'end', format: (v) => fmtUsdB(v) },
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
  summary: burnSummary,
};

function burnSummary(r: ScenarioResult): string {
  const s = r.summary;
  const m = r.monthly;
  const end = m.cashUsdB[r.months - 1];
  return (
    `${burnTitle(r)}. Cash starts at ${fmtUsdB(m.cashUsdB[0])} and ends the horizon at ${fmtUsdB(end)}. ` +
    `Total burn ${fmtUsdB(s.cumulativeBurnUsdB)}, funding ${fmtUsdB(s.cumulativeFundingUsdB)}. ` +
    (s.breakevenMonth !== null
      ? `Burn first turns negative in ${fmtMonth(s.breakevenMonth)}.`
      : 'Burn stays positive throughout.')
  );
}
