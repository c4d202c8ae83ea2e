import { annualLedger, eventStates, SERIES, type ScenarioResult } from '../engine';
import { counterpartyReport, type Counterparty } from '../engine/counterparties';
import { LEDGER_ROWS } from '../engine/ledger';
import { FIGURE_IDS, figureTable } from '../figures';
import type { Summary } from '../engine/types';
import { LEVERS, type Params } from '../registry';
import { formatMonth } from '../registry/month';
import { formatLeverValue } from '../registry/value';

/** Series, ledger and summary as plain data: the CLI's JSON, the page's "Download JSON". */
export interface ScenarioJson {
  version: number;
  link: string;
  params: Record<string, number | string>;
  monthly: Array<Record<string, number | string>>;
  annual: Array<Record<string, number | string>>;
  summary: Record<string, unknown>;
  /** The headline figures as every place prints them (src/figures): name, basis, text, value. */
  figures: ReturnType<typeof figureTable>;
  /** Every funding round and compute contract, as the scenario has it. */
  events: Array<Record<string, unknown>>;
  /** Who holds the risk: each counterparty's flows (totals and per year), stake and exposure. */
  counterparties: Array<Omit<Counterparty, 'years'> & { years: Array<Record<string, number>> }>;
  /** The month exposure is counted after, the cash then, and what is owed and not covered in all. */
  exposure: Record<string, unknown>;
  /** Microsoft's side in full: Azure revenue, revenue share against its cap, stake, equity-method share. */
  microsoft: Record<string, unknown>;
}

function monthOrNull(m: number | null): string | null {
  return m === null ? null : formatMonth(m);
}

/** Lever values as a person gave them: months as YYYY-MM, numbers exactly as set (never rounded). */
export function readableParams(params: Params): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const l of LEVERS) out[l.id] = l.kind === 'month' ? formatLeverValue(l, params[l.id]) : params[l.id];
  return out;
}

export function monthlyRows(result: ScenarioResult): Array<Record<string, number | string>> {
  const rows: Array<Record<string, number | string>> = [];
  for (let t = 0; t < result.months; t++) {
    const row: Record<string, number | string> = { month: formatMonth(result.startMonth + t) };
    for (const name of SERIES) row[name] = result.monthly[name][t];
    rows.push(row);
  }
  return rows;
}

/** The annual ledger, one object per calendar year plus a "total" row; exact decimal strings as numbers. */
export function annualRows(result: ScenarioResult, startingCashUsdB: number): Array<Record<string, number | string>> {
  const L = annualLedger(result.monthly, startingCashUsdB);
  const rows: Array<Record<string, number | string>> = L.years.map((year, yi) => {
    const row: Record<string, number | string> = { year };
    for (const r of LEDGER_ROWS) row[r] = L.rows[r][yi].toNumber();
    row.endingCashUsdB = L.endingCash[yi].toNumber();
    return row;
  });
  const total: Record<string, number | string> = { year: 'total' };
  for (const r of LEDGER_ROWS) total[r] = L.totals[r].toNumber();
  total.endingCashUsdB = L.endingCash[L.endingCash.length - 1].toNumber();
  rows.push(total);
  return rows;
}

export function scenarioJson(
  params: Params,
  result: ScenarioResult,
  link: string,
  exposureAfter?: number,
): ScenarioJson {
  const s = result.summary;
  const cp = counterpartyReport(params, result, exposureAfter);
  return {
    version: result.version,
    link,
    params: readableParams(params),
    monthly: monthlyRows(result),
    annual: annualRows(result, params.startingCashUsdB),
    summary: {
      ...s,
      startMonth: formatMonth(s.startMonth),
      endMonth: formatMonth(s.endMonth),
      insolvencyMonth: monthOrNull(s.insolvencyMonth),
      breakevenMonth: monthOrNull(s.breakevenMonth),
      minCashMonth: formatMonth(s.minCashMonth),
      runwayAsOf: formatMonth(s.runwayAsOf),
      nowMonth: formatMonth(s.nowMonth),
    },
    figures: figureTable(s),
    events: eventStates(params, result.options).map((e) => ({ ...e, month: formatMonth(e.month) })),
    counterparties: cp.counterparties.map((c) => ({ ...c, years: c.years.map((y) => ({ ...y })) })),
    exposure: {
      after: formatMonth(cp.exposureAfter),
      basis: cp.exposureBasis,
      cashAtUsdB: cp.cashAtUsdB,
      owedAfterUsdB: cp.owedAfterUsdB,
      exposureUsdB: cp.exposureUsdB,
      unattributed: cp.unattributed,
    },
    microsoft: { ...cp.microsoft },
  };
}

function csvCell(v: unknown): string {
  const text = typeof v === 'number' ? String(v) : String(v ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Array<Record<string, unknown>>, columns: string[] = Object.keys(rows[0] ?? {})): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

export function monthlyCsv(result: ScenarioResult): string {
  return toCsv(monthlyRows(result), ['month', ...SERIES]);
}

export function ledgerCsv(result: ScenarioResult, startingCashUsdB: number): string {
  const rows = annualRows(result, startingCashUsdB);
  const columns = ['year', ...LEDGER_ROWS, 'endingCashUsdB'];
  return toCsv(rows, columns);
}

/** The headline figures as a table: one row each, the name, basis and text every place prints (src/figures). */
export function figuresCsv(s: Summary): string {
  const table = figureTable(s);
  return toCsv(
    FIGURE_IDS.map((id) => ({ id, ...table[id] })),
    ['id', 'name', 'basis', 'text', 'value'],
  );
}
