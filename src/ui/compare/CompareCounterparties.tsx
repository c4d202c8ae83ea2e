import { useMemo } from 'react';
import { TableBox } from '../../charts/common/TableBox';
import type { ParamValues } from '../../registry';
import { inThread } from '../../runner/inThread';
import { fmtUsdB } from '../../format';
import { counterpartiesSpec as spec } from '../../charts/counterparties/spec';

/**
 * "Who holds the risk" in Compare: each counterparty's exposure in each scenario (after that
 * scenario's own insolvency month, else its horizon's end), and the total, side by side.
 */
export function CompareCounterparties({ scenarios }: { scenarios: { name: string; params: ParamValues }[] }) {
  const reports = useMemo(
    () => scenarios.map((s) => inThread.answerNow({ kind: 'counterparties', params: s.params })),
    [scenarios],
  );
  const ids: { id: string; name: string }[] = [];
  for (const r of reports)
    for (const c of r.counterparties) if (!ids.some((x) => x.id === c.id)) ids.push({ id: c.id, name: c.name });
  const exposureOf = (i: number, id: string) => reports[i].counterparties.find((c) => c.id === id)?.exposureUsdB ?? 0;
  const caption = `${spec.name} — ${spec.compare.label}, $B: owed after each scenario's insolvency month (else its end) and not covered by cash`;
  return (
    <figure className="compare-chart" data-compare-chart={spec.id}>
      <figcaption>
        <strong>{spec.name}</strong> — {spec.compare.label}, $B
      </figcaption>
      <TableBox caption={caption}>
        {(captionId) => (
          <table className="chart-table" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">Counterparty</th>
                {scenarios.map((s) => (
                  <th key={s.name} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ids.map((c) => (
                <tr key={c.id} data-counterparty={c.id}>
                  <th scope="row">{c.name}</th>
                  {reports.map((_, i) => (
                    <td key={i}>{fmtUsdB(exposureOf(i, c.id))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All</th>
                {reports.map((r, i) => (
                  <td key={i}>{spec.compare.format(spec.compare.value(r))}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        )}
      </TableBox>
    </figure>
  );
}
