import { cloneWithStyles, wrapText, type ChartFrame, type ComposedSvg } from './chartImage';
import { qrMatrix } from './qr';

/*
 * A chart picture at the size people use, whatever the chart's width on screen: a 16:9 slide
 * (1920×1080), a square for social posts (1080×1080) or an article column (1200 px wide, as
 * tall as it needs). The frame is laid out in logical pixels at half the output size and
 * drawn at 2×, so type is as large as on a 960 px page.
 */

export type ExportSizeId = 'slide' | 'square' | 'article';

export interface ExportSize {
  id: ExportSizeId;
  label: string;
  /** Output pixels. */
  width: number;
  /** Output pixels; null: as tall as the content (the chart at `chartAspect`). */
  height: number | null;
}

export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'slide', label: 'Slide 16:9, 1920×1080', width: 1920, height: 1080 },
  { id: 'square', label: 'Square 1:1, 1080×1080', width: 1080, height: 1080 },
  { id: 'article', label: 'Article width, 1200 px', width: 1200, height: null },
];

export const EXPORT_SIZE_BY_ID = Object.fromEntries(EXPORT_SIZES.map((s) => [s.id, s])) as Record<
  ExportSizeId,
  ExportSize
>;

/** Output pixels per logical pixel. */
export const EXPORT_SCALE = 2;
const PAD = 16;
/** Height ÷ width of the chart in an article picture. */
const ARTICLE_CHART_ASPECT = 0.5;

export interface FramePlan {
  width: number;
  height: number;
  /** Where the chart goes and how large it is drawn: lay the chart out at this size. */
  chart: { x: number; y: number; width: number; height: number };
  titleLines: string[];
  /** "Scenario “Chip slips 2 years”", under the title in the title's colour. */
  scenarioLines: string[];
  captionLines: string[];
  /** The key to the shaded bands, in the foot above the source. */
  keyLines: string[];
  sourceLines: string[];
  linkLines: string[];
  qrPx: number;
  footTop: number;
}

/** The QR code's side in logical pixels: at least 2 logical (4 output) pixels per module. */
function qrSide(modules: number): number {
  return Math.max(92, Math.ceil((modules + 4) * 2));
}

