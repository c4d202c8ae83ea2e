import type { ScenarioResult, Summary } from '../engine/types';
import { fmtCents, fmtMonth, fmtMonths, fmtMw, fmtUsdB, fmtWh } from '../format';

/*
 * Live numbers in speaker notes: "{insolvencyMonth}" in a slide's notes reads as that slide's
 * scenario has it ("Mar 2028"). Pure: the figures come in, pieces of text go out. A name that is
 * not a placeholder stays visible as typed and is flagged, so a typo shows instead of vanishing.
 */

/** The figures notes can name: the engine summary's, and the cash at the horizon's end. */
export type NoteFigures = Pick<
  Summary,
  | 'insolvencyMonth'
  | 'breakevenMonth'
  | 'runwayMonths'
  | 'endMonth'
  | 'nowMonth'
  | 'minCashUsdB'
  | 'minCashMonth'
  | 'cashNowUsdB'
  | 'costPerQueryAllIn'
  | 'idleMwNow'
  | 'whPerQueryNow'
  | 'whPerQueryEnd'
  | 'cumulativeBurnUsdB'
  | 'msTakeLastYearUsdB'
> & { cashEndUsdB: number };

export function noteFigures(r: ScenarioResult): NoteFigures {
  return { ...r.summary, cashEndUsdB: r.monthly.cashUsdB[r.months - 1] };
}

interface Placeholder {
  /** What the editor's hint says it is. */
  means: string;
  fill: (f: NoteFigures) => string;
}

const monthOrNone = (m: number | null, f: NoteFigures) =>
  m === null ? `none by ${fmtMonth(f.endMonth)}` : fmtMonth(m);

/** Every placeholder, in the order the editor lists them. */
export const NOTE_PLACEHOLDERS: Readonly<Record<string, Placeholder>> = {
  insolvencyMonth: { means: 'month cash runs out', fill: (f) => monthOrNone(f.insolvencyMonth, f) },
  runwayMonths: {
    means: "runway at today's burn",
    fill: (f) => (f.runwayMonths === null ? 'cash-generative' : fmtMonths(f.runwayMonths)),
  },
  costPerQueryAllIn: { means: 'all-in ¢ per query now', fill: (f) => fmtCents(f.costPerQueryAllIn.now) },
  costPerQueryAllInEnd: { means: 'all-in ¢ per query at the end', fill: (f) => fmtCents(f.costPerQueryAllIn.end) },
  minCash: { means: 'lowest cash', fill: (f) => fmtUsdB(f.minCashUsdB) },
  minCashMonth: { means: 'month of the lowest cash', fill: (f) => fmtMonth(f.minCashMonth) },
  cashNow: { means: 'cash now', fill: (f) => fmtUsdB(f.cashNowUsdB) },
  cashEnd: { means: 'cash at the end', fill: (f) => fmtUsdB(f.cashEndUsdB) },
  breakevenMonth: { means: 'first month burn ≤ 0', fill: (f) => monthOrNone(f.breakevenMonth, f) },
  cumulativeBurn: { means: 'burn over the horizon', fill: (f) => fmtUsdB(f.cumulativeBurnUsdB) },
  msTakeLastYear: { means: "Microsoft's take in the last year", fill: (f) => fmtUsdB(f.msTakeLastYearUsdB) },
  idleMwNow: { means: 'idle capacity now', fill: (f) => fmtMw(f.idleMwNow) },
  whPerQuery: { means: 'Wh per query now', fill: (f) => fmtWh(f.whPerQueryNow) },
  whPerQueryEnd: { means: 'Wh per query at the end', fill: (f) => fmtWh(f.whPerQueryEnd) },
  nowMonth: { means: 'the month "now" is', fill: (f) => fmtMonth(f.nowMonth) },
  endMonth: { means: 'the horizon’s last month', fill: (f) => fmtMonth(f.endMonth) },
};

export type NotePiece =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; text: string }
  | { kind: 'unknown'; name: string; text: string };

const PLACEHOLDER_RE = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Notes as pieces: plain text, filled values, and unknown names left as typed ("{runway}"). */
export function fillNotes(notes: string, figures: NoteFigures): NotePiece[] {
  const pieces: NotePiece[] = [];
  let at = 0;
  for (const m of notes.matchAll(PLACEHOLDER_RE)) {
    if (m.index > at) pieces.push({ kind: 'text', text: notes.slice(at, m.index) });
    const name = m[1];
    const known = Object.hasOwn(NOTE_PLACEHOLDERS, name) ? NOTE_PLACEHOLDERS[name] : undefined;
    pieces.push(known ? { kind: 'value', name, text: known.fill(figures) } : { kind: 'unknown', name, text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < notes.length) pieces.push({ kind: 'text', text: notes.slice(at) });
  return pieces;
}

/** The notes as one string, unknown names as typed. */
export function fillNotesText(notes: string, figures: NoteFigures): string {
  return fillNotes(notes, figures)
    .map((p) => p.text)
    .join('');
}

/** Whether the notes name any placeholder, known or not. */
export function hasPlaceholders(notes: string): boolean {
  return /\{[A-Za-z][A-Za-z0-9_]*\}/.test(notes);
}
