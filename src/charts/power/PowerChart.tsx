import { useMemo } from 'react';
import type { ScenarioResult } from '../../engine/types';
import { fmtMw, fmtWh } from '../../ui/format';
import { ChartCard, type TooltipRow } from '../common/ChartCard';
import type { TableColumn } from '../common/table';
import { useWidth } from '../common/useWidth';
import type { Reported } from '../reported';
import { useChartData } from '../useChartData';
import { powerLayout, powerTitle } from './powerLayout';

const wh = (v: number) => (v > 0 ? fmtWh(v).replace(' Wh', '') : '—');
const COLUMNS: TableColumn[] = [
  { label: 'GPU, Wh', values: (r) => r.monthly.whPerQueryGpu, agg: 'mean', format: wh },
  { label: 'Custom silicon, Wh', values: (r) => r.monthly.whPerQuerySilicon.map((v, i) => (r.monthly.siliconAccel[i] > 0 ? v : 0)), agg: 'mean', format: wh },
  { label: 'Blended, Wh', values: (r) => r.monthly.whPerQueryBlended, agg: 'mean', format: wh },
  { label: 'Fleet power at year end', values: (r) => r.monthly.fleetMw, agg: 'end', format: fmtMw },
];

export function PowerChart({ height = 222, reported = null, reportedNote = '' }: { height?: number; reported?: Reported | null; reportedNote?: string }) {
  const { result, baseline } = useChartData();
  const [ref, width] = useWidth<HTMLDivElement>();
  const layout = useMemo(() => (result ? powerLayout({ result, baseline, reported, width, height }) : null), [result, baseline, reported, width, height]);
  if (!result || !layout) return null;
  const tooltip = (i: number): TooltipRow[] => {
    const m = result.monthly;
    const rows: TooltipRow[] = [
      { label: 'Blended', value: fmtWh(m.whPerQueryBlended[i]), color: 'blended' },
      { label: 'GPU', value: fmtWh(m.whPerQueryGpu[i]), color: 'owned' },
    ];
    if (m.siliconAccel[i] > 0) rows.push({ label: 'Custom silicon', value: fmtWh(m.whPerQuerySilicon[i]), color: 'silicon' });
    rows.push({ label: 'Fleet power', value: fmtMw(m.fleetMw[i]), color: 'fleet' });
    if (baseline) rows.push({ label: 'Baseline blended', value: fmtWh(baseline.monthly.whPerQueryBlended[i]), color: 'ghost' });
    return rows;
  };
  return (
    <ChartCard
      id="power" result={result} layout={layout} plotRef={ref}
      title={powerTitle(result)}
      subtitle="Wh per chat query, log scale; ┄ published · fleet MW"
      source={`model; Epoch AI, Google, Altman, de Vries (Joule); NVIDIA${reportedNote}`}
      summary={powerSummary(result)}
      tooltip={tooltip}
      columns={COLUMNS}
    />
  );
}

function powerSummary(r: ScenarioResult): string {
  const s = r.summary;
  const m = r.monthly;
  return `${powerTitle(r)}. A query takes ${fmtWh(s.whPerQuery.gpu)} on GPUs and ${fmtWh(s.whPerQuery.silicon)} on custom silicon at the start. `
    + `Fleet power grows from ${fmtMw(m.fleetMw[0])} to ${fmtMw(m.fleetMw[r.months - 1])}. Published estimates range from 0.24 to 2.9 Wh.`;
}
