import { useCallback, useEffect, useRef, useState } from 'react';
import type { Params } from '../../registry';
import type { RangeOverrides, UncertaintySpec, UncertaintySummary } from '../../engine/uncertainty';
import { startMonteCarlo, type MonteCarloRun } from '../../runner/monteCarlo';
import { useRunner } from '../common/runner';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface MonteCarloState {
  status: RunStatus;
  summary: UncertaintySummary | null;
  done: number;
  total: number;
  elapsedMs: number | null;
  message: string | null;
  /** What the summary was computed from, to tell a stale result from a current one. */
  ranKey: string | null;
}

export function runKey(params: Params, overrides: RangeOverrides, spec: UncertaintySpec): string {
  return JSON.stringify([params, overrides, spec.seed, spec.samples]);
}

const IDLE: MonteCarloState = {
  status: 'idle',
  summary: null,
  done: 0,
  total: 0,
  elapsedMs: null,
  message: null,
  ranKey: null,
};

/** Monte Carlo runs in the page's runner's batch mode; one run at a time, latest wins. */
export function useMonteCarlo() {
  const { batches } = useRunner();
  const runRef = useRef<MonteCarloRun | null>(null);
  const [state, setState] = useState<MonteCarloState>(IDLE);

  useEffect(() => () => runRef.current?.cancel(), []);

  const run = useCallback(
    (params: Params, overrides: RangeOverrides, spec: UncertaintySpec) => {
      runRef.current?.cancel();
      const key = runKey(params, overrides, spec);
      setState((s) => ({ ...s, status: 'running', done: 0, total: spec.samples, message: null, elapsedMs: null }));
      const handle = startMonteCarlo(
        batches,
        { params, overrides, seed: spec.seed, samples: spec.samples },
        (summary, done, total) => {
          if (runRef.current !== handle) return;
          setState((s) => ({ ...s, summary, done, total, ranKey: key }));
        },
      );
      runRef.current = handle;
      void handle.result.then((o) => {
        if (runRef.current !== handle) return;
        runRef.current = null;
        if (o.status === 'done')
          setState({
            status: 'done',
            summary: o.summary,
            done: o.summary.samples,
            total: o.summary.samples,
            elapsedMs: o.elapsedMs,
            message: null,
            ranKey: key,
          });
        else if (o.status === 'cancelled')
          setState((s) => ({
            ...s,
            status: 'cancelled',
            summary: o.summary ?? s.summary,
            done: o.done,
            total: o.total,
            message: `Cancelled after ${o.done.toLocaleString('en-US')} of ${o.total.toLocaleString('en-US')} samples`,
          }));
        else setState((s) => ({ ...s, status: 'failed', message: o.message }));
      });
    },
    [batches],
  );

  const cancel = useCallback(() => runRef.current?.cancel(), []);
  return { state, run, cancel };
}
