import type { ReactElement } from 'react';
import { pageColors, svgToPng, type ChartFrame } from '../../export/chartImage';
import { bandKey } from '../../export/bandKey';
import { ledgerCsv, monthlyCsv, scenarioJson } from '../../export/data';
import { isTimeChart, type SlideChartId } from '../../deck/model';
import { downloadBlob, downloadText, slug } from '../../export/download';
import { currentRelease } from '../../registry/releases';
import { useAppStore } from '../../store';
import { useRecordStore } from '../../store/record';
import { shareUrl } from '../../store/urlSync';
import { CHART_SPECS, isRowChartId } from '../../charts/specs';
import { counterpartiesSpec } from '../../charts/counterparties/spec';
import { CounterpartiesPicture } from '../../charts/counterparties/CounterpartiesPicture';
import { counterpartiesCsv } from '../../charts/counterparties/csv';
import { ChartPicture } from '../../charts/common/ChartPicture';
import type { Reported } from '../../charts/reported';
import {
  composeSized,
  EXPORT_SIZE_BY_ID,
  planFrame,
  type ExportSize,
  type ExportSizeId,
} from '../../export/sizedImage';
import { withRenderedSvg } from './renderChart';
import { waterfallLayout, waterfallMarks } from '../../charts/attribution/waterfallLayout';
import { againstWords, WATERFALL_SOURCE, waterfallSubtitle, waterfallTitle } from '../../charts/attribution/words';
import { referenceParams } from '../../store/baseline';
import type { ModelRunner } from '../../runner';
import { inThread } from '../../runner/inThread';
import '../../charts/attribution/attribution.css';

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
  id: SlideChartId,
  format: 'png' | 'svg',
  sizeId: ExportSizeId = 'slide',
  reported: Reported | null = null,
  runner: ModelRunner = inThread,
): Promise<void> {
  if (isRowChartId(id)) return exportCounterparties(format, sizeId, runner);
  if (!isTimeChart(id)) return exportWaterfall(format, sizeId, runner);
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
    description: spec.summary(result),
    source: spec.source,
    link,
    scenarioName: name,
    qr: true,
    colors,
    fontFamily,
  };
  const layoutIn = (chart: { width: number; height: number }) =>
    spec.layout({
      result,
      baseline: baseline?.result ?? null,
      reported: spec.reported ? reported : null,
      byGeneration: showGenerations,
      width: Math.round(chart.width),
      height: Math.round(chart.height),
    });
  // the key names every shaded band (a picture has no tooltips); its lines take room from the chart
  const keyed = { ...frame, key: bandKey(layoutIn(planFrame(frame, size).chart)) };
  const layout = layoutIn(planFrame(keyed, size).chart);
  await deliver(<ChartPicture layout={layout} />, keyed, size, `${slug(name)}-${id}`, format);
}

/**
 * "Who holds the risk" as a picture of `sizeId`: the report of the levers on screen, asked of the
 * page's runner, its rows drawn at the width the frame leaves and scaled into it; framed like the
 * other charts (title, caption, source, scenario name, link, QR code).
 */
export async function exportCounterparties(
  format: 'png' | 'svg',
  sizeId: ExportSizeId = 'slide',
  runner: ModelRunner = inThread,
): Promise<void> {
  const { name, link } = scenario();
  const report = await runner.ask({ kind: 'counterparties', params: useAppStore.getState().params });
  const size = EXPORT_SIZE_BY_ID[sizeId];
  const card = document.querySelector<HTMLElement>('[data-chart="counterparties"]') ?? document.body;
  const { fontFamily, ...colors } = pageColors(card);
  const frame = {
    title: counterpartiesSpec.title(report),
    caption: counterpartiesSpec.subtitle(),
    description: counterpartiesSpec.summary(report),
    source: counterpartiesSpec.source,
    link,
    scenarioName: name,
    qr: true,
    colors,
    fontFamily,
  };
  const { chart } = planFrame(frame, size);
  const picture = <CounterpartiesPicture report={report} width={Math.round(chart.width)} label={frame.title} />;
  await deliver(picture, frame, size, `${slug(name)}-counterparties`, format);
}

