import { useId, useMemo } from 'react';
import { waterfallLayout, waterfallMarks } from '../../charts/attribution/waterfallLayout';
import { waterfallSummary, waterfallTitle } from '../../charts/attribution/words';
import { ChartPicture } from '../../charts/common/ChartPicture';
import { ChartSummary } from '../../charts/common/ChartSummary';
import { useWidth } from '../../charts/common/useWidth';
import { fmtUsdB } from '../../format';
import { CURRENT_RECORD } from '../../registry/records';
import { useRecordStore } from '../../store/record';
import { useAttribution } from '../attribution/useAttribution';
import '../../charts/attribution/attribution.css';

/** The Shapley split of the change in minimum cash between the two records. */
export default function WhatChanged() {
  const updated = useRecordStore((s) => s.updated)!;
  const state = useAttribution(updated.fromParams, updated.toParams, 'minCash', true, 0);
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const a = state.attribution;
  const layout = useMemo(() => (a ? waterfallMarks(waterfallLayout({ attribution: a, width })) : null), [a, width]);
  return (
    <div className="record-changed" data-testid="what-changed">
      <h3 id={headingId} className="share-banner-title">
        What changed from {updated.from}: {a ? waterfallTitle(a) : 'splitting the change…'}
      </h3>
      <div ref={plotRef} className="record-changed-plot">
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
      {state.error && <p role="alert">The split could not be calculated: {state.error}</p>}
      {a && (
        <>
          <ChartSummary id={summaryId}>{waterfallSummary(a)}</ChartSummary>
          <table className="chart-table record-changed-table">
            <caption>
              Change in minimum cash from the record {updated.from} to {CURRENT_RECORD}, by changed default or event
            </caption>
            <thead>
              <tr>
                <th scope="col">Changed default or event</th>
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
          <p className="share-banner-note record-method">{a.method}</p>
        </>
      )}
    </div>
  );
}
