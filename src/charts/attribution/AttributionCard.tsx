import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AttributionOutput } from '../../engine/attribution';
import { defaultParams } from '../../registry';
import { useAppStore } from '../../store';
import { ChartHead } from '../common/ChartHead';
import { useWidth } from '../common/useWidth';
import { useAttribution } from './useAttribution';
import { waterfallLayout } from './waterfallLayout';
import { WaterfallPicture } from './WaterfallPicture';
import {
  fmtChange,
  OUTPUT_NAMES,
  WATERFALL_OUTPUTS,
  WATERFALL_SOURCE,
  waterfallSubtitle,
  waterfallSummary,
  waterfallTitle,
} from './words';
import './attribution.css';
import { ChartSummary } from '../common/ChartSummary';

const DEFAULTS = defaultParams();

/**
 * "What moved it": the change in a headline output against the pinned baseline (or the
 * sourced defaults), split among the inputs that differ, as a waterfall. Computed in a worker.
 */
export function AttributionCard() {
  const { params, baseline, output, setOutput } = useAppStore(
    useShallow((s) => ({
      params: s.params,
      baseline: s.baseline,
      output: s.attributionOutput,
      setOutput: s.setAttributionOutput,
    })),
  );
  const [tableOpen, setTableOpen] = useState(false);
  const reference = baseline?.params ?? DEFAULTS;
  const state = useAttribution(reference, params, output);
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const headingId = useId();
  const summaryId = useId();
  const selectId = useId();
  const a = state.attribution;
  const layout = useMemo(() => (a ? waterfallLayout({ attribution: a, width }) : null), [a, width]);
  const against = baseline ? `the pinned baseline “${baseline.name}”` : 'the sourced defaults';
  const tools = (
    <label className="attribution-output" htmlFor={selectId}>
      Output
      <select id={selectId} value={output} onChange={(e) => setOutput(e.target.value as AttributionOutput)}>
        {WATERFALL_OUTPUTS.map((o) => (
          <option key={o} value={o}>
            {OUTPUT_NAMES[o]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section
      className="chart-card attribution-card"
      aria-labelledby={headingId}
      data-chart="attribution"
      aria-busy={state.pending}
    >
      <ChartHead
        headingId={headingId}
        level={2}
        title={a ? `What moved it: ${waterfallTitle(a)}` : 'What moved it'}
        subtitle={a ? waterfallSubtitle(a, against) : `Splitting the change against ${against}…`}
        tools={tools}
        tableOpen={tableOpen}
        onToggleTable={() => setTableOpen((o) => !o)}
      />
      <div className="chart-plot" ref={plotRef}>
        {layout && <WaterfallPicture layout={layout} aria-labelledby={headingId} aria-describedby={summaryId} />}
        {!a && !state.error && <p className="attribution-status">Calculating…</p>}
      </div>
      {state.error && (
        <p className="attribution-status" role="alert">
          The attribution could not be calculated: {state.error}
        </p>
      )}
      {a && <ChartSummary id={summaryId}>{waterfallSummary(a)}</ChartSummary>}
      {a && tableOpen && (
        <div className="chart-table-wrap" tabIndex={0} role="region" aria-label="What moved it, as a table">
          <table className="chart-table">
            <caption>
              Change in {OUTPUT_NAMES[a.output]} against {against}, by input
            </caption>
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Part</th>
              </tr>
            </thead>
            <tbody>
              {a.parts.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.label}</th>
                  <td>{fmtChange(a.output, p.value)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Total</th>
                <td>{fmtChange(a.output, a.total)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {a && <p className="chart-note">Method: {a.method}</p>}
      <footer className="chart-source">Source: {WATERFALL_SOURCE}</footer>
    </section>
  );
}
