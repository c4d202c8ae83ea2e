import { composeChartSvg, pageColors, svgToPng } from '../../export/chartImage';
import { ledgerCsv, monthlyCsv, scenarioJson } from '../../export/data';
import type { DeckChartId } from '../../export/deckTypes';
import { downloadBlob, downloadText, slug } from '../../export/download';
import { useAppStore } from '../../store';
import { shareUrl } from '../../store/urlSync';
import { CHART_SPECS } from '../../charts/specs';

/*
 * What the Export menu does. Loaded on first use, so the dashboard's first load does not carry
 * the QR encoder, the ledger's decimal arithmetic or the SVG framing.
 */

function scenario() {
  const { params, result, scenarioName } = useAppStore.getState();
  return { params, result, name: scenarioName || 'scenario', link: shareUrl() };
}

/** The chart on the dashboard, as drawn (its SVG), and its spec's words for the frame. */
function chartOnPage(id: DeckChartId) {
  const spec = CHART_SPECS[id];
  const { result, showGenerations } = useAppStore.getState();
  const card = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
  const svg = card?.querySelector<SVGSVGElement>('svg.chart-svg') ?? null;
  if (!card || !svg || !result) throw new Error(`the ${spec.name} chart is not on the page`);
  return { card, svg, title: spec.title(result), caption: spec.subtitle({ byGeneration: showGenerations }), source: spec.source };
}

export async function exportChart(id: DeckChartId, format: 'png' | 'svg'): Promise<void> {
  const { name, link } = scenario();
  const chart = chartOnPage(id);
  const { fontFamily, ...colors } = pageColors(chart.card);
  const composed = composeChartSvg(chart.svg, {
    title: chart.title, caption: chart.caption, source: chart.source, link, scenarioName: name,
    qr: format === 'png', colors, fontFamily,
  });
  const file = `${slug(name)}-${id}`;
  if (format === 'svg') downloadText(composed.markup, `${file}.svg`, 'image/svg+xml');
  else downloadBlob(await svgToPng(composed, 2), `${file}@2x.png`);
}

export type DataExport = 'monthly-csv' | 'ledger-csv' | 'json';

export function exportData(kind: DataExport): void {
  const { params, result, name, link } = scenario();
  if (!result) throw new Error('the scenario has not been calculated yet');
  const file = slug(name);
  if (kind === 'monthly-csv') downloadText(monthlyCsv(result), `${file}-monthly.csv`, 'text/csv');
  else if (kind === 'ledger-csv') downloadText(ledgerCsv(result, params.startingCashUsdB), `${file}-annual-ledger.csv`, 'text/csv');
  else downloadText(JSON.stringify(scenarioJson(params, result, link), null, 2) + '\n', `${file}.json`, 'application/json');
}
