import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { pickFrom } from '../store/pick';
import { ChartCard } from '../charts/common/ChartCard';
import type { ChartOptions, ChartSpec } from '../charts/common/spec';
import type { Reported } from '../charts/reported';
import { CHART_SPEC_LIST, ROW_CHARTS, type ChartId } from '../charts/specs';
import { useReported } from '../data/useReported';
import { useAppStore, type AppState } from '../store';
import { LossesSection } from './accounting/LossesSection';
import { MicrosoftLedgerSection } from './microsoft/MicrosoftLedgerSection';
import { AttributionSection } from './attribution/AttributionSection';
import { UncertaintySection } from './UncertaintySection';

// Outside views as references, with the gap waterfall: its code loads after the charts.
const ReferenceSection = lazy(() => import('./reference/ReferenceSection'));

/** "Who holds the risk": its code (the card, the engine's counterparty report, d3-sankey) loads when the grid first draws. */
const CounterpartiesCard = lazy(() => import('./counterparties/CounterpartiesCard'));

function PendingCard({ name }: { name: string }) {
  return (
    <section className="chart-card chart-pending">
      <h2 className="chart-title">{name}</h2>
      <p>Calculating…</p>
    </section>
  );
}

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

/**
 * One chart of the grid, handed what it draws: the result, the pinned baseline's run, the view
 * (its toggles, its table, the crosshair). Each card selects its own slice of the store, so a
 * new result or a hover re-renders the cards and not the page around them.
 */
const GridCard = memo(function GridCard({
  spec,
  reported,
  reportedNote,
}: {
  spec: ChartSpec;
  reported: Reported | null;
  reportedNote: string;
}) {
  const id = spec.id as ChartId;
  // only the options the spec has a toggle for, so a toggle redraws only its own chart
  const hasGenerations = spec.toggles?.some((t) => t.option === 'byGeneration') ?? false;
  const s = useAppStore(
    useMemo(
      () =>
        pickFrom((s: AppState) => ({
          result: s.result,
          baseline: s.baseline?.result ?? null,
          byGeneration: hasGenerations && s.showGenerations,
          reference: id === 'burn' ? s.reference : null,
          tableOpen: Boolean(s.tables[id]),
          month: s.hoveredMonth,
          onMonth: s.setHoveredMonth,
          toggleTable: s.toggleTable,
          setShowGenerations: s.setShowGenerations,
          setChartSize: s.setChartSize,
          // the layout drawn beside the result, when it was drawn for the view and baseline on screen
          drawn:
            s.drawnFor?.view === s.chartView && s.drawnFor.baseline === (s.baseline?.params ?? null)
              ? s.layouts[id]
              : undefined,
        })),
      [hasGenerations, id],
    ),
  );
  const options = useMemo<ChartOptions>(
    () => ({ byGeneration: s.byGeneration, reference: s.reference }),
    [s.byGeneration, s.reference],
  );
  const crosshair = useMemo(() => ({ month: s.month, onMonth: s.onMonth }), [s.month, s.onMonth]);
  const { toggleTable, setShowGenerations, setChartSize } = s;
  const onSize = useCallback((w: number, h: number) => setChartSize(id, w, h), [setChartSize, id]);
  const onToggleTable = useCallback(() => toggleTable(id), [toggleTable, id]);
  const onOption = useCallback(
    (option: keyof ChartOptions, on: boolean) => {
      if (option === 'byGeneration') setShowGenerations(on);
    },
    [setShowGenerations],
  );
  if (!s.result) return null;
  return (
    <ChartCard
      children={id === 'microsoft' ? LEDGER : undefined}
      spec={spec}
      result={s.result}
      baseline={s.baseline}
      reported={reported}
      reportedNote={reportedNote}
      options={options}
      onOption={onOption}
      tableOpen={s.tableOpen}
      onToggleTable={onToggleTable}
      crosshair={crosshair}
      drawn={s.drawn}
      onSize={onSize}
    />
  );
});

/** Microsoft's ledger under its chart: one element, so the card's memo holds. */
const LEDGER = <MicrosoftLedgerSection />;

/** The charts, from the one list of specs. Reported figures are read here once, so a new result re-renders only the charts. */
export function ChartsGrid() {
  const hasResult = useAppStore((s) => s.result !== null);
  const query = useReported();
  const reported = query.data ?? null;
  // the charts drawn beside the result (in the worker) overlay the same figures
  const setReported = useAppStore((s) => s.setReported);
  useEffect(() => setReported(reported), [setReported, reported]);
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
          {CHART_SPEC_LIST.map((spec) => (
            <GridCard key={spec.id} spec={spec} reported={reported} reportedNote={reportedNote} />
          ))}
          <Suspense fallback={<PendingCard name={ROW_CHARTS[0].name} />}>
            <CounterpartiesCard />
          </Suspense>
          <LossesSection />
          <AttributionSection />
          <Suspense fallback={null}>
            <ReferenceSection />
          </Suspense>
        </>
      ) : (
        [...CHART_SPEC_LIST, ...ROW_CHARTS].map((s) => <PendingCard key={s.id} name={s.name} />)
      )}
      <UncertaintySection />
      <CommitMarker />
    </main>
  );
}
