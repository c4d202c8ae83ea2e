import type { ScenarioResult } from '../../engine/types';
import { fmtUsdB, fmtUsdBTick } from '../../format';
import {
  emptyPanel,
  type ChartLayout,
  type EndLabel,
  type PointMark,
  type TimeChartInput,
} from '../common/layoutTypes';
import { timeChartLayout } from '../common/events';
import {
  alignBaseline,
  linearFn,
  twoPanels,
  fittedY,
  maxOf,
  minOf,
  round1,
  seriesPath,
  spreadLabels,
  yTicks,
  timeFrame,
} from '../common/time';

const MARGIN = { left: 46, right: 100, top: 6, bottom: 22 };

export const MS_LINES = [
  { key: 'azureRentUsdB', label: 'Azure rent', color: 'rent' },
  { key: 'msRevShareUsdB', label: 'Revenue share', color: 'msShare' },
  { key: 'reverseShareUsdB', label: 'Reverse share', color: 'reverse' },
  { key: 'msTakeUsdB', label: "Microsoft's take", color: 'msTake' },
] as const;

/**
 * Both sides of the relationship: what flows from OpenAI to Microsoft each month (rent,
 * revenue share, Microsoft's take) and back (reverse share), with contract regimes as rules;
 * the value of Microsoft's stake in a small panel below.
 */
export function microsoftLayout({ result, baseline, reported, width, height, yDomains }: TimeChartInput): ChartLayout {
  const { startMonth, months, monthly } = result;
  const { left, right, x, fx, top, bottom } = timeFrame(result, MARGIN, width, height);
  const { upperBottom: flowBottom, lowerTop: stakeTop } = twoPanels(top, bottom, 0.66);
  const ghost = alignBaseline(baseline, result);

  const flows = MS_LINES.map((l) => monthly[l.key]);
  // reported annual figures, drawn as monthly averages at mid-year on the line they check
  const inYears = (r: { year: number }) => r.year * 12 >= startMonth && r.year * 12 + 11 < startMonth + months;
  const marks = [
    ...(reported?.inferenceUsdB ?? []).filter(inYears).map((r) => ({ ...r, what: 'inference bill on Azure' })),
    ...(reported?.msRevShareUsdB ?? []).filter(inYears).map((r) => ({ ...r, what: 'revenue share paid' })),
  ];
  const yFlow = fittedY(
    yDomains?.flows,
    minOf(...flows),
    Math.max(
      maxOf(...flows, ghost ? ghost.monthly.msTakeUsdB : new Float64Array(0)),
      ...marks.map((m) => m.value / 12),
    ),
    top,
    flowBottom,
  );
  const flow = emptyPanel('flows', top, flowBottom, '$B per month', yFlow);
  flow.yTicks = yTicks(yFlow, fmtUsdBTick, 4);
  flow.zeroY = round1(yFlow(0));
  if (ghost)
    flow.lines.push({
      id: 'take-baseline',
      d: seriesPath(ghost.monthly.msTakeUsdB, fx, linearFn(yFlow), startMonth),
      color: 'ghost',
      width: 2,
      ghost: true,
    });
  const labels: EndLabel[] = [];
  for (const l of MS_LINES) {
    const values = monthly[l.key];
    flow.lines.push({
      id: l.key,
      d: seriesPath(values, fx, linearFn(yFlow), startMonth),
      color: l.color,
      width: l.key === 'msTakeUsdB' ? 2.5 : 1.5,
      dashed: l.key === 'reverseShareUsdB',
    });
    labels.push({ x: right + 4, y: yFlow(values[months - 1]), text: l.label, color: l.color });
  }
  flow.endLabels = spreadLabels(labels, top, flowBottom);
  flow.points = marks.map((m): PointMark => {
    const label = `Reported ${m.year} ${m.what} ${fmtUsdB(m.value)}/yr`;
    return {
      x: round1(fx(m.year * 12 + 5.5)),
      y: round1(yFlow(m.value / 12)),
      label,
      title: `${label} — ${m.source}`,
      color: 'reported',
    };
  });

  const stakeArrays = ghost ? [monthly.msStakeValueUsdB, ghost.monthly.msStakeValueUsdB] : [monthly.msStakeValueUsdB];
  const yStake = fittedY(yDomains?.stake, minOf(...stakeArrays), maxOf(...stakeArrays), stakeTop, bottom);
  const stake = emptyPanel('stake', stakeTop, bottom, "Microsoft's stake, $B", yStake);
  stake.yTicks = yTicks(yStake, fmtUsdBTick, 2);
  if (ghost)
    stake.lines.push({
      id: 'stake-baseline',
      d: seriesPath(ghost.monthly.msStakeValueUsdB, fx, linearFn(yStake), startMonth),
      color: 'ghost',
      width: 1.5,
      ghost: true,
    });
  stake.lines.push({
    id: 'stake',
    d: seriesPath(monthly.msStakeValueUsdB, fx, linearFn(yStake), startMonth),
    color: 'stake',
    width: 2,
  });
  const lastStake = monthly.msStakeValueUsdB[months - 1];
  stake.endLabels = [
    { x: right + 4, y: round1(yStake(lastStake)), text: `Stake ${fmtUsdB(lastStake, 0)}`, color: 'stake' },
  ];

  return timeChartLayout(
    result,
    { left, right, x },
    { width, height, labelRowsTop: MARGIN.top },
    [flow, stake],
    ['regime', 'planb'],
  );
}

export function microsoftTitle(result: ScenarioResult): string {
  const s = result.summary;
  const verb = s.msTakeLastYearUsdB >= s.msTakeFirstYearUsdB ? 'grows' : 'shrinks';
  return `Microsoft's take ${verb}, ${fmtUsdB(s.msTakeFirstYearUsdB)} → ${fmtUsdB(s.msTakeLastYearUsdB)} a year`;
}
