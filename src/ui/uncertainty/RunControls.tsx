import { useId, useState } from 'react';
import { parseSamples, parseSeed, SAMPLES_MAX, SAMPLES_MIN, type UncertaintySpec } from '../../engine/uncertainty';
import type { MonteCarloState } from './useMonteCarlo';

/** Seed and N fields, Run / Cancel, and a progress bar. Invalid entries say why and block the run. */
export function RunControls({
  spec,
  onSpec,
  state,
  stale,
  onRun,
  onCancel,
}: {
  spec: UncertaintySpec;
  onSpec: (spec: UncertaintySpec) => void;
  state: MonteCarloState;
  stale: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [seedText, setSeedText] = useState(String(spec.seed));
  const [samplesText, setSamplesText] = useState(String(spec.samples));
  const [lastSpec, setLastSpec] = useState(spec);
  if (lastSpec !== spec) {
    // The spec changed from outside (a link was opened): show it.
    setLastSpec(spec);
    setSeedText(String(spec.seed));
    setSamplesText(String(spec.samples));
  }
  const seed = parseSeed(seedText);
  const samples = parseSamples(samplesText);
  const seedError =
    seed.status === 'invalid' ? `Seed: ${seed.reason}` : seed.status === 'missing' ? 'Seed: required' : null;
  const samplesError =
    samples.status === 'invalid'
      ? `Samples: ${samples.reason}`
      : samples.status === 'missing'
        ? 'Samples: required'
        : null;
  const commit = (seedT: string, samplesT: string) => {
    const s = parseSeed(seedT);
    const n = parseSamples(samplesT);
    if (s.status === 'valid' && n.status === 'valid' && (s.value !== spec.seed || n.value !== spec.samples))
      onSpec({ seed: s.value, samples: n.value });
  };
  const running = state.status === 'running';
  const pct = state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
  return (
    <form
      className="mc-controls"
      onSubmit={(e) => {
        e.preventDefault();
        if (!seedError && !samplesError) onRun();
      }}
    >
      <label className="mc-field">
        <span>Seed</span>
        <input
          id={`${id}-seed`}
          inputMode="numeric"
          value={seedText}
          size={10}
          aria-invalid={seedError !== null}
          onChange={(e) => {
            setSeedText(e.target.value);
            commit(e.target.value, samplesText);
          }}
        />
      </label>
      <label className="mc-field">
        <span>Samples</span>
        <input
          id={`${id}-n`}
          type="number"
          min={SAMPLES_MIN}
          max={SAMPLES_MAX}
          step={100}
          value={samplesText}
          aria-invalid={samplesError !== null}
          onChange={(e) => {
            setSamplesText(e.target.value);
            commit(seedText, e.target.value);
          }}
        />
      </label>
      <button type="submit" className="tool mc-run" disabled={running || seedError !== null || samplesError !== null}>
        {state.summary ? 'Run again' : 'Run'}
      </button>
      <button type="button" className="tool" onClick={onCancel} disabled={!running}>
        Cancel
      </button>
      <progress className="mc-progress" max={state.total || 1} value={state.done} aria-label="Monte Carlo progress" />
      <span className="mc-status" role="status" aria-live="polite">
        {seedError ??
          samplesError ??
          (running
            ? `${pct}% — ${state.done.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} samples`
            : state.status === 'done'
              ? `${state.done.toLocaleString('en-US')} samples in ${((state.elapsedMs ?? 0) / 1000).toFixed(2)} s${stale ? ' — the scenario has changed since: run again' : ''}`
              : (state.message ??
                (stale && state.summary ? 'The scenario has changed since this run: run again' : '')))}
      </span>
    </form>
  );
}