/** Where everything goes in a picture of `size`; the chart gets what the words leave. */
export function planFrame(frame: Omit<ChartFrame, 'colors' | 'fontFamily'>, size: ExportSize): FramePlan {
  const width = size.width / EXPORT_SCALE;
  const inner = width - 2 * PAD;
  const qr = frame.qr ? qrMatrix(frame.link) : null;
  const qrPx = qr ? qrSide(qr.size) : 0;
  const titleLines = wrapText(frame.title, inner, 20);
  const scenarioLines = wrapText(`Scenario “${frame.scenarioName}”`, inner, 16);
  const captionLines = wrapText(frame.caption, inner, 13);
  const footW = inner - (qr ? qrPx + 12 : 0);
  const keyLines = frame.key ? wrapText(frame.key, footW, 12) : [];
  const sourceLines = wrapText(`Source: ${frame.source}`, footW, 12);
  const linkLines = wrapText(`Scenario “${frame.scenarioName}”: ${frame.link}`, footW, 11);
  const headH = PAD + titleLines.length * 25 + 2 + scenarioLines.length * 20 + 2 + captionLines.length * 17 + 8;
  const footTextH = keyLines.length * 15 + sourceLines.length * 15 + 2 + linkLines.length * 14;
  const footH = 8 + Math.max(footTextH, qrPx) + PAD;
  const chartW = inner;
  const chartH =
    size.height === null
      ? Math.round(chartW * ARTICLE_CHART_ASPECT)
      : Math.max(120, size.height / EXPORT_SCALE - headH - footH);
  const height = size.height === null ? Math.ceil(headH + chartH + footH) : size.height / EXPORT_SCALE;
  return {
    width,
    height,
    chart: { x: PAD, y: headH, width: chartW, height: chartH },
    titleLines,
    scenarioLines,
    captionLines,
    keyLines,
    sourceLines,
    linkLines,
    qrPx,
    footTop: headH + chartH + 8,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function lines(ls: string[], x: number, y0: number, fontPx: number, lineH: number, attrs: string): string {
  return ls
    .map(
      (l, i) =>
        `<text x="${x}" y="${(y0 + fontPx + i * lineH).toFixed(1)}" font-size="${fontPx}" ${attrs}>${esc(l)}</text>`,
    )
    .join('');
}

/**
 * The framed picture: `chart` (an SVG on the page, laid out at plan.chart's size) with the title,
 * caption, source, scenario name and link, and the link's QR code at the foot. Width and height
 * are the output pixels; the viewBox is in logical pixels.
 */
export function composeSized(chart: SVGSVGElement, frame: ChartFrame, size: ExportSize): ComposedSvg {
  const plan = planFrame(frame, size);
  const font = `font-family="${esc(frame.fontFamily)}"`;
  const parts: string[] = [];
  let y = PAD;
  parts.push(lines(plan.titleLines, PAD, y, 20, 25, `font-weight="700" fill="${frame.colors.fg}" ${font}`));
  y += plan.titleLines.length * 25 + 2;
  parts.push(lines(plan.scenarioLines, PAD, y, 16, 20, `font-weight="600" fill="${frame.colors.fg}" ${font}`));
  y += plan.scenarioLines.length * 20 + 2;
  parts.push(lines(plan.captionLines, PAD, y, 13, 17, `fill="${frame.colors.muted}" ${font}`));
  const clone = cloneWithStyles(chart);
  const vb = chart.getAttribute('viewBox') ?? `0 0 ${plan.chart.width} ${plan.chart.height}`;
  clone.setAttribute('x', String(plan.chart.x));
  clone.setAttribute('y', String(plan.chart.y));
  clone.setAttribute('width', String(plan.chart.width));
  clone.setAttribute('height', String(plan.chart.height));
  clone.setAttribute('viewBox', vb);
  clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  clone.setAttribute('overflow', 'visible');
  parts.push(new XMLSerializer().serializeToString(clone));
  const foot = plan.footTop;
  const sourceTop = foot + plan.keyLines.length * 15;
  parts.push(lines(plan.keyLines, PAD, foot, 12, 15, `fill="${frame.colors.fg}" ${font}`));
  parts.push(lines(plan.sourceLines, PAD, sourceTop, 12, 15, `fill="${frame.colors.muted}" ${font}`));
  parts.push(
    lines(
      plan.linkLines,
      PAD,
      sourceTop + plan.sourceLines.length * 15 + 2,
      11,
      14,
      `fill="${frame.colors.muted}" ${font}`,
    ),
  );
  const qr = frame.qr ? qrMatrix(frame.link) : null;
  if (qr) {
    const quiet = 2;
    const cell = plan.qrPx / (qr.size + 2 * quiet);
    const qx = plan.width - PAD - plan.qrPx;
    parts.push(
      `<g transform="translate(${qx} ${foot}) scale(${cell.toFixed(4)})"><rect width="${qr.size + 2 * quiet}" height="${qr.size + 2 * quiet}" fill="#ffffff"/>` +
        `<path transform="translate(${quiet} ${quiet})" d="${qr.path}" fill="#000000" shape-rendering="crispEdges"/></g>`,
    );
  }
  const W = plan.width * EXPORT_SCALE;
  const H = Math.round(plan.height * EXPORT_SCALE);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${plan.width} ${plan.height}">` +
    `<title>${esc(frame.title)}</title>${frame.description ? `<desc>${esc(frame.description)}</desc>` : ''}` +
    `<rect width="100%" height="100%" fill="${frame.colors.bg}"/>${parts.join('')}</svg>`;
  return { markup, width: W, height: H };
}
