import { burnLayout, burnTitle } from '../../charts/burn/burnLayout';
import type { ChartLayout, YDomains } from '../../charts/common/layoutTypes';
import { costLayout, costTitle } from '../../charts/cost/costLayout';
import { microsoftLayout, microsoftTitle } from '../../charts/microsoft/microsoftLayout';
import { powerLayout, powerTitle } from '../../charts/power/powerLayout';
import type { Reported } from '../../charts/reported';
import type { ScenarioResult } from '../../engine/types';
import type { DeckChartId } from '../../export/deckTypes';

/**
 * The one place the briefing code (slides, handout, exports) reaches into the dashboard's
 * charts: each chart's pure layout, its finding, and the units and source lines its card shows.
 */
export interface ChartSpec {
  id: DeckChartId;
  /** Short name for menus and pickers. */
  name: string;
  /** Units, as the chart card's subtitle says them. */
  subtitle: string;
  source: string;
  title: (r: ScenarioResult) => string;
  layout: (r: ScenarioResult, size: { width: number; height: number }, reported?: Reported | null, extra?: LayoutExtra) => ChartLayout;
}

/** A slide's extras: a baseline drawn as a grey ghost, and y domains shared across the deck. */
export interface LayoutExtra {
  baseline?: ScenarioResult | null;
  yDomains?: YDomains;
}

export const CHART_SPECS: Record<DeckChartId, ChartSpec> = {
  burn: {
    id: 'burn', name: 'Burn & cash',
    subtitle: 'Cash balance and monthly cash burn, $B; ○ reported (annual burn ÷ 12)',
    source: 'model in this dashboard; reported figures: The Information (Sep 2025), press releases',
    title: burnTitle,
    layout: (result, { width, height }, reported, extra) => burnLayout({ result, reported, width, height, ...extra }),
  },
  cost: {
    id: 'cost', name: 'Cost per query',
    subtitle: 'Cost per chat query, US cents: energy, depreciation, cloud rent and Microsoft’s revenue share',
    source: 'Epoch AI (Feb 2025) physics; NVIDIA datasheets; EIA; SemiAnalysis GPU rental index; model',
    title: costTitle,
    layout: (result, { width, height }, _reported, extra) => costLayout({ result, byGeneration: false, width, height, ...extra }),
  },
  power: {
    id: 'power', name: 'Power per inference',
    subtitle: 'Watt-hours per chat query at the meter (log scale); fleet power draw, MW; — published estimates',
    source: 'Epoch AI (Feb 2025); Google (Aug 2025); Altman (Jun 2025); de Vries, Joule (2023); NVIDIA DGX H100 spec; model',
    title: powerTitle,
    layout: (result, { width, height }, reported, extra) => powerLayout({ result, reported, width, height, ...extra }),
  },
  microsoft: {
    id: 'microsoft', name: 'Microsoft ↔ OpenAI',
    subtitle: "Flows between OpenAI and Microsoft, $B per month; value of Microsoft's stake, $B",
    source: 'Microsoft 10-Q (Oct 2025); FT/TechCrunch (Nov 2025); The Information (May 2025, Apr 2026); OpenAI (Oct 2025); model',
    title: microsoftTitle,
    layout: (result, { width, height }, _reported, extra) => microsoftLayout({ result, width, height, ...extra }),
  },
};
