import { useMemo } from 'react';
import type { ScenarioResult } from '../../engine/types';
import { fmtPct, fmtUsdB } from '../../ui/format';
import { ChartCard, type TooltipRow } from '../common/ChartCard';
import type { TableColumn } from '../common/table';
import { useWidth } from '../common/useWidth';
import type { Reported } from '../reported';
import { useChartData } from '../useChartData';
import { MS_LINES, microsoftLayout, microsoftTitle } from './microsoftLayout';

const usd = (v: number) => fmtUsdB(v);
const COLUMNS: TableColumn[] = [
  ...MS_LINES.map((l): TableColumn => ({ label: `${l.label}, $B`, values: (r) => r.monthly[l.key], agg: 'sum', format: usd })),
  { label: 'Stake at year end, $B', values: (r) => r.monthly.msStakeValueUsdB, agg: 'end', format: usd },
  { label: 'Stake at year end, %', values: (r) => r.monthly.msStakePct, agg: 'end', format: (v) => fmtPct(v, 1) },
];

export function MicrosoftChart({ height = 222, reported = null, reportedNote = '' }: { height?: number; reported?: Reported | null; reportedNote?: string }) {
  const { result, baseline } = useChartData();
  const [ref, width] = useWidth<HTMLDivElement>();
  const layout = useMemo(() => (result ? microsoftLayout({ result, baseline, reported, width, height }) : null), [result, baseline, reported, width, height]);
  if (!result || !layout) return null;
  const tooltip = (i: number): TooltipRow[] => {
    const m = result.monthly;
    const rows: TooltipRow[] = MS_LINES.map((l) => ({ label: l.label, value: fmtUsdB(m[l.key][i], 2), color: l.color }));
    rows.push({ label: 'Stake value', value: `${fmtUsdB(m.msStakeValueUsdB[i], 0)} (${fmtPct(m.msStakePct[i], 1)})`, color: 'stake' });
    if (baseline) rows.push({ label: "Baseline take", value: fmtUsdB(baseline.monthly.msTakeUsdB[i], 2), color: 'ghost' });
    return rows;
  };
  return (
    <ChartCard
      id="microsoft" result={result} layout={layout} plotRef={ref}
      title={microsoftTitle(result)}
      subtitle="$B/month each way, ○ reported ÷ 12 · stake value, $B"
      source={`model; Microsoft 10-Q, FT/TechCrunch, The Information, OpenAI${reportedNote}`}
      summary={msSummary(result)}
      tooltip={tooltip}
      columns={COLUMNS}
    />
  );
}

function msSummary(r: ScenarioResult): string {
  const m = r.monthly;
  const last = r.months - 1;
  return `${microsoftTitle(r)}. Microsoft's take combines the revenue share, its margin on Azure rent and any profit share. `
    + `Its stake is worth ${fmtUsdB(m.msStakeValueUsdB[0], 0)} at the start and ${fmtUsdB(m.msStakeValueUsdB[last], 0)} at the end (${fmtPct(m.msStakePct[last], 1)}).`;
}
