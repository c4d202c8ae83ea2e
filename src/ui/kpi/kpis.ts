import type { Summary } from '../../engine/types';
import { monthLabel } from '../../registry/month';
import { fmtCents, fmtDelta, fmtMonth, fmtMonthShift, fmtMonths, fmtUsdB, fmtWh } from '../../format';

export interface Kpi {
  id: string;
  label: string;
  value: string;
  /** A second line: what the value is measured against. */
  note: string;
  /** Change against the pinned baseline, or null when none is pinned or nothing moved. */
  delta: string | null;
}

const centsAbs = (v: number) => fmtCents(v, 2);
const whAbs = (v: number) => fmtWh(v);

/** The headline numbers of a scenario, each with its delta against a baseline. Pure. */
export function kpis(s: Summary, base: Summary | null): Kpi[] {
  const runwayDelta = base && s.runwayMonths !== null && base.runwayMonths !== null
    ? fmtDelta(s.runwayMonths - base.runwayMonths, (v) => fmtMonths(v), 0.05)
    : base && s.runwayMonths !== base.runwayMonths ? (s.runwayMonths === null ? 'now cash-generative' : 'was cash-generative') : null;
  return [
    {
      id: 'runway', label: 'Runway',
      value: s.runwayMonths === null ? 'Cash-generative' : fmtMonths(s.runwayMonths),
      note: `at the ${monthLabel(s.runwayAsOf)} burn rate`,
      delta: runwayDelta,
    },
    {
      id: 'insolvency', label: s.insolvencyMonth === null ? 'Solvent through' : 'Insolvent in',
      value: s.insolvencyMonth === null ? fmtMonth(s.endMonth) : fmtMonth(s.insolvencyMonth),
      note: s.insolvencyMonth === null ? `lowest cash ${fmtUsdB(s.minCashUsdB)}` : 'first month cash < 0',
      delta: base ? fmtMonthShift(base.insolvencyMonth, s.insolvencyMonth) : null,
    },
    {
      id: 'breakeven', label: 'Breakeven',
      value: s.breakevenMonth === null ? `Not by ${fmtMonth(s.endMonth)}` : fmtMonth(s.breakevenMonth),
      note: 'first month burn ≤ 0',
      delta: base ? fmtMonthShift(base.breakevenMonth, s.breakevenMonth) : null,
    },
    {
      id: 'cost', label: '$/query now → end',
      value: `${fmtCents(s.costPerQueryStartUsd, 2)} → ${fmtCents(s.costPerQueryEndUsd, 2)}`,
      note: 'compute cost of a chat query',
      delta: base ? fmtDelta(s.costPerQueryEndUsd - base.costPerQueryEndUsd, centsAbs, 1e-8) : null,
    },
    {
      id: 'wh', label: 'Wh/query now → end',
      value: `${fmtWh(s.whPerQuery.blended).replace(' Wh', '')} → ${fmtWh(s.whPerQueryEnd)}`,
      note: 'blended over the fleet',
      delta: base ? fmtDelta(s.whPerQueryEnd - base.whPerQueryEnd, whAbs, 1e-5) : null,
    },
    {
      id: 'mstake', label: "Microsoft's take / yr",
      value: `${fmtUsdB(s.msTakeFirstYearUsdB)} → ${fmtUsdB(s.msTakeLastYearUsdB)}`,
      note: 'first year → last year',
      delta: base ? fmtDelta(s.msTakeLastYearUsdB - base.msTakeLastYearUsdB, (v) => fmtUsdB(v), 0.05) : null,
    },
  ];
}
