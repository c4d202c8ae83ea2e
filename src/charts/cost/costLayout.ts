import type { LinearScale } from '../common/scale';
import type { Monthly, ScenarioResult } from '../../engine/types';
import { fmtCents } from '../../format';
import { FIGURES, figureText } from '../../figures';
import {
  emptyPanel,
  type ChartLayout,
  type ColorToken,
  type EndLabel,
  type Panel,
  type YDomains,
} from '../common/layoutTypes';
import { timeChartLayout } from '../common/events';
import {
  alignBaseline,
  linearFn,
  fittedY,
  maxOf,
  round1,
  seriesPath,
  spreadLabels,
  stackPaths,
  twoPanels,
  yTicks,
  timeFrame,
} from '../common/time';

export interface CostInput {
  result: ScenarioResult;
  baseline?: ScenarioResult | null;
  /** One line per hardware generation instead of the blended stack. */
  byGeneration: boolean;
  width: number;
  height: number;
  /** Use this y domain ('cost') instead of fitting it to the data. */
  yDomains?: YDomains;
}

const MARGIN = { left: 46, right: 78, top: 6, bottom: 22 };

/**
 * The three layers of the physics cost per query, bottom first, in ¢: they add up to the figure
 * "Physics cost per query" (src/figures), which the panel's title names.
 */
export const COST_LAYERS: { key: keyof Monthly; label: string; color: ColorToken }[] = [
  { key: 'blendedEnergyUsd', label: 'Energy', color: 'energy' },
  { key: 'blendedDeprUsd', label: 'Depreciation', color: 'depreciation' },
  { key: 'blendedRentUsd', label: 'Cloud rent', color: 'rent' },
];

/** Microsoft's revenue share per query: a line of its own beside the stack, never inside it. */
export const MS_SHARE_LINE = {
  key: 'msSharePerQueryUsd' as const,
  label: `Microsoft's share (apart)`,
  color: 'msShare' as ColorToken,
};

export const GENERATIONS: {
  id: string;
  label: string;
  color: ColorToken;
  parts: (keyof Monthly)[];
  when?: keyof Monthly;
}[] = [
  { id: 'rented', label: 'Rented GPU', color: 'rented', parts: ['rentedRentUsd'], when: 'rentedAccel' },
  { id: 'owned', label: 'Owned GPU', color: 'owned', parts: ['ownedEnergyUsd', 'ownedDeprUsd'], when: 'ownedGpuAccel' },
  {
    id: 'silicon',
    label: 'Custom silicon',
    color: 'silicon',
    parts: ['siliconEnergyUsd', 'siliconDeprUsd'],
    when: 'siliconAccel',
  },
];

/** ¢ per query for a sum of $-per-query series. */
export function centsOf(monthly: Monthly, parts: (keyof Monthly)[], months: number): Float64Array {
  const out = new Float64Array(months);
  for (const p of parts) {
    // one read of the series: `monthly` may be a tracking view, where each read is a lookup
    const series = monthly[p];
    for (let i = 0; i < months; i++) out[i] += series[i] * 100;
  }
  return out;
}

export function blendedCents(r: ScenarioResult): Float64Array {
  return centsOf(
    r.monthly,
    COST_LAYERS.map((l) => l.key),
    r.months,
  );
}

