import { useId, useState, type ReactNode } from 'react';
import { ChartHead } from '../common/ChartHead';
import { ChartSummary } from '../common/ChartSummary';

export interface TableSpec {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}

interface Props {
  id: string;
  title: string;
  subtitle: string;
  /** What a screen reader hears instead of the picture. */
  summary: string;
  tools?: ReactNode;
  table: TableSpec;
  footer?: ReactNode;
  children: ReactNode;
}

/** A chart's chrome: the finding as title, units as subtitle, tools, the plot, and a data table toggle. */
export function UncertaintyCard({ id, title, subtitle, summary, tools, table, footer, children }: Props) {
  const headingId = useId();
  const summaryId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section className="chart-card mc-card" aria-labelledby={headingId} data-chart={id}>
      <ChartHead
        headingId={headingId}
        level={3}
        title={title}
        subtitle={subtitle}
        tools={tools}
        tableOpen={tableOpen}
        onToggleTable={() => setTableOpen((o) => !o)}
      />
      <div className="chart-plot" role="group" aria-labelledby={headingId} aria-describedby={summaryId}>
        {children}
      </div>
      <ChartSummary id={summaryId}>{summary}</ChartSummary>
      {tableOpen && (
        <div className="mc-table-wrap">
          <table className="mc-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer && <footer className="chart-source">{footer}</footer>}
    </section>
  );
}
