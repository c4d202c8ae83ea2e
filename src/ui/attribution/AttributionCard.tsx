import { useId, useMemo, type ReactNode } from 'react';
import {
  AttributionFrame,
  AttributionTable,
  idleFrame,
  METHOD_IN_GENERAL,
} from '../../charts/attribution/AttributionFrame';
import { waterfallLayout, waterfallMarks } from '../../charts/attribution/waterfallLayout';
import {
  againstWords,
  waterfallFinding,
  splitSubtitle,
  waterfallSummary,
  waterfallTitle,
  waterfallWhy,
} from '../../charts/attribution/words';
import { ChartPicture } from '../../charts/common/ChartPicture';
import { ChartSummary } from '../../charts/common/ChartSummary';
import { useWidth } from '../../charts/common/useWidth';
import { useAppStore } from '../../store';
import { selectScenarioDiffers } from '../../store/baseline';
import { useSettledScenario } from './settledScenario';
import { useAttribution } from './useAttribution';
import { useOutputChoice } from './outputChoice';
import { WhyLines } from './WhyLines';
import type { Finding } from './CopyFinding';
import '../../charts/attribution/attribution.css';

/**
 * "What moved it": the change in a headline output against the pinned baseline (or the
 * sourced defaults), split among the inputs that differ, as a waterfall. Computed by the model
 * runner, off the page's thread. Once loaded it stays mounted; back at the reference it shows
 * the idle frame in the same elements.
 */
export function AttributionCard({ renderCopy }: { renderCopy: (finding: Finding) => ReactNode }) {
  const baseline = useAppStore((s) => s.baseline);
  const choice = useOutputChoice();
  const differs = useAppStore(selectScenarioDiffers);
  // asked when the levers rest, so a drag does not re-render this card on every step
  const { reference, scenario, moving } = useSettledScenario();
  const state = useAttribution(reference, scenario, choice.output, differs, 0);
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const against = againstWords(baseline);
  const a = differs ? state.attribution : null;
  const layout = useMemo(() => (a ? waterfallMarks(waterfallLayout({ attribution: a, width })) : null), [a, width]);
  if (!differs)
    return (
      <AttributionFrame
        headingId={headingId}
        choice={choice}
        plotRef={plotRef}
        {...idleFrame(choice.output, against)}
      />
    );
  return (
    <AttributionFrame
      headingId={headingId}
      choice={choice}
      plotRef={plotRef}
      title={a ? `What moved it: ${waterfallTitle(a)}` : 'What moved it'}
      // the idle card's words: the total is the waterfall's last bar, and a subtitle that grew by it
      // wrapped to a second line beside the output select (the page below moved by 14 px)
      subtitle={a ? splitSubtitle(a.output, against) : `Splitting the change against ${against}…`}
      live
      busy={moving || state.pending}
      plot={
        layout ? (
          <ChartPicture
            layout={layout}
            className="chart-svg waterfall"
            role="img"
            aria-labelledby={headingId}
            aria-describedby={summaryId}
          />
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
          {a && renderCopy({ title: waterfallFinding(a), against, why: waterfallWhy(a) })}
          {a && <ChartSummary id={summaryId}>{waterfallSummary(a)}</ChartSummary>}
        </>
      }
      table={a && <AttributionTable output={a.output} against={against} parts={a.parts} total={a.total} />}
      note={a ? a.method : METHOD_IN_GENERAL}
    />
  );
}