/** Cost per chat query: stacked energy, depreciation, rent and Microsoft's share; or each generation. */
export function costLayout({ result, baseline, byGeneration, width, height, yDomains }: CostInput): ChartLayout {
  const { startMonth, months, monthly } = result;
  const { left, right, x, fx, top, bottom } = timeFrame(result, MARGIN, width, height);
  const ghost = alignBaseline(baseline, result);
  const ghostTotal = ghost ? blendedCents(ghost) : new Float64Array(0);
  const layers = COST_LAYERS.map((l) => centsOf(monthly, [l.key], months));
  const labels: EndLabel[] = [];
  let panel: Panel;
  let allIn: Panel | null = null;
  if (!byGeneration) {
    // Upper panel: all-in (every dollar of compute in the month, idle included, ÷ queries); lower: the physics stack.
    const { upperBottom, lowerTop } = twoPanels(top, bottom, 0.42);
    const allInCents = centsOf(monthly, ['costPerQueryAllInUsd'], months);
    const ghostAllIn = ghost ? centsOf(ghost.monthly, ['costPerQueryAllInUsd'], months) : new Float64Array(0);
    const yA = fittedY(yDomains?.allin, 0, maxOf(allInCents, ghostAllIn), top, upperBottom);
    allIn = emptyPanel('allin', top, upperBottom, '¢ per query, all-in', yA);
    allIn.yTicks = yTicks(yA, yA.tickFormat(3), 3);
    allIn.zeroY = round1(yA(0));
    if (ghost)
      allIn.lines.push({
        id: 'allin-baseline',
        d: seriesPath(ghostAllIn, fx, linearFn(yA), startMonth),
        color: 'ghost',
        width: 2,
        ghost: true,
      });
    allIn.lines.push({
      id: 'allin',
      d: seriesPath(allInCents, fx, linearFn(yA), startMonth),
      color: 'blended',
      width: 2.5,
    });
    allIn.endLabels = [
      {
        x: right + 4,
        y: round1(yA(allInCents[months - 1])),
        text: `All-in ${fmtCents(allInCents[months - 1] / 100, 2)}`,
        color: 'blended',
      },
    ];
    const total = blendedCents(result);
    const share = centsOf(monthly, [MS_SHARE_LINE.key], months);
    const y = fittedY(yDomains?.cost, 0, maxOf(total, ghostTotal, share), lowerTop, bottom);
    panel = emptyPanel('cost', lowerTop, bottom, '¢ per query, physics', y);
    const { paths } = stackPaths(layers, fx, linearFn(y), startMonth);
    const last = months - 1;
    let acc = 0;
    const below = new Float64Array(months);
    COST_LAYERS.forEach((l, k) => {
      panel.areas.push({ id: String(l.key), d: paths[k], color: l.color });
      const v = layers[k][last];
      if (v > 0) labels.push({ x: right + 4, y: y(acc + v / 2), text: l.label, color: l.color });
      else {
        // A layer that has ended by the horizon (Microsoft's share after 2030) is named on the
        // plot where it is thickest, so every layer keeps its label.
        let at = -1;
        for (let i = 0; i < months; i++) if (layers[k][i] > 0 && (at < 0 || layers[k][i] > layers[k][at])) at = i;
        if (at >= 0 && y(below[at]) - y(below[at] + layers[k][at]) >= 10) {
          panel.texts.push({
            x: round1(x(startMonth + at)),
            y: round1(y(below[at] + layers[k][at] / 2) + 4),
            text: l.label,
            anchor: 'middle',
            title: `${l.label}, ¢ per query`,
          });
        }
      }
      acc += v;
      for (let i = 0; i < months; i++) below[i] += layers[k][i];
    });
    panel.lines.push({ id: 'total', d: seriesPath(total, fx, linearFn(y), startMonth), color: 'blended', width: 1.5 });
    // Microsoft's share per query, dashed, apart from the stack: named at the end while it is
    // paid, else where it peaks (it ends with the cap or in 2030).
    panel.lines.push({
      id: 'msShare',
      d: seriesPath(share, fx, linearFn(y), startMonth),
      color: MS_SHARE_LINE.color,
      width: 1.5,
      dashed: true,
    });
    if (share[last] > 0)
      labels.push({ x: right + 4, y: y(share[last]), text: MS_SHARE_LINE.label, color: MS_SHARE_LINE.color });
    else {
      let at = 0;
      for (let i = 1; i < months; i++) if (share[i] > share[at]) at = i;
      if (share[at] > 0)
        panel.texts.push({
          x: round1(x(startMonth + at)),
          y: round1(y(share[at]) - 4),
          text: MS_SHARE_LINE.label,
          anchor: 'middle',
          title: `${MS_SHARE_LINE.label}: Microsoft's revenue share ÷ chat queries, in neither cost figure`,
        });
    }
  } else {
    // each generation's accelerator series read once (`monthly` may be a tracking view)
    const gens = GENERATIONS.map((g) => ({
      ...g,
      cents: centsOf(monthly, g.parts, months),
      accel: g.when ? monthly[g.when] : null,
    }));
    const active = (g: (typeof gens)[number], i: number) => !g.accel || g.accel[i] > 0;
    const y = fittedY(yDomains?.cost, 0, maxOf(...gens.map((g) => g.cents), ghostTotal), top, bottom);
    panel = emptyPanel('cost', top, bottom, '¢ per query', y);
    for (const g of gens) {
      panel.lines.push({
        id: g.id,
        d: seriesPath(g.cents, fx, linearFn(y), startMonth, (i) => active(g, i)),
        color: g.color,
        width: 2,
      });
      const lastActive = lastIndex(months, (i) => active(g, i));
      if (lastActive >= 0)
        labels.push({
          x: round1(x(startMonth + lastActive)) + 4,
          y: y(g.cents[lastActive]),
          text: g.label,
          color: g.color,
        });
    }
  }
  const yScale = panel.y as LinearScale;
  panel.yTicks = yTicks(yScale, yScale.tickFormat(4), 4);
  panel.zeroY = round1(panel.y(0));
  if (ghost) {
    panel.lines.unshift({
      id: 'baseline',
      d: seriesPath(ghostTotal, fx, linearFn(panel.y as LinearScale), startMonth),
      color: 'ghost',
      width: 2,
      ghost: true,
    });
    labels.push({ x: right + 4, y: panel.y(ghostTotal[ghostTotal.length - 1]), text: 'Baseline', color: 'ghost' });
  }
  panel.endLabels = spreadLabels(labels, panel.top, bottom);
  return timeChartLayout(
    result,
    { left, right, x },
    { width, height, labelRowsTop: MARGIN.top },
    allIn ? [allIn, panel] : [panel],
    ['chip', 'regime'],
  );
}

function lastIndex(n: number, pred: (i: number) => boolean): number {
  for (let i = n - 1; i >= 0; i--) if (pred(i)) return i;
  return -1;
}

/** The finding: all-in cost per query from now to the end, the physics figure beside it (src/figures). */
export function costTitle(result: ScenarioResult): string {
  const s = result.summary;
  const verb = s.costPerQueryAllIn.end < s.costPerQueryAllIn.now ? 'falls' : 'rises';
  const name = FIGURES.costAllInNow.name;
  const physics = FIGURES.costPhysicsNow.name.toLowerCase();
  return `${name} ${verb}, ${figureText('costAllInNow', s)} now → ${figureText('costAllInEnd', s)}; ${physics} ${figureText('costPhysicsNow', s)} → ${figureText('costPhysicsEnd', s)}`;
}
