import type { ScenarioResult, Summary } from '../engine/types';
import { fmtMonth, fmtMw, fmtUsdB } from '../format';
import { FIGURES, figureText } from '../figures';

/*
 * Live numbers in speaker notes: "{insolvencyMonth}" in a slide's notes reads as that slide's
 * scenario has it ("Mar 2028"). Pure: the figures come in, pieces of text go out. A name that is
 * not a placeholder stays visible as typed and is flagged, so a typo shows instead of vanishing.
 */

/** The figures notes can name: the engine summary's (quoted through src/figures), and the cash at the horizon's end. */
export type NoteFigures = Summary & { cashEndUsdB: number };

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
  insolvencyMonth: { means: FIGURES.insolvencyMonth.name, fill: (f) => figureText('insolvencyMonth', f) },
  runwayMonths: { means: FIGURES.runwayAtTodaysBurn.name, fill: (f) => figureText('runwayAtTodaysBurn', f) },
  costPerQueryAllIn: { means: `${FIGURES.costAllInNow.name}, now`, fill: (f) => figureText('costAllInNow', f) },
  costPerQueryAllInEnd: {
    means: `${FIGURES.costAllInEnd.name}, at the end`,
    fill: (f) => figureText('costAllInEnd', f),
  },
  minCash: { means: FIGURES.minCash.name, fill: (f) => figureText('minCash', f) },
  minCashMonth: { means: 'month of the lowest cash', fill: (f) => fmtMonth(f.minCashMonth) },
  cashNow: { means: FIGURES.cashNow.name, fill: (f) => figureText('cashNow', f) },
  cashEnd: { means: 'cash at the end', fill: (f) => fmtUsdB(f.cashEndUsdB) },
  breakevenMonth: { means: 'first month burn ≤ 0', fill: (f) => monthOrNone(f.breakevenMonth, f) },
  cumulativeBurn: { means: 'burn over the horizon', fill: (f) => fmtUsdB(f.cumulativeBurnUsdB) },
  msTakeLastYear: { means: "Microsoft's take in the last year", fill: (f) => fmtUsdB(f.msTakeLastYearUsdB) },
  idleMwNow: { means: 'idle capacity now', fill: (f) => fmtMw(f.idleMwNow) },
  whPerQuery: { means: `${FIGURES.whPerQueryNow.name}, now`, fill: (f) => figureText('whPerQueryNow', f) },
  whPerQueryEnd: { means: `${FIGURES.whPerQueryEnd.name}, at the end`, fill: (f) => figureText('whPerQueryEnd', f) },
  monthsOfCash: { means: FIGURES.monthsOfCash.name, fill: (f) => figureText('monthsOfCash', f) },
  costPerQueryPhysics: { means: `${FIGURES.costPhysicsNow.name}, now`, fill: (f) => figureText('costPhysicsNow', f) },
  msSharePerQuery: { means: FIGURES.msSharePerQueryNow.name, fill: (f) => figureText('msSharePerQueryNow', f) },
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
