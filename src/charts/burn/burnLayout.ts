import { FIGURES, figureText } from '../../figures';
import type { ScenarioResult } from '../../engine/types';
import { parseMonth } from '../../registry/month';
import { fmtUsdB, fmtUsdBTick, fmtMonth } from '../../format';
import {
  emptyPanel,
  type ChartLayout,
  type EndLabel,
  type PointMark,
  type TimeChartInput,
} from '../common/layoutTypes';
import { timeChartLayout } from '../common/events';
import type { ReferenceMark } from './referenceView';
import {
  alignBaseline,
  linearFn,
  twoPanels,
  barsPath,
  fittedY,
  maxOf,
  minOf,
  round1,
  seriesPath,
  spreadLabels,
  yTicks,
  timeFrame,
} from '../common/time';

export const MARGIN = { left: 46, right: 84, top: 6, bottom: 22 };

/**
 * Burn & cash on one time axis, two panels: cash balance (line, zero line, insolvency marker,
 * funding events) above monthly burn (bars; reported annual burn ÷ 12 as hollow points).
 * Two panels rather than two y axes so each has its own honest scale.
 */
export function burnLayout({
  result,
  baseline,
  reported,
  width,
  height,
  yDomains,
  reference,
}: TimeChartInput): ChartLayout {
  const { startMonth, months, monthly } = result;
  const { left, right, x, fx, top: plotTop, bottom: plotBottom } = timeFrame(result, MARGIN, width, height);
  const labelRowsTop = MARGIN.top;
  const { upperBottom: cashBottom, lowerTop: burnTop } = twoPanels(plotTop, plotBottom, 0.6);

  // an outside view's published figures within the horizon: its funding gap at the year's end, its yearly burn
  const inView = (m: number) => m >= startMonth && m < startMonth + months;
  const viewMarks = (reference?.marks ?? []).filter((m) => inView(m.year * 12 + 11));
  const viewGaps = viewMarks.filter((m) => m.kind === 'fundingGap');
  const viewBurn = viewMarks.filter((m) => m.kind === 'yearBurn');

  // cash panel
  const ghost = alignBaseline(baseline, result);
  const cashArrays = ghost ? [monthly.cashUsdB, ghost.monthly.cashUsdB] : [monthly.cashUsdB];
  const yCash = fittedY(
    yDomains?.cash,
    Math.min(minOf(...cashArrays), ...viewGaps.map((m) => m.valueUsdB)),
    maxOf(...cashArrays),
    plotTop,
    cashBottom,
  );
  const cash = emptyPanel('cash', plotTop, cashBottom, 'Cash, $B', yCash);
  cash.yTicks = yTicks(yCash, fmtUsdBTick, 4);
  cash.zeroY = round1(yCash(0));
  if (ghost)
    cash.lines.push({
      id: 'cash-baseline',
      d: seriesPath(ghost.monthly.cashUsdB, fx, linearFn(yCash), startMonth),
      color: 'ghost',
      width: 2,
      ghost: true,
    });
  cash.lines.push({
    id: 'cash',
    d: seriesPath(monthly.cashUsdB, fx, linearFn(yCash), startMonth),
    color: 'cash',
    width: 2.25,
  });
  const lastCash = monthly.cashUsdB[months - 1];
  const labels: EndLabel[] = [
    { x: right + 4, y: yCash(lastCash), text: `Cash ${fmtUsdB(lastCash, 'auto')}`, color: 'cash' },
  ];
  if (ghost)
    labels.push({ x: right + 4, y: yCash(ghost.monthly.cashUsdB[ghost.months - 1]), text: 'Baseline', color: 'ghost' });
  cash.endLabels = spreadLabels(labels, plotTop, cashBottom);
  const insolvent = result.summary.insolvencyMonth;
  if (insolvent !== null) {
    const i = insolvent - startMonth;
    cash.points.push({
      x: round1(x(insolvent)),
      y: round1(yCash(monthly.cashUsdB[i] ?? 0)),
      label: `Out of cash ${fmtMonth(insolvent)}`,
      title: 'First month cash is below zero',
      color: 'danger',
    });
  }
  for (const m of viewGaps)
    cash.points.push({
      x: round1(x(m.year * 12 + 11)),
      y: round1(yCash(m.valueUsdB)),
      label: m.label,
      title: `${m.label}, as cash of ${fmtUsdB(m.valueUsdB, 'auto')} at the end of ${m.year} — ${m.source}`,
      color: 'ink',
    });
  for (const r of reported?.cashUsdB ?? []) {
    const m = parseMonth(r.month);
    if (m === null || m < startMonth || m >= startMonth + months) continue;
    cash.points.push(hollow(x(m), yCash(r.value), `Reported cash ${fmtUsdB(r.value)}`, r.source));
  }

  // burn panel ($B per month)
  const burnArrays = ghost ? [monthly.burnUsdB, ghost.monthly.burnUsdB] : [monthly.burnUsdB];
  const reportedBurn = (reported?.annualBurnUsdB ?? []).filter(
    (r) => r.year * 12 >= startMonth && r.year * 12 + 11 < startMonth + months,
  );
  const yBurn = fittedY(
    yDomains?.burn,
    Math.min(minOf(...burnArrays), ...viewBurn.map((m) => m.valueUsdB / 12)),
    Math.max(maxOf(...burnArrays), ...reportedBurn.map((r) => r.value / 12), ...viewBurn.map((m) => m.valueUsdB / 12)),
    burnTop,
    plotBottom,
  );
  const burn = emptyPanel('burn', burnTop, plotBottom, 'Burn, $B/month', yBurn);
  burn.yTicks = yTicks(yBurn, fmtUsdBTick, 3);
  burn.zeroY = round1(yBurn(0));
  burn.bars.push({
    id: 'burn',
    d: barsPath(monthly.burnUsdB, fx, linearFn(yBurn), startMonth, (v) => v > 0),
    color: 'burn',
  });
  burn.bars.push({
    id: 'surplus',
    d: barsPath(monthly.burnUsdB, fx, linearFn(yBurn), startMonth, (v) => v < 0),
    color: 'cash',
  });
  if (ghost)
    burn.lines.push({
      id: 'burn-baseline',
      d: seriesPath(ghost.monthly.burnUsdB, fx, linearFn(yBurn), startMonth),
      color: 'ghost',
      width: 1.5,
      ghost: true,
    });
  const points: PointMark[] = reportedBurn.map((r) =>
    hollow(x(r.year * 12 + 5.5), yBurn(r.value / 12), `Reported ${r.year} burn ${fmtUsdB(r.value)}/yr`, r.source),
  );
  burn.points.push(...points);
  // Quarterly burn where it was reported (Q1 2026): ÷ 3 at the middle month of the quarter.
  for (const q of reported?.quarterlyBurnUsdB ?? []) {
    const mid = q.year * 12 + (q.quarter - 1) * 3 + 1;
    if (mid < startMonth || mid >= startMonth + months) continue;
    burn.points.push(
      hollow(x(mid), yBurn(q.value / 3), `Reported Q${q.quarter} ${q.year} burn ${fmtUsdB(q.value)}`, q.source),
    );
  }
  if (viewBurn.length > 0) {
    // each year's burn ÷ 12 as a dashed step across its year, named once above the first
    const step = (m: ReferenceMark) =>
      `M${round1(x(m.year * 12))},${round1(yBurn(m.valueUsdB / 12))}H${round1(x(m.year * 12 + 12))}`;
    burn.lines.push({ id: 'view-burn', d: viewBurn.map(step).join(''), color: 'ink', width: 2, dashed: true });
    // named at the panel's bottom, right of "now" (clear of the record's event rules), below the bars it runs along
    burn.texts.push({
      x: round1(Math.max(left, x(result.summary.nowMonth)) + 4),
      y: round1(plotBottom - 4),
      text: `– – ${reference!.name}`,
      title: `${viewBurn.map((m) => m.label).join('; ')} — ${viewBurn[0].source}`,
    });
  }
  burn.endLabels = [
    { x: right + 4, y: round1(yBurn(Math.max(0, monthly.burnUsdB[months - 1]))), text: 'Burn', color: 'burn' },
  ];

  return timeChartLayout(
    result,
    { left, right, x },
    { width, height, labelRowsTop: labelRowsTop },
    [cash, burn],
    ['funding', 'stargate', 'chip'],
  );
}

function hollow(px: number, py: number, label: string, source: string): PointMark {
  return { x: round1(px), y: round1(py), label, title: `${label} — ${source}`, color: 'reported' };
}

/** The finding, in words, for the chart's title. */
export function burnTitle(result: ScenarioResult): string {
  const s = result.summary;
  if (s.insolvencyMonth !== null)
    return `${FIGURES.insolvencyMonth.name} in ${figureText('insolvencyMonth', s)}, ${figureText('monthsOfCash', s)} from ${fmtMonth(s.nowMonth)}`;
  return `Solvent through ${fmtMonth(s.endMonth)}; ${FIGURES.minCash.name.toLowerCase()} ${figureText('minCash', s)} in ${fmtMonth(s.minCashMonth)}`;
}
