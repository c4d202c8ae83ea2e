import { FIGURES } from '../../figures';
import type { YDomains } from '../../charts/common/layoutTypes';
import type { Reported } from '../../charts/reported';
import type { ScenarioResult, Summary } from '../../engine/types';
import { isTimeChart, type Deck, type DeckChartId, type Slide } from '../../export/deckTypes';
import { fmtCents, fmtDelta, fmtMonth, fmtUsdB, fmtWh } from '../../format';
import { parseScenario, queryPart } from '../../url/codec';
import { automaticName } from '../../url/names';
import { CHART_SPECS } from '../../charts/specs';
import { resultForLink } from './slideResult';

/*
 * One scale per chart across a deck: a board comparing slides by eye must not be misled by
 * each slide choosing its own cash axis. The union of every slide's own y domains (each panel,
 * baselines and reported figures included) is passed back into the chart layouts as yDomains.
 */

export type DeckDomains = Partial<Record<DeckChartId, YDomains>>;

/** Layout size used to read domains; the domains do not depend on it (ticks are counted, not sized). */
const PROBE = { width: 480, height: 300 };

/** The result a slide shows, and its baseline's when it carries one. */
export function slideResults(slide: Slide): { result: ScenarioResult; baseline: ScenarioResult | null } {
  return { result: resultForLink(slide.link), baseline: slide.baseline ? resultForLink(slide.baseline) : null };
}

/**
 * The shared y domains of each chart shown on two or more slides (compare slides keep their
 * own scale); none when the deck sets `freeAxes`.
 */
export function deckDomains(deck: Deck, reported: Reported | null = null): DeckDomains {
  if (deck.freeAxes) return {};
  const union: Partial<Record<DeckChartId, Record<string, [number, number]>>> = {};
  const count: Partial<Record<DeckChartId, number>> = {};
  for (const slide of deck.slides) {
    if (slide.compare?.length) continue;
    const { result, baseline } = slideResults(slide);
    for (const chart of slide.charts.filter(isTimeChart)) {
      count[chart] = (count[chart] ?? 0) + 1;
      const domains = (union[chart] ??= {});
      for (const panel of CHART_SPECS[chart].layout({
        result,
        reported: CHART_SPECS[chart].reported ? reported : null,
        baseline,
        ...PROBE,
      }).panels) {
        if (!('domain' in panel.y)) continue;
        const [lo, hi] = panel.y.domain();
        const was = domains[panel.id];
        domains[panel.id] = was ? [Math.min(was[0], lo), Math.max(was[1], hi)] : [lo, hi];
      }
    }
  }
  const out: DeckDomains = {};
  for (const chart of Object.keys(union) as DeckChartId[]) if ((count[chart] ?? 0) > 1) out[chart] = union[chart];
  return out;
}

/** The name a slide's baseline goes by: the name in its link, else one from its levers. */
export function baselineName(link: string): string {
  const parsed = parseScenario(queryPart(link));
  return parsed.name ?? automaticName(parsed.params);
}

function monthsApart(from: number, to: number): string {
  const d = to - from;
  if (d === 0) return 'the same month as';
  return `${Math.abs(d)} month${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'later than' : 'earlier than'}`;
}

/** The slide's difference from its baseline, in words, for the title. */
export function baselineDifference(chart: DeckChartId, s: Summary, b: Summary, name: string): string {
  const vs = `“${name}”`;
  if (chart === 'burn') {
    if (s.insolvencyMonth !== null && b.insolvencyMonth !== null)
      return `${monthsApart(b.insolvencyMonth, s.insolvencyMonth)} ${vs}`;
    if (s.insolvencyMonth === null && b.insolvencyMonth !== null)
      return `${vs} runs out in ${fmtMonth(b.insolvencyMonth)}`;
    if (s.insolvencyMonth !== null) return `${vs} stays solvent`;
    return `lowest cash ${fmtDelta(s.minCashUsdB - b.minCashUsdB, (v) => fmtUsdB(v), 0.05) ?? 'the same'} vs ${vs}`;
  }
  if (chart === 'cost')
    return `${FIGURES.costAllInEnd.name.toLowerCase()} ${fmtDelta(s.costPerQueryAllIn.end - b.costPerQueryAllIn.end, (v) => fmtCents(v, 3), 1e-8) ?? 'no change'} at the end vs ${vs}`;
  if (chart === 'power')
    return `${FIGURES.whPerQueryEnd.name} ${fmtDelta(s.whPerQueryEnd - b.whPerQueryEnd, fmtWh, 1e-5) ?? 'no change'} at the end vs ${vs}`;
  return `${fmtDelta(s.msTakeLastYearUsdB - b.msTakeLastYearUsdB, (v) => fmtUsdB(v), 0.05) ?? 'no change'} in the last year vs ${vs}`;
}
