import { useLayoutEffect } from 'react';
import { burnSpec } from '../charts/burn/spec';
import { ChartCard } from '../charts/common/ChartCard';
import { CostChart } from '../charts/cost/CostChart';
import { microsoftSpec } from '../charts/microsoft/spec';
import { powerSpec } from '../charts/power/spec';
import { CHART_SPEC_LIST } from '../charts/specs';
import { useAppStore } from '../store';
import { useReported } from '../data/useReported';
import { AttributionSection } from './AttributionSection';
import { UncertaintySection } from './UncertaintySection';

/**
 * Marks the page once every chart has committed a result: `data-result-seq` on <html>. Rendered after the charts, so its layout effect runs after their DOM updates.
 */
function CommitMarker() {
  const seq = useAppStore((s) => s.resultSeq);
  useLayoutEffect(() => {
    if (seq === 0) return;
    document.documentElement.dataset.resultSeq = String(seq);
  }, [seq]);
  return null;
}

/** The four charts. Reported figures are read here once, so a new result re-renders only the charts. */
export function ChartsGrid() {
  const hasResult = useAppStore((s) => s.result !== null);
  const query = useReported();
  const reported = query.data ?? null;
  // said on the source line of the charts that overlay reported figures; no layout shift
  const reportedNote = query.isPending
    ? ' · reported figures loading…'
    : query.isError
      ? ' · reported figures unavailable'
      : '';
  return (
    <main id="charts" tabIndex={-1} className="charts" aria-label="Charts" aria-busy={!hasResult}>
      {hasResult ? (
        <>
          <ChartCard spec={burnSpec} reported={reported} reportedNote={reportedNote} />
          <CostChart />
          <ChartCard spec={powerSpec} reported={reported} reportedNote={reportedNote} />
          <ChartCard spec={microsoftSpec} reported={reported} reportedNote={reportedNote} />
          <AttributionSection />
        </>
      ) : (
        CHART_SPEC_LIST.map((s) => (
          <section key={s.id} className="chart-card chart-pending">
            <h2 className="chart-title">{s.name}</h2>
            <p>Calculating…</p>
          </section>
        ))
      )}
      <UncertaintySection />
      <CommitMarker />
    </main>
  );
}
