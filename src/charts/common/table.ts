import type { ScenarioResult } from '../../engine/types';
import { monthLabel } from '../../registry/month';

/** A column of a chart's table view: a monthly series summed, averaged or read at year end. */
export interface TableColumn {
  label: string;
  values: (r: ScenarioResult) => ArrayLike<number>;
  agg: 'sum' | 'end' | 'mean';
  format: (v: number) => string;
}

export interface TableRow {
  year: number;
  months: number;
  cells: string[];
}

/** One row per calendar year of the horizon; partial years say how many months they hold. */
export function annualRows(result: ScenarioResult, columns: readonly TableColumn[]): TableRow[] {
  const rows: TableRow[] = [];
  const series = columns.map((c) => c.values(result));
  for (let i = 0; i < result.months;) {
    const year = Math.floor((result.startMonth + i) / 12);
    let j = i;
    while (j < result.months && Math.floor((result.startMonth + j) / 12) === year) j++;
    const cells = columns.map((c, k) => {
      const s = series[k];
      if (c.agg === 'end') return c.format(s[j - 1]);
      let sum = 0;
      for (let m = i; m < j; m++) sum += s[m];
      return c.format(c.agg === 'sum' ? sum : sum / (j - i));
    });
    rows.push({ year, months: j - i, cells });
    i = j;
  }
  return rows;
}

/** A row of one month's values, labelled by the month and what it is ("Nov 2026 (now)"). */
export interface MonthRow {
  label: string;
  cells: string[];
}

/**
 * The months the headline figures are for (docs/MODEL.md, "One meaning per number"): now (the
 * record's last month) and the horizon's last month, once when they are the same. A title's "1.06¢ now → 1.26¢" is read in
 * these rows under the same column names; the year rows hold calendar-year sums and means.
 */
export function headlineRows(result: ScenarioResult, columns: readonly TableColumn[]): MonthRow[] {
  const series = columns.map((c) => c.values(result));
  const months: Array<[number, string]> = [
    [result.summary.nowMonth - result.startMonth, 'now'],
    [result.months - 1, 'end'],
  ];
  return months
    .filter(([i], k) => i >= 0 && i < result.months && (k === 0 || i !== months[0][0]))
    .map(([i, what]) => ({
      label: `${monthLabel(result.startMonth + i)} (${what})`,
      cells: columns.map((c, k) => c.format(series[k][i])),
    }));
}
