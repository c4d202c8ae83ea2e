import { logScale } from '../common/scale';
import { FIGURES, figureText } from '../../figures';
import type { ScenarioResult } from '../../engine/types';
import { fmtMw } from '../../format';
import { emptyPanel, type ChartLayout, type EndLabel, type TimeChartInput } from '../common/layoutTypes';
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
  stackPaths,
  yTicks,
  timeFrame,
} from '../common/time';

const MARGIN = { left: 46, right: 100, top: 6, bottom: 22 };
const LOG_TICKS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50];

/**
 * Energy per chat query by hardware generation and blended, on a log scale so that published
 * estimates from 0.24 to 2.9 Wh sit on the same axis; fleet power draw in a small panel below.
 */
export function powerLayout({ result, baseline, reported, width, height, yDomains }: TimeChartInput): ChartLayout {
  const { startMonth, months, monthly } = result;
  const { left, right, x, fx, top, bottom } = timeFrame(result, MARGIN, width, height);
  const { upperBottom: whBottom, lowerTop: mwTop } = twoPanels(top, bottom, 0.68);
  const ghost = alignBaseline(baseline, result);

  // each series read once: `monthly` may be a tracking view, where each read is a lookup
  const { siliconAccel, whPerQuerySilicon, whPerQueryGpu, whPerQueryBlended } = monthly;
  const silicon = (i: number) => siliconAccel[i] > 0 && whPerQuerySilicon[i] > 0;
  const gpu = (i: number) => whPerQueryGpu[i] > 0;
  const estimates = reported?.whPerQuery ?? [];
  const positive = (a: Float64Array) => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i] > 0 ? a[i] : NaN;
    return out;
  };
  const arrays = [
    positive(monthly.whPerQueryGpu),
    positive(monthly.whPerQueryBlended),
    positive(monthly.whPerQuerySilicon),
  ];
  if (ghost) arrays.push(positive(ghost.monthly.whPerQueryBlended));
  const lo = Math.min(minOf(...arrays), ...estimates.map((e) => e.value));
  const hi = Math.max(maxOf(...arrays), ...estimates.map((e) => e.value));
  const safeLo = Number.isFinite(lo) && lo > 0 ? lo : 0.1;
  const safeHi = Number.isFinite(hi) && hi > safeLo ? hi : safeLo * 10;
  const yWh = logScale(yDomains?.wh ? [yDomains.wh[0], yDomains.wh[1]] : [safeLo / 1.4, safeHi * 1.4], [whBottom, top]);
  const wh = emptyPanel('wh', top, whBottom, 'Wh per query (log)', yWh);
  const [d0, d1] = yWh.domain();
  wh.yTicks = LOG_TICKS.filter((t) => t >= d0 && t <= d1).map((t) => ({ pos: round1(yWh(t)), label: String(t) }));
  const labels: EndLabel[] = [];
  if (ghost) {
    const ghostWh = ghost.monthly.whPerQueryBlended;
    wh.lines.push({
      id: 'baseline',
      d: seriesPath(ghostWh, fx, yWh, startMonth, (i) => ghostWh[i] > 0),
      color: 'ghost',
      width: 2,
      ghost: true,
    });
  }
  const lines = [
    { id: 'gpu', label: 'H100', values: whPerQueryGpu, ok: gpu, color: 'owned' as const, width: 1.5 },
    {
      id: 'silicon',
      label: 'Custom silicon',
      values: whPerQuerySilicon,
      ok: silicon,
      color: 'silicon' as const,
      width: 1.5,
    },
    {
      id: 'blended',
      label: 'Blended',
      values: whPerQueryBlended,
      ok: (i: number) => whPerQueryBlended[i] > 0,
      color: 'blended' as const,
      width: 2.5,
    },
  ];
  for (const l of lines) {
    wh.lines.push({ id: l.id, d: seriesPath(l.values, fx, yWh, startMonth, l.ok), color: l.color, width: l.width });
    let last = -1;
    for (let i = months - 1; i >= 0; i--)
      if (l.ok(i)) {
        last = i;
        break;
      }
    if (last >= 0)
      labels.push({ x: round1(x(startMonth + last)) + 4, y: yWh(l.values[last]), text: l.label, color: l.color });
  }
  // line ends and published estimates share the right margin, so they are spread together
  const refText = (e: { value: number; label: string }) => `${e.value} ${e.label}`;
  const spread = spreadLabels(
    [...labels, ...estimates.map((e) => ({ x: -1, y: yWh(e.value), text: refText(e), color: 'event' as const }))],
    top,
    whBottom,
    11,
  );
  wh.endLabels = spread.filter((l) => l.x !== -1);
  wh.refs = estimates.map((e) => ({
    y: round1(yWh(e.value)),
    label: refText(e),
    title: `${e.value} Wh per query — ${e.label}, ${e.source}`,
    labelY: spread.find((l) => l.x === -1 && l.text === refText(e))!.y,
  }));

  // Power online for OpenAI (facility MW): what serves demand, and what is paid for and sits idle on top.
  const mwArrays = ghost ? [monthly.capacityMw, ghost.monthly.capacityMw] : [monthly.capacityMw];
  const yMw = fittedY(yDomains?.mw, 0, maxOf(...mwArrays), mwTop, bottom);
  const mw = emptyPanel('mw', mwTop, bottom, 'Power online, MW: in use · idle', yMw);
  mw.yTicks = yTicks(yMw, (v) => (v >= 1000 ? `${v / 1000}k` : String(v)), 2);
  mw.zeroY = round1(yMw(0));
  const stacked = stackPaths([monthly.fleetMw, monthly.idleMw], fx, linearFn(yMw), startMonth).paths;
  mw.areas.push({ id: 'fleet', d: stacked[0], color: 'fleet' });
  mw.areas.push({ id: 'idle', d: stacked[1], color: 'idle' });
  if (ghost)
    mw.lines.push({
      id: 'capacity-baseline',
      d: seriesPath(ghost.monthly.capacityMw, fx, linearFn(yMw), startMonth),
      color: 'ghost',
      width: 1.5,
      ghost: true,
    });
  const lastUsed = monthly.fleetMw[months - 1];
  const lastIdle = monthly.idleMw[months - 1];
  mw.endLabels = spreadLabels(
    [
      { x: right + 4, y: round1(yMw(lastUsed / 2)), text: `in use ${fmtMw(lastUsed)}`, color: 'fleet' },
      ...(lastIdle > 0
        ? [
            {
              x: right + 4,
              y: round1(yMw(lastUsed + lastIdle / 2)),
              text: `idle ${fmtMw(lastIdle)}`,
              color: 'idle' as const,
            },
          ]
        : []),
    ],
    mwTop,
    bottom,
    11,
  );

  return timeChartLayout(result, { left, right, x }, { width, height, labelRowsTop: MARGIN.top }, [wh, mw], ['chip']);
}

/** The finding: Wh per query now → at the end, the same figures as the tile (src/figures). */
export function powerTitle(result: ScenarioResult): string {
  const s = result.summary;
  const now = s.whPerQueryNow;
  const end = s.whPerQueryEnd;
  const name = FIGURES.whPerQueryNow.name;
  if (Math.abs(end - now) / Math.max(now, 1e-9) < 0.02)
    return `${name} about ${figureText('whPerQueryNow', s)} from now to the end`;
  return `${name} ${end < now ? 'falls' : 'rises'}, ${figureText('whPerQueryNow', s)} now → ${figureText('whPerQueryEnd', s)}`;
}
