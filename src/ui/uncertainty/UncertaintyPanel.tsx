import { useEffect, useMemo, useState } from 'react';
import type { Params } from '../../registry';
import type { ScenarioResult } from '../../engine/types';
import {
  monteCarloFundingBasis,
  UNCERTAINTY_DEFAULTS,
  withoutNewFunding,
  type Metric,
  type RangeOverrides,
  type Tornado,
  type UncertaintySpec,
} from '../../engine/uncertainty';
import { FanChart } from '../../charts/uncertainty/FanChart';
import { HistogramChart } from '../../charts/uncertainty/HistogramChart';
import { ProbabilityChart } from '../../charts/uncertainty/ProbabilityChart';
import { TornadoChart } from '../../charts/uncertainty/TornadoChart';
import type { FanSeries } from '../../charts/uncertainty/fanLayout';
import { GoalSeekForm } from './GoalSeekForm';
import { RangesTable } from './RangesTable';
import { RunControls } from './RunControls';
import { runKey, useMonteCarlo } from './useMonteCarlo';
import { useAnalysisLane } from '../common/runner';
import { inThread } from '../../runner/inThread';
import './uncertainty.css';

export interface UncertaintyPanelProps {
  /** The scenario the person is looking at (every lever id → value). */
  params: Params;
  /** The person's range edits, merged over the registry's ranges (controlled when given with onOverridesChange). */
  overrides?: RangeOverrides;
  onOverridesChange?: (next: RangeOverrides) => void;
  /** Seed and N, when the link owns them (controlled); otherwise the panel keeps its own. */
  spec?: UncertaintySpec;
  onSpecChange?: (spec: UncertaintySpec) => void;
  /** The deterministic run of `params`, if the caller has it (else the panel runs the engine once). */
  scenario?: ScenarioResult;
  /** Goal-seek's "Use this value". */
  onApplyLever?: (leverId: string, value: number) => void;
  /** Start a run as soon as the panel mounts (e.g. a shared link that carries seed and N). */
  autoRun?: boolean;
}

/**
 * Uncertainty and sensitivity for the current scenario: Monte Carlo fan chart, P(insolvency)
 * curve and histogram (on demand, in the runner's batch mode), tornado and goal-seek (asked of
 * the runner's analysis worker, a few dozen engine runs each).
 */
