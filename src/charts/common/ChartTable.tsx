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
              <Row
                key={r.year}
                label={`${r.year}${r.months < 12 ? ` (${r.months} mo)` : ''}`}
                cells={r.cells}
                columns={columns}
              />
            ))}
          </tbody>
          <tbody className="chart-table-months">
            {months.map((r) => (
              <Row key={r.label} label={r.label} cells={r.cells} columns={columns} />
            ))}
          </tbody>
        </table>
      )}
    </TableBox>
  );
}

/** One row of the table: what it is for, then a cell under each column. */
function Row({ label, cells, columns }: { label: string; cells: string[]; columns: readonly TableColumn[] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((c, i) => (
        <td key={columns[i].label}>{c}</td>
      ))}
    </tr>
  );
}
