import { useEffect, useId, useState } from 'react';
import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import type { Params } from '../../registry';
import { useAppStore } from '../../store';
import { useSettledScenario } from '../attribution/settledScenario';
import { useAnalysisLane } from '../common/runner';
import { ChartHead } from '../../charts/common/ChartHead';
import { ChartSummary } from '../../charts/common/ChartSummary';
import { useWidth } from '../../charts/common/useWidth';
import { CounterpartiesPicture } from '../../charts/counterparties/CounterpartiesPicture';
import { CounterpartyTable } from '../../charts/counterparties/CounterpartyTable';
import { counterpartiesSpec as spec } from '../../charts/counterparties/spec';
import { rowsHeight } from '../../charts/counterparties/rowsLayout';

/**
 * Before the first report: the room its picture will take on the default (eleven counterparties),
 * and a title of about its length, so the report's arrival does not push the page down (it moved
 * the events table by 25 px at 1280 px and 161 px at 390 px).
 */
const EXPECTED_ROWS = 11;
const PENDING_TITLE = `${spec.name}: what OpenAI owes each counterparty, and what cash would not cover`;

/**
 * The dashboard's card of "Who holds the risk" (loaded on demand): the report for the levers on
 * screen, once they rest, is asked of the runner's analysis thread (a report is ~10 schedule builds, too much for
 * the page's thread at every step of a drag), and the last one stays drawn until the next comes.
 */
export default function CounterpartiesCard() {
  // Asked when the levers rest (as "What moved it" is): a report costs the analysis thread 30-80 ms,
  // and asked at every step of a drag it took a core from the charts' own runs (bench:ui p50 10 → 17 ms).
  const { scenario: params, moving } = useSettledScenario();
  const tableOpen = useAppStore((s) => Boolean(s.tables.counterparties));
  const toggleTable = useAppStore((s) => s.toggleTable);
  const report = useCounterpartyReport(params);
  const [flows, setFlows] = useState(false);
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const title = report.report ? spec.title(report.report) : PENDING_TITLE;
  const subtitle = spec.subtitle({ flows });
  return (
    <section className="chart-card cp-card" aria-labelledby={headingId} data-chart={spec.id}>
      <ChartHead
        headingId={headingId}
        level={2}
        title={title}
        subtitle={subtitle}
        tools={
          <label className="tool tool-check">
            <input type="checkbox" autoComplete="off" checked={flows} onChange={(e) => setFlows(e.target.checked)} />
            {spec.toggle.label}
          </label>
        }
        tableOpen={tableOpen}
        onToggleTable={() => toggleTable(spec.id)}
      />
      <div className="chart-plot" ref={plotRef} aria-busy={moving || report.pending}>
        {report.report ? (
          <CounterpartiesPicture
            report={report.report}
            width={width}
            flows={flows}
            interactive
            labelledBy={headingId}
            describedBy={summaryId}
          />
        ) : (
          <p className="cp-pending" style={{ minHeight: rowsHeight(EXPECTED_ROWS, width) }}>
            {report.error ? `Not available: ${report.error}` : 'Calculating…'}
          </p>
        )}
      </div>
      {report.error && report.report && (
        <p className="cp-error" role="status">
          The latest figures could not be computed ({report.error}); these are for the previous levers.
        </p>
      )}
      {report.report && <ChartSummary id={summaryId}>{spec.summary(report.report)}</ChartSummary>}
      {tableOpen && report.report && (
        <CounterpartyTable report={report.report} caption={`${title} — ${spec.subtitle()}, by counterparty`} />
      )}
      <footer className="chart-source">Source: {spec.source}</footer>
    </section>
  );
}

/** The counterparty report of `params`, asked of the runner; the last answer stays until the next. */
export function useCounterpartyReport(params: Params): {
  report: CounterpartyReport | null;
  pending: boolean;
  error: string | null;
} {
  const [state, setState] = useState<{ report: CounterpartyReport | null; for: Params | null; error: string | null }>({
    report: null,
    for: null,
    error: null,
  });
  const lane = useAnalysisLane<'counterparties'>({
    onAnswer: (report, _seq, { job }) => setState({ report, for: job.params, error: null }),
    onError: (error) => setState((s) => ({ ...s, error })),
  });
  useEffect(() => {
    lane.ask({ kind: 'counterparties', params });
  }, [lane, params]);
  return { report: state.report, pending: state.for !== params, error: state.error };
}
