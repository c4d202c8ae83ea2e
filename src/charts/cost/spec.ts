import type { ScenarioResult } from '../../engine/types';
import { fmtCents, fmtDelta } from '../../format';
import type { ChartSpec, TooltipRow } from '../common/spec';
import type { TableColumn } from '../common/table';
import { COST_LAYERS, GENERATIONS, blendedCents, costLayout, costTitle } from './costLayout';

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
      'costPerQueryAllInUsd',
      ...GENERATIONS.flatMap((g) => (g.when ? [...g.parts, g.when] : g.parts)),
    ],
    summary: ['nowMonth'],
    events: true,
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
    { label: 'Physics total, ¢', values: blendedCents, agg: 'mean', format: cents },
    {
      label: 'All-in, ¢',
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
      : [...COST_LAYERS].reverse().map((l) => ({ label: l.label, value: fmtCents(m[l.key][i]), color: l.color }));
    rows.push({ label: 'Blended total', value: fmtCents(blendedCents(result)[i] / 100), color: 'blended' });
    if (baseline)
      rows.push({ label: 'Baseline total', value: fmtCents(blendedCents(baseline)[i] / 100), color: 'ghost' });
    return rows;
  },
  summary: costSummary,
  compare: {
    label: 'Cost per chat query (blended, incl. Microsoft share)',
    unit: '¢ per query',
    values: blendedCents,
    format: (v) => fmtCents(v / 100),
    axis: (v) => (v === 0 ? '0' : fmtCents(v / 100).replace('¢', '')),
  },
  difference: (s, b, name) =>
    `${fmtDelta(s.costPerQueryEndUsd - b.costPerQueryEndUsd, (v) => fmtCents(v, 2), 1e-8) ?? 'no change'} at the end vs “${name}”`,
};

function costSummary(r: ScenarioResult): string {
  const c = r.summary.costPerQueryUsd;
  const total = (p: { energy: number; depreciation: number; rent: number }) => p.energy + p.depreciation + p.rent;
  return (
    `${costTitle(r)}. At the start a query costs ${fmtCents(total(c.rented))} on rented GPUs, ` +
    `${fmtCents(total(c.owned))} on owned GPUs and ${fmtCents(total(c.silicon))} on custom silicon.`
  );
}
