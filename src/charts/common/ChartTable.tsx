import type { ScenarioResult } from '../../engine/types';
import { annualRows, headlineRows, type TableColumn } from './table';
import { TableBox } from './TableBox';

/**
 * A chart's table view: one row per calendar year, then the months its headline figures are
 * for (now and the horizon's end), so a title's "now → end" is found under the same column
 * names. The year stays in view as the columns scroll.
 */
export function ChartTable({
  result,
  columns,
  caption,
}: {
  result: ScenarioResult;
  columns: readonly TableColumn[];
  caption: string;
}) {
  const rows = annualRows(result, columns);
  const months = headlineRows(result, columns);
  return (
    <TableBox caption={caption}>
      {(captionId) => (
        <table className="chart-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Year or month</th>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">
                  {r.year}
                  {r.months < 12 ? ` (${r.months} mo)` : ''}
                </th>
                {r.cells.map((c, i) => (
                  <td key={columns[i].label}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tbody className="chart-table-months">
            {months.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={columns[i].label}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </TableBox>
  );
}