export function UncertaintyPanel({
  params,
  overrides: controlledOverrides,
  onOverridesChange,
  spec: controlled,
  onSpecChange,
  scenario,
  onApplyLever,
  autoRun,
}: UncertaintyPanelProps) {
  const [ownOverrides, setOwnOverrides] = useState<RangeOverrides>(NO_OVERRIDES);
  const overrides = controlledOverrides ?? ownOverrides;
  const setOverrides = (o: RangeOverrides) => {
    if (!controlledOverrides) setOwnOverrides(o);
    onOverridesChange?.(o);
  };
  const [ownSpec, setOwnSpec] = useState<UncertaintySpec>(UNCERTAINTY_DEFAULTS);
  const spec = controlled ?? ownSpec;
  const setSpec = (s: UncertaintySpec) => {
    if (!controlled) setOwnSpec(s);
    onSpecChange?.(s);
  };
  const { state, run, cancel } = useMonteCarlo();
  // One question at a time: by default the Monte Carlo counts the money the "Cash runs out" tile
  // counts (no new funding); switched off, it also draws each conditional row with its probability.
  const [noNewFunding, setNoNewFunding] = useState(true);
  const asked = useMemo(() => (noNewFunding ? withoutNewFunding(params) : params), [noNewFunding, params]);
  const basis = monteCarloFundingBasis(params, noNewFunding);
  // the basis of the run on screen, which the probability's headline names
  const [ranBasis, setRanBasis] = useState(basis);
  const runAsked = () => {
    setRanBasis(basis);
    run(asked, overrides, spec);
  };
  const [series, setSeries] = useState<FanSeries>('cash');
  const [metric, setMetric] = useState<Metric>({ kind: 'insolvency' });
  // the page hands in its worker's run; alone, the panel asks the in-thread runner for it
  const deterministic = useMemo(() => scenario ?? inThread.answerNow({ kind: 'run', params }), [scenario, params]);
  const stale = state.ranKey !== null && state.ranKey !== runKey(asked, overrides, spec);

  useEffect(() => {
    if (autoRun) run(asked, overrides, spec); // ranBasis starts as this basis
    // Only on mount: later runs are the person's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const tornado = useDebouncedTornado(params, overrides, metric, noNewFunding);
  const years = useMemo(() => {
    const first = Math.floor(deterministic.startMonth / 12);
    const last = Math.floor((deterministic.startMonth + deterministic.months - 1) / 12);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }, [deterministic]);
  const s = state.summary;

  return (
    <section className="mc-panel" aria-labelledby="mc-panel-title" data-testid="uncertainty-panel">
      <header className="mc-head">
        <h2 id="mc-panel-title">Uncertainty: how likely is each outcome, and which levers matter?</h2>
        <p className="chart-subtitle">
          Monte Carlo draws every lever that has a range (sourced ranges move with a lever you have moved; your own
          ranges are used as given), all others as set. Same scenario, seed and sample count give identical bands.
        </p>
        <RunControls spec={spec} onSpec={setSpec} state={state} stale={stale} onRun={runAsked} onCancel={cancel} />
        <label className="mc-field mc-funding">
          <input type="checkbox" checked={noNewFunding} onChange={(e) => setNoNewFunding(e.target.checked)} /> No new
          funding{' '}
          <span className="chart-subtitle">
            (as the “Cash runs out” tile; off: conditional money drawn with its probability)
          </span>
        </label>
        <RangesTable params={params} overrides={overrides} onChange={setOverrides} />
      </header>
      {s ? (
        <div className={`mc-grid${stale ? ' mc-stale' : ''}`} aria-busy={state.status === 'running'}>
          <FanChart
            summary={s}
            series={series}
            onSeries={setSeries}
            scenarioLine={
              s.months === deterministic.months
                ? series === 'cash'
                  ? deterministic.monthly.cashUsdB
                  : deterministic.monthly.burnUsdB
                : undefined
            }
          />
          <ProbabilityChart summary={s} basis={ranBasis} />
          <HistogramChart summary={s} />
        </div>
      ) : (
        <p className="mc-empty">
          Run the Monte Carlo to see percentile bands of cash and burn and the chance that cash runs out.
        </p>
      )}
      <div className="mc-grid">
        {tornado ? (
          <TornadoChart tornado={tornado} metric={metric} onMetric={setMetric} years={years} />
        ) : (
          <p className="mc-empty">Computing sensitivity…</p>
        )}
        <GoalSeekForm
          params={params}
          startMonth={deterministic.startMonth}
          months={deterministic.months}
          onApply={onApplyLever}
        />
      </div>
    </section>
  );
}

const NO_OVERRIDES: RangeOverrides = {};

/** The tornado, asked of the runner a moment after the scenario stops changing (≈90 engine runs), latest wins. */
function useDebouncedTornado(
  params: Params,
  overrides: RangeOverrides,
  metric: Metric,
  noNewFunding: boolean,
): Tornado | null {
  const [tornado, setTornado] = useState<Tornado | null>(null);
  // An error leaves the last tornado on screen (the panel's own run reports the scenario's errors).
  const lane = useAnalysisLane<'tornado'>({ onAnswer: setTornado, onError: () => {} });
  const metricKey = metric.kind === 'insolvency' ? 'i' : `b${metric.throughYear}`;
  useEffect(() => {
    const timer = setTimeout(() => lane.ask({ kind: 'tornado', params, overrides, metric, noNewFunding }), 200);
    return () => clearTimeout(timer);
    // metric is keyed by value, not identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lane, params, overrides, metricKey, noNewFunding]);
  return tornado;
}
