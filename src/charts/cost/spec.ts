import { fmtCents, fmtDelta } from '../../format';
import { costNarrative } from './narrative';
import type { ChartSpec, TooltipRow } from '../common/spec';
import type { TableColumn } from '../common/table';
import { FIGURES } from '../../figures';
import { COST_LAYERS, GENERATIONS, MS_SHARE_LINE, blendedCents, costLayout, costTitle } from './costLayout';

const cents = (v: number) => fmtCents(v / 100);

export const costSpec: ChartSpec<'cost'> = {
  id: 'cost',
  name: 'Cost per query',
  title: costTitle,
  subtitle: (o) =>
    o?.byGeneration
      ? 'US cents per chat query, by hardware generation'
      : 'US cents per chat query: all-in (all compute cash, idle included, ÷ queries) above; the physics stack below',
  units: '¢ per query',
  source: 'model on Epoch AI (Feb 2025) physics; NVIDIA; EIA; SemiAnalysis',
  reported: false,
  reads: {
    series: [
      ...COST_LAYERS.map((l) => l.key),
      MS_SHARE_LINE.key,
      'costPerQueryAllInUsd',
      ...GENERATIONS.flatMap((g) => (g.when ? [...g.parts, g.when] : g.parts)),
    ],
    summary: ['nowMonth'],
    events: true,
  },
  textReads: {
    series: [],
    summary: ['costPerQueryAllIn', 'costPerQueryPhysics', 'costPerQueryUsd', 'endMonth'],
    events: false,
  },
  toggles: [{ option: 'byGeneration', label: 'By generation' }],
  layout: (input) => costLayout({ ...input, byGeneration: Boolean(input.byGeneration) }),
  columns: [
    ...COST_LAYERS.map((l): TableColumn => ({
      label: `${l.label}, ¢`,
      values: (r) => r.monthly[l.key].map((v) => v * 100),
      agg: 'mean',
      format: cents,
    })),
    { label: `${FIGURES.costPhysicsNow.name}, ¢`, values: blendedCents, agg: 'mean', format: cents },
    {
      label: `${MS_SHARE_LINE.label}, ¢`,
      values: (r) => r.monthly[MS_SHARE_LINE.key].map((v) => v * 100),
      agg: 'mean',
      format: cents,
    },
    {
      label: `${FIGURES.costAllInNow.name}, ¢`,
      values: (r) => r.monthly.costPerQueryAllInUsd.map((v) => v * 100),
      agg: 'mean',
      format: cents,
    },
    ...GENERATIONS.map((g): TableColumn => ({
      label: `${g.label}, ¢`,
      agg: 'mean',
      format: cents,
      values: (r) =>
        Float64Array.from({ length: r.months }, (_, i) => g.parts.reduce((s, p) => s + r.monthly[p][i] * 100, 0)),
    })),
  ],
  tooltip: (result, baseline, i, o) => {
    const m = result.monthly;
    const rows: TooltipRow[] = o?.byGeneration
      ? GENERATIONS.filter((g) => !g.when || m[g.when][i] > 0).map((g) => ({
          label: g.label,
          value: fmtCents(g.parts.reduce((s, p) => s + m[p][i], 0)),
          color: g.color,
        }))
      : [
          // the figure the upper panel names, then the physics stack and its total, then Microsoft's share apart
          { label: FIGURES.costAllInNow.name, value: fmtCents(m.costPerQueryAllInUsd[i]), color: 'blended' },
          ...[...COST_LAYERS].reverse().map((l) => ({ label: l.label, value: fmtCents(m[l.key][i]), color: l.color })),
        ];
    if (!o?.byGeneration) {
      rows.push({
        label: FIGURES.costPhysicsNow.name,
        value: fmtCents(blendedCents(result)[i] / 100),
        color: 'blended',
      });
      rows.push({ label: MS_SHARE_LINE.label, value: fmtCents(m[MS_SHARE_LINE.key][i]), color: MS_SHARE_LINE.color });
    }
    if (baseline)
      rows.push({
        label: `Baseline, ${FIGURES.costPhysicsNow.name.toLowerCase()}`,
        value: fmtCents(blendedCents(baseline)[i] / 100),
        color: 'ghost',
      });
    return rows;
  },
  summary: costNarrative,
  compare: {
    label: FIGURES.costAllInNow.name,
    unit: '¢ per query, all-in',
    values: (r) => r.monthly.costPerQueryAllInUsd.map((v) => v * 100),
    format: (v) => fmtCents(v / 100),
    // plain numbers, no padding to three figures ("1.5 / 1 / 0.5", not "1.50 / 1.00 / 0.500")
    axis: (v) => String(Number(v.toPrecision(3))),
  },
  difference: (s, b, name) =>
    `${FIGURES.costAllInEnd.name.toLowerCase()} ${fmtDelta(s.costPerQueryAllIn.end - b.costPerQueryAllIn.end, (v) => fmtCents(v, 3), 1e-8) ?? 'no change'} at the end vs “${name}”`,
};
