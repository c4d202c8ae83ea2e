import { useMemo } from 'react';
import type { ScenarioResult } from '../../engine/types';
import { fmtMonth, fmtUsdB } from '../../ui/format';
import { ChartCard } from '../common/ChartCard';
import type { TableColumn } from '../common/table';
import { useWidth } from '../common/useWidth';
import type { Reported } from '../reported';
import { useChartData } from '../useChartData';
import { burnLayout, burnTitle } from './burnLayout';

const COLUMNS: TableColumn[] = [
  { label: 'Revenue, $B', values: (r) => r.monthly.revenueUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
  { label: 'Burn, $B', values: (r) => r.monthly.burnUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
  { label: 'Funding, $B', values: (r) => r.monthly.fundingUsdB, agg: 'sum', format: (v) => fmtUsdB(v) },
  { label: 'Cash at year end, $B', values: (r) => r.monthly.cashUsdB, agg: 'end', format: (v) => fmtUsdB(v) },
];

export function BurnChart({ height = 222, reported = null, reportedNote = '' }: { height?: number; reported?: Reported | null; reportedNote?: string }) {
  const { result, baseline } = useChartData();
  const [ref, width] = useWidth<HTMLDivElement>();
  const layout = useMemo(() => (result ? burnLayout({ result, baseline, reported, width, height }) : null), [result, baseline, reported, width, height]);
  if (!result || !layout) return null;
  return (
    <ChartCard
      id="burn" result={result} layout={layout} plotRef={ref}
      title={burnTitle(result)}
      subtitle="$B · cash balance; monthly burn (bars); ○ reported burn ÷ 12"
      source={`model; reported: The Information (Sep 2025), press releases${reportedNote}`}
      summary={burnSummary(result)}
      tooltip={(i) => [
        { label: 'Cash', value: fmtUsdB(result.monthly.cashUsdB[i]), color: 'cash' },
        { label: 'Burn', value: fmtUsdB(result.monthly.burnUsdB[i]), color: 'burn' },
        { label: 'Revenue', value: fmtUsdB(result.monthly.revenueUsdB[i]), color: 'revenue' },
        ...(result.monthly.fundingUsdB[i] ? [{ label: 'Funding', value: fmtUsdB(result.monthly.fundingUsdB[i]), color: 'cash' as const }] : []),
        ...(result.monthly.backstopUsdB[i] ? [{ label: 'Microsoft backstop', value: fmtUsdB(result.monthly.backstopUsdB[i]), color: 'msTake' as const }] : []),
        ...(baseline ? [{ label: 'Baseline cash', value: fmtUsdB(baseline.monthly.cashUsdB[i]), color: 'ghost' as const }] : []),
      ]}
      columns={COLUMNS}
    />
  );
}

function burnSummary(r: ScenarioResult): string {
  const s = r.summary;
  const m = r.monthly;
  const end = m.cashUsdB[r.months - 1];
  return `${burnTitle(r)}. Cash starts at ${fmtUsdB(m.cashUsdB[0])} and ends the horizon at ${fmtUsdB(end)}. `
    + `Total burn ${fmtUsdB(s.cumulativeBurnUsdB)}, funding ${fmtUsdB(s.cumulativeFundingUsdB)}. `
    + (s.breakevenMonth !== null ? `Burn first turns negative in ${fmtMonth(s.breakevenMonth)}.` : 'Burn stays positive throughout.');
}
