import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import { fmtUsdB } from '../../format';
import { TableBox } from '../common/TableBox';
import { counterpartiesSpec as spec } from './spec';

/** The table view of "Who holds the risk": one row per counterparty with the CLI's figures, then the total. */
export function CounterpartyTable({ report, caption }: { report: CounterpartyReport; caption: string }) {
  const columns = spec.columns;
  const total = (k: 'paidToOpenAiUsdB' | 'paidByOpenAiUsdB') => report.counterparties.reduce((a, c) => a + c[k], 0);
  return (
    <TableBox caption={caption}>
      {(captionId) => (
        <table className="chart-table cp-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Counterparty</th>
              <th scope="col">Roles</th>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.counterparties.map((r) => (
              <tr key={r.id} data-counterparty={r.id}>
                <th scope="row">{r.name}</th>
                <td className="cp-roles-cell">{r.roles.join(', ')}</td>
                {columns.map((c) => {
                  const v = c.value(r);
                  return <td key={c.label}>{v === null ? '—' : c.format(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All</th>
              <td />
              <td>{fmtUsdB(total('paidToOpenAiUsdB'))}</td>
              <td>{fmtUsdB(total('paidByOpenAiUsdB'))}</td>
              <td />
              <td>{fmtUsdB(report.owedAfterUsdB)}</td>
              <td>{fmtUsdB(report.exposureUsdB)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </TableBox>
  );
}
