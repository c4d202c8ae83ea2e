import { EmbedFooter } from './EmbedFooter';
import { useId, useMemo } from 'react';
import type { EmbedRequest } from './parse';
import { inThread } from '../runner/inThread';
import { DEFAULT_SCENARIO_NAME } from '../url/names';
import { ChartSummary } from '../charts/common/ChartSummary';
import { useWidth } from '../charts/common/useWidth';
import { CounterpartiesPicture } from '../charts/counterparties/CounterpartiesPicture';
import { counterpartiesSpec as spec } from '../charts/counterparties/spec';

/** The embed of "Who holds the risk" (embed.html?chart=counterparties): the rows, title, units, source and a link back. */
export default function CounterpartiesEmbed({ request }: { request: Extract<EmbedRequest, { ok: true }> }) {
  // one report, answered on the page's thread: the embed has no worker
  const report = useMemo(
    () => inThread.answerNow({ kind: 'counterparties', params: request.scenario.params }),
    [request],
  );
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const name = request.scenario.name ?? DEFAULT_SCENARIO_NAME;
  return (
    <main className="embed" data-chart={spec.id}>
      <h1 id={headingId} className="chart-title">
        {spec.title(report)}
      </h1>
      <p className="chart-subtitle">{spec.subtitle()}</p>
      <div className="chart-plot" ref={plotRef}>
        <CounterpartiesPicture report={report} width={width} labelledBy={headingId} describedBy={summaryId} />
      </div>
      <ChartSummary id={summaryId}>{spec.summary(report)}</ChartSummary>
      <EmbedFooter source={spec.source} name={name} link={request.dashboardLink} />
    </main>
  );
}
