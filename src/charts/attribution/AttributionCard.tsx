import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { referenceParams, selectScenarioDiffers } from '../../store/baseline';
import { ChartSummary } from '../common/ChartSummary';
import { useWidth } from '../common/useWidth';
import { AttributionFrame, AttributionTable, idleFrame, METHOD_IN_GENERAL } from './AttributionFrame';
import { useAttribution } from './useAttribution';
import { waterfallLayout } from './waterfallLayout';
import { WaterfallPicture } from './WaterfallPicture';
import { againstWords, waterfallSubtitle, waterfallSummary, waterfallTitle } from './words';
import { WhyLines } from '../../ui/attribution/WhyLines';
import './attribution.css';

/**
 * "What moved it": the change in a headline output against the pinned baseline (or the
 * sourced defaults), split among the inputs that differ, as a waterfall. Computed in a worker.
 * Once loaded it stays mounted, its worker too; back at the reference it shows the idle frame
 * in the same elements.
 */
export function AttributionCard() {
  const { params, baseline, output } = useAppStore(
    useShallow((s) => ({ params: s.params, baseline: s.baseline, output: s.attributionOutput })),
  );
  const differs = useAppStore(selectScenarioDiffers);
  const state = useAttribution(referenceParams(baseline), params, output, differs);
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const against = againstWords(baseline);
  const a = differs ? state.attribution : null;
  const layout = useMemo(() => (a ? waterfallLayout({ attribution: a, width }) : null), [a, width]);
  if (!differs) return <AttributionFrame headingId={headingId} plotRef={plotRef} {...idleFrame(output, against)} />;
  return (
    <AttributionFrame
      headingId={headingId}
      plotRef={plotRef}
      title={a ? `What moved it: ${waterfallTitle(a)}` : 'What moved it'}
      subtitle={a ? waterfallSubtitle(a, against) : `Splitting the change against ${against}…`}
      live
      busy={state.pending}
      plot={
        layout ? (
          <WaterfallPicture layout={layout} aria-labelledby={headingId} aria-describedby={summaryId} />
        ) : (
          !state.error && <p className="attribution-status">Calculating…</p>
        )
      }
      below={
        <>
          {state.error && (
            <p className="attribution-status" role="alert">
              The attribution could not be calculated: {state.error}
            </p>
          )}
          <WhyLines attribution={a} />
          {a && <ChartSummary id={summaryId}>{waterfallSummary(a)}</ChartSummary>}
        </>
      }
      table={a && <AttributionTable output={a.output} against={against} parts={a.parts} total={a.total} />}
      note={a ? a.method : METHOD_IN_GENERAL}
    />
  );
}
