import type { Summary } from '../../engine/types';
import { monthLabel } from '../../registry/month';
import { fmtDelta, fmtMonth, fmtMonthShift, fmtMonths, fmtUsdB, fmtWh } from '../../format';
import { centsText, FIGURES, figureText, fundingBasis, monthsOfCashFromNow } from '../../figures';

export interface Kpi {
  id: KpiId;
  /** The measure with its unit ("¢ per query"), so the value needs none. */
  label: string;
  value: string;
  /** A second line: what the value is measured against. */
  note: string;
  /** Change against the pinned baseline, or null when none is pinned or nothing moved. */
  delta: string | null;
}

/** Each tile's label, in the strip's order: the strip shows them while its first result is computed. */
export const KPI_LABELS = {
  runway: FIGURES.runwayAtTodaysBurn.name,
  insolvency: FIGURES.insolvencyMonth.name,
  breakeven: 'Breakeven',
  cost: `${FIGURES.costAllInNow.name}, ¢, now → end`,
  cashnow: `${FIGURES.cashNow.name}, $B`,
  idle: 'Idle capacity, GW now → end',
  wh: `${FIGURES.whPerQueryNow.name}, now → end`,
  mstake: "Microsoft's take, first → last yr",
} as const;
export type KpiId = keyof typeof KPI_LABELS;

/** The figures the cost tile shows, in US dollars per chat query, and the months they are for. */
export interface CostPerQueryFigures {
  nowUsd: number;
  endUsd: number;
  nowMonth: number;
  endMonth: number;
  /** How the figure is measured, for the tile's note. */
  basis: string;
}

/**
 * The cost tile's numbers: the all-in cost per query (src/figures) now and at the horizon's end,
 * with the physics figure and Microsoft's share per query named beside it in the note.
 */
export function costPerQueryFigures(s: Summary): CostPerQueryFigures {
  return {
    nowUsd: s.costPerQueryAllIn.now,
    endUsd: s.costPerQueryAllIn.end,
    nowMonth: s.nowMonth,
    endMonth: s.endMonth,
    basis: `${FIGURES.costPhysicsNow.name.toLowerCase()} ${figureText('costPhysicsNow', s)}; ${FIGURES.msSharePerQueryNow.name} ${figureText('msSharePerQueryNow', s)}, in neither`,
  };
}

const centsAbs = (usd: number) => centsText(usd).replace('¢', '');
const whAbs = (v: number) => fmtWh(v).replace(' Wh', '');

/** The headline numbers of a scenario, each with its delta against a baseline. Pure; names and texts from src/figures. */
export function kpis(s: Summary, base: Summary | null): Kpi[] {
  const runwayDelta =
    base && s.runwayMonths !== null && base.runwayMonths !== null
      ? fmtDelta(s.runwayMonths - base.runwayMonths, (v) => fmtMonths(v), 0.05)
      : base && s.runwayMonths !== base.runwayMonths
        ? s.runwayMonths === null
          ? 'now cash-generative'
          : 'was cash-generative'
        : null;
  const cost = costPerQueryFigures(s);
  const baseCost = base ? costPerQueryFigures(base) : null;
  const monthsLeft = monthsOfCashFromNow(s);
  return [
    {
      id: 'runway',
      label: KPI_LABELS.runway,
      value: figureText('runwayAtTodaysBurn', s),
      // Runway holds today's burn still; the insolvency tile runs the plan. Both notes say so.
      note:
        s.runwayMonths === null
          ? `burn ≤ 0 in ${monthLabel(s.runwayAsOf)}`
          : `${FIGURES.runwayAtTodaysBurn.basis(s)}: cash now ÷ today's burn, no new money`,
      delta: runwayDelta,
    },
    {
      id: 'insolvency',
      label: KPI_LABELS.insolvency,
      value: figureText('insolvencyMonth', s),
      note:
        monthsLeft === null
          ? `with ${fundingBasis(s)}; lowest cash ${figureText('minCash', s)}`
          : `${figureText('monthsOfCash', s)} from ${monthLabel(s.nowMonth)}, with ${fundingBasis(s)}`,
      delta: base ? fmtMonthShift(base.insolvencyMonth, s.insolvencyMonth) : null,
    },
    {
      id: 'breakeven',
      label: KPI_LABELS.breakeven,
      value: s.breakevenMonth === null ? `Not by ${fmtMonth(s.endMonth)}` : fmtMonth(s.breakevenMonth),
      note: 'first month burn ≤ 0',
      delta: base ? fmtMonthShift(base.breakevenMonth, s.breakevenMonth) : null,
    },
    {
      id: 'cost',
      label: KPI_LABELS.cost,
      value: `${centsAbs(cost.nowUsd)} → ${centsAbs(cost.endUsd)}`,
      note: `${monthLabel(cost.nowMonth)} → ${monthLabel(cost.endMonth)}; ${cost.basis}`,
      delta: baseCost ? fmtDelta(cost.endUsd - baseCost.endUsd, (v) => `${centsAbs(v)}¢`, 1e-8) : null,
    },
    {
      id: 'cashnow',
      label: KPI_LABELS.cashnow,
      value: figureText('cashNow', s),
      note: `${FIGURES.cashNow.basis(s)}: the record`,
      delta: base ? fmtDelta(s.cashNowUsdB - base.cashNowUsdB, (v) => fmtUsdB(v), 0.05) : null,
    },
    {
      id: 'idle',
      label: KPI_LABELS.idle,
      value: `${(s.idleMwNow / 1000).toFixed(1)} → ${(s.idleMwEnd / 1000).toFixed(1)}`,
      note: 'paid for, not used (power chart)',
      delta: base ? fmtDelta((s.idleMwEnd - base.idleMwEnd) / 1000, (v) => `${v.toFixed(1)} GW`, 0.05) : null,
    },
    {
      id: 'wh',
      label: KPI_LABELS.wh,
      value: `${whAbs(s.whPerQueryNow)} → ${whAbs(s.whPerQueryEnd)}`,
      note: `blended over what serves it, ${monthLabel(s.nowMonth)} → ${monthLabel(s.endMonth)}`,
      delta: base ? fmtDelta(s.whPerQueryEnd - base.whPerQueryEnd, (v) => `${whAbs(v)} Wh`, 1e-5) : null,
    },
    {
      id: 'mstake',
      label: KPI_LABELS.mstake,
      value: `${fmtUsdB(s.msTakeFirstYearUsdB)} → ${fmtUsdB(s.msTakeLastYearUsdB)}`,
      note: 'first year → last year',
      delta: base ? fmtDelta(s.msTakeLastYearUsdB - base.msTakeLastYearUsdB, (v) => fmtUsdB(v), 0.05) : null,
    },
  ];
}
