import { useId, useMemo, type ReactNode } from 'react';
import type { Attribution } from '../../engine/attribution';
import { waterfallLayout, waterfallMarks } from '../../charts/attribution/waterfallLayout';
import { waterfallSummary } from '../../charts/attribution/words';
import { ChartPicture } from '../../charts/common/ChartPicture';
import { ChartSummary } from '../../charts/common/ChartSummary';
import { useWidth } from '../../charts/common/useWidth';
import { fmtUsdB } from '../../format';
import type { Params } from '../../registry';
import { useAttribution } from './useAttribution';
import '../../charts/attribution/attribution.css';

/**
 * A small waterfall of the change in minimum cash between two scenarios, outside the "What moved
 * it" card: its heading, the picture, what a screen reader hears, the table of parts with the
 * total, and the method. "What changed" between two records and "Gap to this view" are this.
 */
export function WaterfallBlock({
  reference,
  scenario,
  settleMs,
  className,
  testId,
  heading,
  subtitle,
  error,
  caption,
  inputHeader,
  note,
}: {
  reference: Params;
  scenario: Params;
  /** How long the levers rest before the split is asked (useAttribution's default when absent). */
  settleMs?: number;
  /** Its class; the title, plot and table classes are `${className}-title`, `-plot`, `-table`. */
  className: string;
  testId: string;
  heading: (a: Attribution | null) => ReactNode;
  subtitle?: (a: Attribution) => ReactNode;
  /** The words before the error message ("The split could not be calculated"). */
  error: string;
  caption: ReactNode;
  inputHeader: string;
  note: (a: Attribution) => ReactNode;
}) {
  const state = useAttribution(reference, scenario, 'minCash', true, settleMs);
  const a = state.attribution;
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const layout = useMemo(() => (a ? waterfallMarks(waterfallLayout({ attribution: a, width })) : null), [a, width]);
  return (
    <div className={className} data-testid={testId} aria-busy={state.pending}>
      <h3 id={headingId} className={`${className}-title`}>
        {heading(a)}
      </h3>
      {a && subtitle && <p className="chart-subtitle">{subtitle(a)}</p>}
      <div ref={plotRef} className={`${className}-plot`}>
        {layout && (
          <ChartPicture
            layout={layout}
            className="chart-svg waterfall"
            role="img"
            aria-labelledby={headingId}
            aria-describedby={summaryId}
          />
        )}
      </div>
      {state.error && (
        <p role="alert">
          {error}: {state.error}
        </p>
      )}
      {a && (
        <>
          <ChartSummary id={summaryId}>{waterfallSummary(a)}</ChartSummary>
          <table className={`chart-table ${className}-table`}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{inputHeader}</th>
                <th scope="col">Part, $B</th>
              </tr>
            </thead>
            <tbody>
              {a.parts.map((p) => (
                <tr key={p.id} data-part={p.id} data-value={p.value}>
                  <th scope="row">{p.label}</th>
                  <td>{fmtUsdB(p.value)}</td>
                </tr>
              ))}
              <tr data-total={a.total}>
                <th scope="row">Total</th>
                <td>{fmtUsdB(a.total)}</td>
              </tr>
            </tbody>
          </table>
          {note(a)}
        </>
      )}
    </div>
  );
}
