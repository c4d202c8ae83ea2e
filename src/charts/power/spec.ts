import { FIGURES } from '../../figures';
import { fmtDelta, fmtMw, fmtWh } from '../../format';
import { powerNarrative } from './narrative';
import type { ChartSpec, TooltipRow } from '../common/spec';
import { powerLayout, powerTitle } from './powerLayout';

const wh = (v: number) => (v > 0 ? fmtWh(v).replace(' Wh', '') : '—');

export const powerSpec: ChartSpec<'power'> = {
  id: 'power',
  name: 'Power per inference',
  title: powerTitle,
  subtitle: () =>
    "Wh per chat query, log scale: an H100, the custom chip, the fleet's blend (newer GPUs draw less); ┄ published · power online, MW, in use and idle",
  units: 'Wh per query',
  source: 'model; Epoch AI, Google, Altman, de Vries (Joule); NVIDIA',
  reported: true,
  reads: {
    series: [
      'siliconAccel',
      'whPerQuerySilicon',
      'whPerQueryGpu',
      'whPerQueryBlended',
      'capacityMw',
      'fleetMw',
      'idleMw',
    ],
    summary: ['nowMonth'],
    events: true,
  },
  textReads: { series: [], summary: ['whPerQueryNow', 'whPerQueryEnd', 'endMonth'], events: false },
  layout: powerLayout,
  columns: [
    { label: 'H100, Wh', values: (r) => r.monthly.whPerQueryGpu, agg: 'mean', format: wh },
    {
      label: 'Custom silicon, Wh',
      values: (r) => r.monthly.whPerQuerySilicon.map((v, i) => (r.monthly.siliconAccel[i] > 0 ? v : 0)),
      agg: 'mean',
      format: wh,
    },
    { label: 'Blended, Wh', values: (r) => r.monthly.whPerQueryBlended, agg: 'mean', format: wh },
    { label: 'Power in use at the end', values: (r) => r.monthly.fleetMw, agg: 'end', format: fmtMw },
    { label: 'Idle at the end', values: (r) => r.monthly.idleMw, agg: 'end', format: fmtMw },
  ],
  tooltip: (result, baseline, i) => {
    const m = result.monthly;
    const rows: TooltipRow[] = [
      { label: 'Blended', value: fmtWh(m.whPerQueryBlended[i]), color: 'blended' },
      { label: 'H100', value: fmtWh(m.whPerQueryGpu[i]), color: 'owned' },
    ];
    if (m.siliconAccel[i] > 0)
      rows.push({ label: 'Custom silicon', value: fmtWh(m.whPerQuerySilicon[i]), color: 'silicon' });
    rows.push({ label: 'Power in use', value: fmtMw(m.fleetMw[i]), color: 'fleet' });
    rows.push({ label: 'Idle (paid for, unused)', value: fmtMw(m.idleMw[i]), color: 'idle' });
    if (baseline)
      rows.push({ label: 'Baseline blended', value: fmtWh(baseline.monthly.whPerQueryBlended[i]), color: 'ghost' });
    return rows;
  },
  summary: powerNarrative,
  compare: {
    label: 'Energy per chat query (blended)',
    unit: 'Wh per query',
    values: (r) => r.monthly.whPerQueryBlended,
    format: fmtWh,
    axis: (v) => (v === 0 ? '0' : fmtWh(v).replace(' Wh', '')),
  },
  difference: (s, b, name) =>
    `${FIGURES.whPerQueryEnd.name} ${fmtDelta(s.whPerQueryEnd - b.whPerQueryEnd, fmtWh, 1e-5) ?? 'no change'} at the end vs “${name}”`,
};
