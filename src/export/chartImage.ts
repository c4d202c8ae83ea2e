import { withPngText } from './pngText';
import { qrMatrix } from './qr';

/*
 * A chart on screen as a standalone picture: its SVG cloned with every computed style inlined
 * (so colours, dashes and fonts survive without the page's CSS), framed with the title, the
 * caption with units, the source line, the scenario link and a QR code of the link. SVG as is;
 * PNG by drawing that SVG on a canvas at 2× (the CSP allows blob: and data: images).
 */

const SHAPE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
] as const;
const TEXT_PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'letter-spacing',
  'font-variant-numeric',
] as const;
/** Interaction layers that mean nothing in a picture. */
const DROP = '.hover-target, .crosshair, .hover-layer, foreignObject';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A deep copy of an SVG element with computed styles written into style attributes. */
export function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const target = to[i] as SVGElement;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      target.setAttribute('data-drop', '');
      return;
    }
    const isText = el.tagName === 'text' || el.tagName === 'tspan' || el === svg;
    const props: readonly string[] = isText ? [...SHAPE_PROPS, ...TEXT_PROPS] : SHAPE_PROPS;
    const style = props
      .map((p) => `${p}:${cs.getPropertyValue(p)}`)
      .filter((d) => !d.endsWith(':'))
      .join(';');
    target.setAttribute('style', style);
    // Presentation attributes that name page variables mean nothing outside the page.
    for (const a of Array.from(target.attributes)) if (a.value.includes('var(')) target.removeAttribute(a.name);
  });
  copy.querySelectorAll(`${DROP}, [data-drop]`).forEach((n) => n.remove());
  copy.removeAttribute('role');
  copy.removeAttribute('aria-labelledby');
  copy.removeAttribute('aria-describedby');
  return copy;
}

export interface ChartFrame {
  title: string;
  caption: string;
  /** The chart's narrative (its spec's summary): the picture's <desc> and the PNG's Description. */
  description?: string;
  source: string;
  /** The scenario's full link. */
  link: string;
  scenarioName: string;
  /** What each shaded band and the shaded projection mean ("Key: …"), from the chart's marks; none when nothing is shaded. */
  key?: string;
  qr: boolean;
  colors: { bg: string; fg: string; muted: string };
  fontFamily: string;
}

/** Greedy word wrap by an average glyph width; URLs (no spaces) break anywhere. */
export function wrapText(text: string, maxPx: number, fontPx: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxPx / (fontPx * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > maxChars) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, maxChars));
      w = w.slice(maxChars);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textBlock(lines: string[], x: number, y0: number, fontPx: number, lineH: number, attrs: string): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${(y0 + fontPx + i * lineH).toFixed(1)}" font-size="${fontPx}" ${attrs}>${esc(l)}</text>`,
    )
    .join('');
}

/** The horizontal extent of everything drawn in the chart, at least its own box, with a small margin. */
function contentBox(chart: SVGSVGElement, width: number): { x: number; width: number } {
  let x0 = 0;
  let x1 = width;
  try {
    const b = chart.getBBox();
    if (Number.isFinite(b.x) && b.width > 0) {
      x0 = Math.min(0, Math.floor(b.x) - 4);
      x1 = Math.max(width, Math.ceil(b.x + b.width) + 4);
    }
  } catch {
    /* not rendered: use the box */
  }
  return { x: x0, width: x1 - x0 };
}

export interface ComposedSvg {
  markup: string;
  width: number;
  height: number;
}

/**
 * The framed picture. Its width is the chart's CSS width, so the PNG at 2× is exactly twice
 * the chart as it sits on the page.
 */
export function composeChartSvg(chart: SVGSVGElement, frame: ChartFrame): ComposedSvg {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width || Number(chart.getAttribute('width')) || 560);
  const chartH = Math.round(box.height || Number(chart.getAttribute('height')) || 250);
  const pad = 12;
  const qr = frame.qr ? qrMatrix(frame.link) : null;
  const qrPx = qr ? 76 : 0;
  const titleLines = wrapText(frame.title, width - 2 * pad, 16);
  const captionLines = wrapText(frame.caption, width - 2 * pad, 12);
  const footW = width - 2 * pad - (qr ? qrPx + 10 : 0);
  const sourceLines = wrapText(`Source: ${frame.source}`, footW, 11);
  const linkLines = wrapText(`Scenario “${frame.scenarioName}”: ${frame.link}`, footW, 10.5);
  let y = pad;
  const parts: string[] = [];
  const font = `font-family="${esc(frame.fontFamily)}"`;
  parts.push(textBlock(titleLines, pad, y, 16, 20, `font-weight="700" fill="${frame.colors.fg}" ${font}`));
  y += titleLines.length * 20 + 2;
  parts.push(textBlock(captionLines, pad, y, 12, 15, `fill="${frame.colors.muted}" ${font}`));
  y += captionLines.length * 15 + 6;
  const chartTop = y;
  // Labels may hang outside the chart's box (overflow: visible on the page): fit everything
  // drawn into the picture's width, scaling the chart down a little when they do.
  const drawn = contentBox(chart, width);
  const fitH = Math.round(chartH * (width / drawn.width));
  const clone = cloneWithStyles(chart);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(chartTop));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(fitH));
  clone.setAttribute('viewBox', `${drawn.x} 0 ${drawn.width} ${chartH}`);
  clone.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  parts.push(new XMLSerializer().serializeToString(clone));
  y += fitH + 8;
  const footTop = y;
  parts.push(textBlock(sourceLines, pad, y, 11, 14, `fill="${frame.colors.muted}" ${font}`));
  y += sourceLines.length * 14 + 2;
  parts.push(textBlock(linkLines, pad, y, 10.5, 13, `fill="${frame.colors.muted}" ${font}`));
  y += linkLines.length * 13;
  if (qr) {
    const quiet = 2;
    const cell = qrPx / (qr.size + 2 * quiet);
    const qx = width - pad - qrPx;
    parts.push(
      `<g transform="translate(${qx} ${footTop}) scale(${cell.toFixed(4)})"><rect width="${qr.size + 2 * quiet}" height="${qr.size + 2 * quiet}" fill="#ffffff"/>` +
        `<path transform="translate(${quiet} ${quiet})" d="${qr.path}" fill="#000000" shape-rendering="crispEdges"/></g>`,
    );
    y = Math.max(y, footTop + qrPx);
  }
  const height = Math.ceil(y + pad);
  const markup =
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(frame.title)}</title>${frame.description ? `<desc>${esc(frame.description)}</desc>` : ''}<rect width="100%" height="100%" fill="${frame.colors.bg}"/>${parts.join('')}</svg>`;
  return { markup, width, height };
}

/** Draws the SVG on a canvas at `scale`× and returns the PNG, with `description` as its Description text chunk. */
export async function svgToPng({ markup, width, height }: ComposedSvg, scale = 2, description?: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
    if (!description) return png;
    const bytes = withPngText(new Uint8Array(await png.arrayBuffer()), 'Description', description);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Colours and font of the page around a chart, for the frame. */
export function pageColors(el: Element): ChartFrame['colors'] & { fontFamily: string } {
  const card = getComputedStyle(el);
  const root = getComputedStyle(document.documentElement);
  const bg = root.getPropertyValue('--bg').trim() || '#ffffff';
  const fg = root.getPropertyValue('--fg').trim() || card.color || '#1a1d21';
  const muted = root.getPropertyValue('--muted').trim() || '#545c66';
  return { bg, fg, muted, fontFamily: card.fontFamily || 'system-ui, sans-serif' };
}
