/**
 * One meaning per number (docs/MODEL.md, "One meaning per number"). Each headline figure is
 * defined here once: its name, unit, definition in words, the month it is for, its value and
 * its text. The KPI tiles, chart titles, tooltips, tables, compare, slides and notes, the
 * embed, the exports and the CLI all quote these, so one scenario gives one string per figure.
 * Pure; reads only a run's summary.
 */
import type { Summary } from '../engine/types';
import { fmtCents, fmtMonth, fmtMonths, fmtUsdB, fmtWh } from '../format';
import { formatMonth, monthLabel } from '../registry/month';

export const FIGURE_IDS = [
  'costAllInNow',
  'costAllInEnd',
  'costPhysicsNow',
  'costPhysicsEnd',
  'msSharePerQueryNow',
  'cashNow',
  'insolvencyMonth',
  'monthsOfCash',
  'runwayAtTodaysBurn',
  'minCash',
  'whPerQueryNow',
  'whPerQueryEnd',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface Figure {
  id: FigureId;
  /** The figure's name, the same wherever it is shown ("All-in cost per query"). */
  name: string;
  unit: string;
  /** What it measures, in words a reporter can quote. */
  definition: string;
  /** The month the figure is for, or counts from ("Nov 2026", "from Nov 2026"). */
  basis: (s: Summary) => string;
  /** The number in its unit (cents, months, $B, Wh; a month index for dates); null when there is none. */
  value: (s: Summary) => number | null;
  /** The value as every place prints it ("1.06¢", "Jan 2028", "$108.4B"). */
  text: (s: Summary) => string;
}

/**
 * The funding basis of every "cash runs out" figure, in words: closed and committed money only,
 * or that plus the conditional or hypothetical money the scenario switched on.
 */
export function fundingBasis(s: Pick<Summary, 'funding'>): string {
  const { conditionalUsdB: c, hypotheticalUsdB: h } = s.funding;
  if (c <= 0 && h <= 0) return 'closed and committed funding only (no conditional or new money)';
  const extra = [c > 0 ? `${fmtUsdB(c)} conditional` : '', h > 0 ? `${fmtUsdB(h)} hypothetical` : '']
    .filter(Boolean)
    .join(' and ');
  return `closed and committed funding plus ${extra} money, counted as certain`;
}

/** Cents per query as every place prints it: three significant figures, never an exponent. */
export const centsText = (usd: number) => fmtCents(usd, 3);

function solventThrough(s: Summary): string {
  return `not before ${fmtMonth(s.endMonth)}`;
}

/** Whole months from now to the month cash first falls below zero; null when it never does in the horizon. */
export function monthsOfCashFromNow(s: Summary): number | null {
  return s.insolvencyMonth === null ? null : Math.max(0, s.insolvencyMonth - s.nowMonth);
}

const now = (s: Summary) => monthLabel(s.nowMonth);
const end = (s: Summary) => monthLabel(s.endMonth);

const ALL_IN = 'all inference compute cash in the month (idle capacity included) ÷ chat queries';
const PHYSICS =
  "energy and hardware (depreciation or rent) for one chat query at the load factor, Epoch's method; Microsoft's revenue share is not in it";

export const FIGURES: Readonly<Record<FigureId, Figure>> = {
  costAllInNow: {
    id: 'costAllInNow',
    name: 'All-in cost per query',
    unit: '¢ per query',
    definition: ALL_IN,
    basis: now,
    value: (s) => s.costPerQueryAllIn.now * 100,
    text: (s) => centsText(s.costPerQueryAllIn.now),
  },
  costAllInEnd: {
    id: 'costAllInEnd',
    name: 'All-in cost per query',
    unit: '¢ per query',
    definition: ALL_IN,
    basis: end,
    value: (s) => s.costPerQueryAllIn.end * 100,
    text: (s) => centsText(s.costPerQueryAllIn.end),
  },
  costPhysicsNow: {
    id: 'costPhysicsNow',
    name: 'Physics cost per query',
    unit: '¢ per query',
    definition: PHYSICS,
    basis: now,
    value: (s) => s.costPerQueryPhysics.now * 100,
    text: (s) => centsText(s.costPerQueryPhysics.now),
  },
  costPhysicsEnd: {
    id: 'costPhysicsEnd',
    name: 'Physics cost per query',
    unit: '¢ per query',
    definition: PHYSICS,
    basis: end,
    value: (s) => s.costPerQueryPhysics.end * 100,
    text: (s) => centsText(s.costPerQueryPhysics.end),
  },
  msSharePerQueryNow: {
    id: 'msSharePerQueryNow',
    name: "Microsoft's revenue share per query",
    unit: '¢ per query',
    definition: "Microsoft's revenue share in the month ÷ chat queries; in neither cost figure",
    basis: now,
    value: (s) => s.msSharePerQuery.now * 100,
    text: (s) => centsText(s.msSharePerQuery.now),
  },
  cashNow: {
    id: 'cashNow',
    name: 'Cash now',
    unit: '$B',
    definition: "OpenAI's cash and securities at the end of the latest month of the record",
    basis: now,
    value: (s) => s.cashNowUsdB,
    text: (s) => fmtUsdB(s.cashNowUsdB),
  },
  insolvencyMonth: {
    id: 'insolvencyMonth',
    name: 'Cash runs out',
    unit: 'month',
    definition: 'the first month cash falls below zero, with the funding and contracts the scenario counts',
    basis: (s) => `from ${now(s)}`,
    value: (s) => s.insolvencyMonth,
    text: (s) => (s.insolvencyMonth === null ? solventThrough(s) : fmtMonth(s.insolvencyMonth)),
  },
  monthsOfCash: {
    id: 'monthsOfCash',
    name: 'Months of cash from now',
    unit: 'months',
    definition: 'months from now until cash first falls below zero, with the funding and contracts the scenario counts',
    basis: (s) => `from ${now(s)}`,
    value: monthsOfCashFromNow,
    text: (s) => {
      const m = monthsOfCashFromNow(s);
      return m === null ? `more than ${s.endMonth - s.nowMonth} mo` : `${m} mo`;
    },
  },
  runwayAtTodaysBurn: {
    id: 'runwayAtTodaysBurn',
    name: "Runway at today's burn",
    unit: 'months',
    definition: "cash now ÷ the trailing 3-month burn: assumes today's burn holds and no new money comes",
    basis: (s) => `from ${monthLabel(s.runwayAsOf)}`,
    value: (s) => s.runwayMonths,
    text: (s) => (s.runwayMonths === null ? 'cash-generative' : fmtMonths(s.runwayMonths)),
  },
  minCash: {
    id: 'minCash',
    name: 'Lowest cash',
    unit: '$B',
    definition: 'the lowest month-end cash over the horizon',
    basis: (s) => fmtMonth(s.minCashMonth),
    value: (s) => s.minCashUsdB,
    text: (s) => fmtUsdB(s.minCashUsdB),
  },
  whPerQueryNow: {
    id: 'whPerQueryNow',
    name: 'Wh per query',
    unit: 'Wh',
    definition: 'facility energy per chat query, blended over the capacity that serves it',
    basis: now,
    value: (s) => s.whPerQueryNow,
    text: (s) => fmtWh(s.whPerQueryNow),
  },
  whPerQueryEnd: {
    id: 'whPerQueryEnd',
    name: 'Wh per query',
    unit: 'Wh',
    definition: 'facility energy per chat query, blended over the capacity that serves it',
    basis: end,
    value: (s) => s.whPerQueryEnd,
    text: (s) => fmtWh(s.whPerQueryEnd),
  },
};

/** A figure's value as printed. */
export function figureText(id: FigureId, s: Summary): string {
  return FIGURES[id].text(s);
}

/** "All-in cost per query, Nov 2026: 1.06¢": name, basis and value, the way a title or a note quotes it. */
export function figureQuote(id: FigureId, s: Summary): string {
  const f = FIGURES[id];
  return `${f.name}, ${f.basis(s)}: ${f.text(s)}`;
}

/** Every figure of a run as {name, basis, text, value}: what the CLI prints and the tests compare. */
export function figureTable(
  s: Summary,
): Record<FigureId, { name: string; basis: string; text: string; value: number | string | null }> {
  const out = {} as Record<FigureId, { name: string; basis: string; text: string; value: number | string | null }>;
  for (const id of FIGURE_IDS) {
    const f = FIGURES[id];
    const v = f.value(s);
    // a month is written as YYYY-MM, as everywhere in the JSON
    out[id] = {
      name: f.name,
      basis: f.basis(s),
      text: f.text(s),
      value: f.unit === 'month' && v !== null ? formatMonth(v) : v,
    };
  }
  return out;
}
