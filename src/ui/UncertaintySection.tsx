import { lazy, Suspense, useId, useState } from 'react';
import { usePick } from '../store/pick';
import { UNCERTAINTY_DEFAULTS } from '../engine/uncertainty/spec';
import { useAppStore } from '../store';
import { commitHistory } from '../store/urlSync';

// The panel brings the Monte Carlo pool and its charts; none of it is needed for the first paint.
const UncertaintyPanel = lazy(() => import('./uncertainty').then((m) => ({ default: m.UncertaintyPanel })));

/**
 * "Uncertainty & sensitivity" under the charts, closed until asked for. A link that carries a
 * seed or a sample count opens it and runs, so the shared bands appear as they were sent.
 */
export function UncertaintySection() {
  const linkedSpec = useAppStore(
    (s) =>
      s.uncertaintySpec.seed !== UNCERTAINTY_DEFAULTS.seed ||
      s.uncertaintySpec.samples !== UNCERTAINTY_DEFAULTS.samples,
  );
  const [open, setOpen] = useState(linkedSpec);
  const [autoRun] = useState(linkedSpec);
  const bodyId = useId();
  return (
    <section className="uncertainty-section" aria-label="Uncertainty and sensitivity">
      <button
        type="button"
        className="group-toggle section-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        Uncertainty &amp; sensitivity: Monte Carlo bands, P(insolvency), tornado, goal seek
      </button>
      {open && (
        <div id={bodyId}>
          <Suspense fallback={<p className="chart-pending">Loading the uncertainty tools…</p>}>
            <Panel autoRun={autoRun} />
          </Suspense>
        </div>
      )}
    </section>
  );
}

function Panel({ autoRun }: { autoRun: boolean }) {
  const { params, result, spec, setSpec, setParam } = useAppStore(
    usePick((s) => ({
      params: s.params,
      result: s.result,
      spec: s.uncertaintySpec,
      setSpec: s.setUncertaintySpec,
      setParam: s.setParam,
    })),
  );
  return (
    <UncertaintyPanel
      params={params}
      scenario={result ?? undefined}
      spec={spec}
      onSpecChange={setSpec}
      onApplyLever={(id, value) => {
        setParam(id, value);
        commitHistory();
      }}
      autoRun={autoRun}
    />
  );
}
