import type { YDomains } from '../charts/common/layoutTypes';
import type { Reported } from '../charts/reported';
import type { ScenarioResult } from '../engine/types';
import { isTimeChart, type Deck, type Slide } from './model';
import { readSlideLink } from './records';
import { automaticName } from '../url/names';
import { CHART_SPECS, type ChartId } from '../charts/specs';
import { resultForLink } from './results';

/*
 * One scale per chart across a deck: a board comparing slides by eye must not be misled by
 * each slide choosing its own cash axis. The union of every slide's own y domains (each panel,
 * baselines and reported figures included) is passed back into the chart layouts as yDomains.
 */

export type DeckDomains = Partial<Record<ChartId, YDomains>>;

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
  const union: Partial<Record<ChartId, Record<string, [number, number]>>> = {};
  const count: Partial<Record<ChartId, number>> = {};
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
  for (const chart of Object.keys(union) as ChartId[]) if ((count[chart] ?? 0) > 1) out[chart] = union[chart];
  return out;
}

/** The name a slide's baseline goes by: the name in its link, else one from its levers. */
export function baselineName(link: string): string {
  const parsed = readSlideLink(link);
  return parsed.name ?? automaticName(parsed.params);
}
