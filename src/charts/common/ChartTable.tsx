import { useId } from 'react';
import type { ScenarioResult } from '../../engine/types';
import { annualRows, headlineRows, type TableColumn } from './table';

/**
 * A chart's table view: one row per calendar year, then the months its headline figures are
 * for (now and the horizon's end), so a title's "now → end" is found under the same column
 * names. The caption stands above the scroll box, wrapped to the card: inside a table wider
 * than the card it was cut at the card's edge. The box shows a shadow at an edge that has more
 * columns beyond it, and the year stays in view as the columns scroll.
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
  const captionId = useId();
  const rows = annualRows(result, columns);
  const months = headlineRows(result, columns);
  return (
    <div className="chart-table-box">
      <p className="chart-table-caption" id={captionId}>
        {caption}
      </p>
      {/* focusable so a keyboard can scroll a long or wide table */}
      <div className="chart-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
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
      </div>
    </div>
  );
}
