import { EmbedFooter } from './EmbedFooter';
import { lazy, Suspense, useId, useMemo } from 'react';
import { ChartPicture } from '../charts/common/ChartPicture';
import { useWidth } from '../charts/common/useWidth';
import { CHART_SPECS, isRowChartId } from '../charts/specs';
import { inThread } from '../runner/inThread';
import { useReportedFigures } from '../data/useReported';
import { DEFAULT_SCENARIO_NAME } from '../url/names';
import { type EmbedRequest } from './parse';
import { ChartSummary } from '../charts/common/ChartSummary';

/** The embedded chart with its title, units, source, the record's date and a link back; or why not. */
export function EmbedApp({ request }: { request: EmbedRequest }) {
  if (!request.ok) {
    return (
      <main className="embed embed-error">
        <h1 className="chart-title">This chart cannot be shown</h1>
        <p role="alert">{request.message}</p>
        <p>
          <a href={import.meta.env.BASE_URL} target="_blank" rel="noopener">
            Open the Decoupling Dashboard
          </a>
        </p>
      </main>
    );
  }
  if (isRowChartId(request.chart))
    return (
      <Suspense fallback={<p className="embed">Calculating…</p>}>
        <EmbeddedCounterparties request={request} />
      </Suspense>
    );
  return <EmbeddedChart request={request} />;
}

/** "Who holds the risk": drawn in rows, its code loaded when asked for. */
const EmbeddedCounterparties = lazy(() => import('./CounterpartiesEmbed'));

function EmbeddedChart({ request }: { request: Extract<EmbedRequest, { ok: true }> }) {
  const spec = CHART_SPECS[request.chart as keyof typeof CHART_SPECS];
  // one run, answered by the in-thread runner (well under a millisecond): no worker for a single picture
  const result = useMemo(() => inThread.answerNow({ kind: 'run', params: request.scenario.params }), [request]);
  const reported = useReportedFigures();
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const layout = useMemo(
    () => spec.layout({ result, reported: spec.reported ? reported : null, width, height: 260 }),
    [spec, result, reported, width],
  );
  const name = request.scenario.name ?? DEFAULT_SCENARIO_NAME;
  return (
    <main className="embed" data-chart={spec.id}>
      <h1 id={headingId} className="chart-title">
        {spec.title(result)}
      </h1>
      <p className="chart-subtitle">{spec.subtitle()}</p>
      <div className="chart-plot" ref={plotRef}>
        <ChartPicture layout={layout} role="img" aria-labelledby={headingId} aria-describedby={summaryId} />
      </div>
      <ChartSummary id={summaryId}>{spec.summary(result)}</ChartSummary>
      <EmbedFooter source={spec.source} name={name} link={request.dashboardLink} />
    </main>
  );
}
