import { pageColors, svgToPng } from '../../export/chartImage';
import { ledgerCsv, monthlyCsv, scenarioJson } from '../../export/data';
import type { DeckChartId } from '../../export/deckTypes';
import { downloadBlob, downloadText, slug } from '../../export/download';
import { useAppStore } from '../../store';
import { shareUrl } from '../../store/urlSync';
import { CHART_SPECS } from '../../charts/specs';
import { ChartPicture } from '../../charts/common/ChartPicture';
import type { Reported } from '../../charts/reported';
import { composeSized, EXPORT_SIZE_BY_ID, planFrame, type ExportSizeId } from '../../export/sizedImage';
import { withRenderedSvg } from './renderChart';

/*
 * What the Export menu does. Loaded on first use, so the dashboard's first load does not carry
 * the QR encoder, the ledger's decimal arithmetic or the SVG framing.
 */

function scenario() {
  const { params, result, scenarioName } = useAppStore.getState();
  return { params, result, name: scenarioName || 'scenario', link: shareUrl() };
}

/**
 * A chart as a picture of `sizeId` (a 16:9 slide by default): its spec laid out afresh at the
 * size the frame leaves for it, whatever its width on screen, framed with its title, caption,
 * source, the scenario's name and link, and a QR code of the link.
 */
export async function exportChart(
  id: DeckChartId,
  format: 'png' | 'svg',
  sizeId: ExportSizeId = 'slide',
  reported: Reported | null = null,
): Promise<void> {
  const { name, link } = scenario();
  const spec = CHART_SPECS[id];
  const { result, baseline, showGenerations } = useAppStore.getState();
  const card = document.querySelector<HTMLElement>(`[data-chart="${id}"]`) ?? document.body;
  if (!result) throw new Error('the scenario has not been calculated yet');
  const size = EXPORT_SIZE_BY_ID[sizeId];
  const { fontFamily, ...colors } = pageColors(card);
  const frame = {
    title: spec.title(result),
    caption: spec.subtitle({ byGeneration: showGenerations }),
    source: spec.source,
    link,
    scenarioName: name,
    qr: true,
    colors,
    fontFamily,
  };
  const { chart } = planFrame(frame, size);
  const layout = spec.layout({
    result,
    baseline: baseline?.result ?? null,
    reported: spec.reported ? reported : null,
    byGeneration: showGenerations,
    width: Math.round(chart.width),
    height: Math.round(chart.height),
  });
  const composed = await withRenderedSvg(<ChartPicture layout={layout} />, (svg) => composeSized(svg, frame, size));
  const file = `${slug(name)}-${id}-${size.width}x${size.height ?? 'auto'}`;
  if (format === 'svg') downloadText(composed.markup, `${file}.svg`, 'image/svg+xml');
  else downloadBlob(await svgToPng(composed, 1), `${file.replace('xauto', `x${composed.height}`)}.png`);
}

export type DataExport = 'monthly-csv' | 'ledger-csv' | 'json';

export function exportData(kind: DataExport): void {
  const { params, result, name, link } = scenario();
  if (!result) throw new Error('the scenario has not been calculated yet');
  const file = slug(name);
  if (kind === 'monthly-csv') downloadText(monthlyCsv(result), `${file}-monthly.csv`, 'text/csv');
  else if (kind === 'ledger-csv')
    downloadText(ledgerCsv(result, params.startingCashUsdB), `${file}-annual-ledger.csv`, 'text/csv');
  else
    downloadText(
      JSON.stringify(scenarioJson(params, result, link), null, 2) + '\n',
      `${file}.json`,
      'application/json',
    );
}
