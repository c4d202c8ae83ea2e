import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import { fmtUsdB } from '../../format';

/**
 * The rows of "Who holds the risk" in pixels: per counterparty its name and roles, a bar for what
 * it paid OpenAI, one for what OpenAI paid it, and its exposure beside them, all on one $B scale
 * (the exposure column is as wide as its largest bar needs). Pure, so the card, the slide, the
 * export and the tests draw the same thing.
 */

export interface RowBar {
  kind: 'in' | 'out' | 'exposure';
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  label: string;
  labelX: number;
}

export interface RowMarks {
  id: string;
  name: string;
  roles: string;
  /** The name uncut, for the row's <title>. */
  fullName: string;
  top: number;
  bottom: number;
  nameX: number;
  nameY: number;
  /** Roles on their own line under the name (beside the bars), or after the name (above them). */
  rolesY: number;
  bars: RowBar[];
}

/** Text cut to about `px` pixels at `charPx` a character, with an ellipsis (the full text goes in a <title>). */
export function fitText(text: string, px: number, charPx: number): string {
  const n = Math.floor(px / charPx);
  return text.length <= n ? text : `${text.slice(0, Math.max(1, n - 1))}…`;
}
/** Roughly how wide the names (12px, bold) and roles (10.5px) are drawn, a character. */
const NAME_CHAR_PX = 7.2;
const ROLE_CHAR_PX = 5.8;

export interface RowsLayout {
  width: number;
  /** Names and roles beside the bars (wide), or above each row's bars (narrow). */
  beside: boolean;
  height: number;
  /** Column headings: the flows' and the exposure's, with where they start. */
  headings: Array<{ text: string; x: number; y: number; swatch?: 'in' | 'out' | 'exposure' }>;
  /** The exposure column's left edge (a rule is drawn there). */
  exposureX: number;
  rows: RowMarks[];
}

const HEAD_PX = 20;
const BAR_PX = 9;
const BAR_GAP = 2;
const ROW_PAD = 9;
const NAME_PX = 15;
/** Room after a bar for its value ("$231.6B"). */
const VALUE_PX = 50;
/** From this width the names sit beside the bars; below it, above them. */
export const NAMES_BESIDE_PX = 520;

/** A row's height: the two bars and the names beside them, or the name above the bars when narrow. */
function rowHeight(beside: boolean): number {
  const barsH = 2 * BAR_PX + BAR_GAP;
  return (beside ? Math.max(barsH, 2 * 13) : NAME_PX + barsH) + ROW_PAD;
}

/** The picture's height for `count` counterparties at `width` (what the card reserves before its first report). */
export function rowsHeight(count: number, width: number): number {
  return HEAD_PX + count * rowHeight(width >= NAMES_BESIDE_PX);
}

export function rowsLayout(report: CounterpartyReport, width: number, exposureHeading: string): RowsLayout {
  const beside = width >= NAMES_BESIDE_PX;
  const cs = report.counterparties;
  const textW = Math.max(
    60,
    ...cs.map((c) => Math.max(c.name.length * NAME_CHAR_PX, c.roles.join(', ').length * ROLE_CHAR_PX)),
  );
  const nameW = beside ? Math.min(Math.round(textW) + 12, Math.round(width * 0.34)) : 0;
  const left = nameW;
  const avail = Math.max(80, width - left - 2 * VALUE_PX - 16);
  const maxFlow = Math.max(0, ...cs.map((c) => Math.max(c.paidToOpenAiUsdB, c.paidByOpenAiUsdB)));
  const maxExposure = Math.max(0, ...cs.map((c) => c.exposureUsdB));
  // one $B scale for both columns; the exposure column keeps room for its heading and "none"
  const minExposureW = beside ? 80 : 40;
  const k = maxFlow + maxExposure > 0 ? avail / (maxFlow + maxExposure) : 0;
  let flowW = maxFlow * k;
  if (maxExposure * k < minExposureW) flowW = Math.min(flowW, avail - minExposureW);
  const px = maxFlow > 0 ? flowW / maxFlow : k;
  const exposureX = left + flowW + VALUE_PX + 16;
  const barsH = 2 * BAR_PX + BAR_GAP;
  const rowH = rowHeight(beside);
  const rows: RowMarks[] = cs.map((c, i) => {
    const top = HEAD_PX + i * rowH;
    const barTop = beside ? top + 2 : top + NAME_PX;
    const bar = (kind: RowBar['kind'], x0: number, y: number, value: number, scale: number): RowBar => {
      const w = Math.max(0, value * scale);
      return {
        kind,
        x: x0,
        y,
        width: value > 0 ? Math.max(1, w) : 0,
        height: kind === 'exposure' ? barsH : BAR_PX,
        value,
        label: kind === 'exposure' && value < 0.05 ? 'none' : value === 0 ? '' : fmtUsdB(value, 'auto'),
        labelX: x0 + (value > 0 ? Math.max(1, w) : 0) + 4,
      };
    };
    return {
      id: c.id,
      name: beside ? fitText(c.name, nameW - 8, NAME_CHAR_PX) : c.name,
      roles: beside ? fitText(c.roles.join(', '), nameW - 8, ROLE_CHAR_PX) : c.roles.join(', '),
      fullName: c.name,
      top,
      bottom: top + rowH,
      nameX: 0,
      nameY: top + 11,
      rolesY: beside ? top + 24 : top + 11,
      bars: [
        bar('in', left, barTop, c.paidToOpenAiUsdB, px),
        bar('out', left, barTop + BAR_PX + BAR_GAP, c.paidByOpenAiUsdB, px),
        bar('exposure', exposureX, barTop, c.exposureUsdB, px),
      ],
    };
  });
  // the two flow headings in full where the column has room for them, else short
  const long = exposureX - 16 - left >= 210;
  return {
    width,
    beside,
    height: rowsHeight(cs.length, width),
    headings: [
      { text: long ? 'Paid to OpenAI' : 'to OpenAI', x: left, y: 13, swatch: 'in' },
      { text: long ? 'paid by OpenAI' : 'by OpenAI', x: left + (long ? 106 : 76), y: 13, swatch: 'out' },
      { text: exposureHeading, x: exposureX, y: 13, swatch: 'exposure' },
    ],
    exposureX,
    rows,
  };
}
