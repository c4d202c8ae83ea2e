import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import { PAID_BY, PAID_TO } from '../../engine/counterpartyTypes';
import { formatMonth } from '../../registry/month';

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
const cell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : v;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * "Who holds the risk" as CSV, with the CLI's field names: per counterparty a row for the whole
 * horizon (year "all", with stake, owed after and exposure) and a row per calendar year of flows.
 */
export function counterpartiesCsv(report: CounterpartyReport): string {
  const parts = [...PAID_BY, ...PAID_TO];
  const head = [
    'id',
    'name',
    'roles',
    'year',
    'paidByOpenAiUsdB',
    'paidToOpenAiUsdB',
    ...parts,
    'stakePct',
    'owedAfterUsdB',
    'exposureUsdB',
    'exposureAfter',
  ];
  const after = formatMonth(report.exposureAfter);
  const lines = [head.join(',')];
  for (const c of report.counterparties) {
    const base = [c.id, c.name, c.roles.join('; ')];
    lines.push(
      [
        ...base,
        'all',
        c.paidByOpenAiUsdB,
        c.paidToOpenAiUsdB,
        ...parts.map((k) => c[k]),
        c.stakePct,
        c.owedAfterUsdB,
        c.exposureUsdB,
        after,
      ]
        .map(cell)
        .join(','),
    );
    for (const y of c.years)
      lines.push(
        [...base, y.year, y.paidByOpenAiUsdB, y.paidToOpenAiUsdB, ...parts.map((k) => y[k]), null, null, null, null]
          .map(cell)
          .join(','),
      );
  }
  return `${lines.join('\n')}\n`;
}
