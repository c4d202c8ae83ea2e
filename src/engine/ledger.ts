import Decimal from 'decimal.js';
import { calendarYear } from './time';
import { COST_LINES, REVENUE_LINES, type Monthly, type SeriesName } from './types';

/** Monthly values are rounded to $1k ($B at 6 decimals) once; every sum after that is exact. */
const DP = 6;

/**
 * Memo rows: all compute cash (contracts, on demand, electricity, capex paid, financing; already
 * inside the cost lines) and its split by what it served. Inference is compute less training, so
 * the two add up to compute to the last digit.
 */
export const MEMO_ROWS = ['computeUsdB', 'trainingComputeUsdB', 'inferenceComputeUsdB'] as const;
/**
 * The accounting lens (accounting.ts), memo rows beside cash: the items between cash burn and the
 * operating loss and net loss, and the two losses. Each is the year's sum of its rounded months.
 */
export const LENS_ROWS = [
  'stockCompUsdB',
  'accruedCostsUsdB',
  'depreciationUsdB',
  'nonCashUsdB',
  'operatingLossUsdB',
  'netLossUsdB',
] as const;
export const LEDGER_ROWS = [
  ...REVENUE_LINES,
  ...COST_LINES,
  'burnUsdB',
  'fundingUsdB',
  'backstopUsdB',
  ...MEMO_ROWS,
  ...LENS_ROWS,
] as const;
export type LedgerRow = (typeof LEDGER_ROWS)[number];

export interface Ledger {
  years: number[];
  /** rows[row][i] for years[i], as Decimal in $B. */
  rows: Record<LedgerRow, Decimal[]>;
  totals: Record<LedgerRow, Decimal>;
  endingCash: Decimal[];
  startingCash: Decimal;
}

function rounded(v: number): Decimal {
  return new Decimal(v.toFixed(DP));
}

/**
 * Calendar-year ledger in decimal arithmetic. Burn is recomputed from the rounded lines, so
 * costs − revenue = burn holds to the last digit in every year and in the totals; ending cash
 * follows from starting cash, funding, backstop and burn the same way.
 */
export function annualLedger(m: Monthly, startingCashUsdB: number): Ledger {
  const n = m.cashUsdB.length;
  const years: number[] = [];
  for (let t = 0; t < n; t++) if (!years.includes(calendarYear(t))) years.push(calendarYear(t));
  const zeroRow = () => years.map(() => new Decimal(0));
  const rows = Object.fromEntries(LEDGER_ROWS.map((r) => [r, zeroRow()])) as Record<LedgerRow, Decimal[]>;
  const add = (row: LedgerRow, yi: number, v: Decimal) => {
    rows[row][yi] = rows[row][yi].plus(v);
  };
  for (let t = 0; t < n; t++) {
    const yi = years.indexOf(calendarYear(t));
    let burn = new Decimal(0);
    for (const r of COST_LINES) {
      const v = rounded(m[r as SeriesName][t]);
      add(r, yi, v);
      burn = burn.plus(v);
    }
    for (const r of REVENUE_LINES) {
      const v = rounded(m[r as SeriesName][t]);
      add(r, yi, v);
      burn = burn.minus(v);
    }
    add('burnUsdB', yi, burn);
    const compute = rounded(m.computeUsdB[t]);
    const training = rounded(m.trainingComputeUsdB[t]);
    add('computeUsdB', yi, compute);
    add('trainingComputeUsdB', yi, training);
    add('inferenceComputeUsdB', yi, compute.minus(training));
    add('fundingUsdB', yi, rounded(m.fundingUsdB[t]));
    add('backstopUsdB', yi, rounded(m.backstopUsdB[t]));
    for (const r of LENS_ROWS) add(r, yi, rounded(m[r][t]));
  }
  const totals = Object.fromEntries(LEDGER_ROWS.map((r) => [r, Decimal.sum(...rows[r])])) as Record<LedgerRow, Decimal>;
  const startingCash = rounded(startingCashUsdB);
  let cash = startingCash;
  const endingCash = years.map((_, yi) => {
    cash = cash.plus(rows.fundingUsdB[yi]).plus(rows.backstopUsdB[yi]).minus(rows.burnUsdB[yi]);
    return cash;
  });
  return { years, rows, totals, endingCash, startingCash };
}