/** Frames a picture drawn off screen and downloads it as SVG or PNG, named `<stem>-<w>x<h>`. */
async function deliver(
  picture: ReactElement,
  frame: ChartFrame,
  size: ExportSize,
  stem: string,
  format: 'png' | 'svg',
): Promise<void> {
  const composed = await withRenderedSvg(picture, (svg) => composeSized(svg, frame, size));
  const file = `${stem}-${size.width}x${size.height ?? 'auto'}`;
  if (format === 'svg') downloadText(composed.markup, `${file}.svg`, 'image/svg+xml');
  else
    downloadBlob(await svgToPng(composed, 1, frame.description), `${file.replace('xauto', `x${composed.height}`)}.png`);
}

/** Rows of the export's waterfall: thick enough to read at 1920 px, never taller than the frame allows. */
const MAX_ROW_PX = 64;
const MIN_ROW_PX = 22;
const AXIS_AND_PAD = 28;

/**
 * "What moved it" as a picture of `sizeId`: the scenario on screen against the pinned baseline
 * (or the sourced defaults), split over the output the card shows, asked of the page's runner; framed
 * like the other charts (title, caption with the method, source, scenario name, link, QR code).
 */
export async function exportWaterfall(
  format: 'png' | 'svg',
  sizeId: ExportSizeId = 'slide',
  runner: ModelRunner = inThread,
): Promise<void> {
  const { name, link } = scenario();
  const { params, baseline, attributionOutput } = useAppStore.getState();
  const attribution = await runner.ask({
    kind: 'attribute',
    reference: referenceParams(baseline),
    scenario: params,
    output: attributionOutput,
  });
  const against = againstWords(baseline);
  const size = EXPORT_SIZE_BY_ID[sizeId];
  const card = document.querySelector<HTMLElement>('[data-chart="attribution"]') ?? document.body;
  const { fontFamily, ...colors } = pageColors(card);
  const frame = {
    title: `What moved it: ${waterfallTitle(attribution)}`,
    caption: `${waterfallSubtitle(attribution, against)}. Method: ${attribution.method}`,
    source: WATERFALL_SOURCE,
    link,
    scenarioName: name,
    qr: true,
    colors,
    fontFamily,
  };
  const { chart } = planFrame(frame, size);
  const rows = attribution.parts.length + 1;
  const rowPx = Math.max(MIN_ROW_PX, Math.min(MAX_ROW_PX, (chart.height - AXIS_AND_PAD) / rows));
  const layout = waterfallLayout({ attribution, width: Math.round(chart.width), rowPx });
  const picture = <ChartPicture layout={waterfallMarks(layout)} className="chart-svg waterfall" role="img" />;
  await deliver(picture, frame, size, `${slug(name)}-attribution`, format);
}

export type DataExport = 'monthly-csv' | 'ledger-csv' | 'counterparties-csv' | 'json' | 'zip';

/**
 * The data package: README (link, record, engine, citation, licence, caveats), the monthly and
 * annual CSVs, events, levers with their provenance and the JSON, zipped (fflate loads here).
 */
async function exportDataPackage(): Promise<void> {
  const { params, result, name, link } = scenario();
  if (!result) throw new Error('the scenario has not been calculated yet');
  const { dataPackageZip, dataPackageName, packageInput } = await import('../../export/dataPackage');
  const record = useRecordStore.getState().release ?? currentRelease();
  const input = packageInput({
    params,
    result,
    link,
    scenarioName: name,
    title: CHART_SPECS.burn.title(result),
    record,
  });
  const zip = dataPackageZip(input);
  downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), dataPackageName(input));
}

export async function exportData(kind: DataExport): Promise<void> {
  if (kind === 'zip') return exportDataPackage();
  const { params, result, name, link } = scenario();
  if (!result) throw new Error('the scenario has not been calculated yet');
  const file = slug(name);
  if (kind === 'monthly-csv') downloadText(monthlyCsv(result), `${file}-monthly.csv`, 'text/csv');
  else if (kind === 'counterparties-csv')
    downloadText(
      counterpartiesCsv(await inThread.ask({ kind: 'counterparties', params })),
      `${file}-counterparties.csv`,
      'text/csv',
    );
  else if (kind === 'ledger-csv')
    downloadText(ledgerCsv(result, params.startingCashUsdB), `${file}-annual-ledger.csv`, 'text/csv');
  else
    downloadText(
      JSON.stringify(scenarioJson(params, result, link), null, 2) + '\n',
      `${file}.json`,
      'application/json',
    );
}
