import { useContext, useEffect, useMemo, useRef } from 'react';
import type { JobKind, JobOf, Lane, LaneListener, ModelRunner } from '../../runner';
import { inThread } from '../../runner/inThread';
import { RunnerContext } from './runnerContext';

/**
 * The page's model runner, for the components that ask it (the waterfall, the uncertainty
 * panel, the exports). The page provides its worker runner; without a provider (unit tests, a
 * component rendered alone) the in-thread runner answers, in the same protocol. Only code that
 * loads on demand asks, so the engine that the in-thread runner brings stays out of the first load.
 */
export function useRunner(): ModelRunner {
  return useContext(RunnerContext) ?? inThread;
}

/**
 * A card's lane on the runner's analysis worker, latest question wins (a waterfall, a report or
 * a tornado is read when the hand stops). The lane is opened in an effect and closed with it, so
 * React's StrictMode, which runs effects twice in development, gets a working lane the second time.
 * `listener` is taken when the lane opens: its callbacks may only use state setters and refs.
 * `ask` before the lane is open (an effect declared above this hook's) does nothing.
 */
export function useAnalysisLane<K extends JobKind>(
  listener: Omit<LaneListener<K>, 'onlyLatest'>,
): { ask(job: JobOf<K>): void } {
  const runner = useRunner();
  const lane = useRef<Lane<K> | null>(null);
  const first = useRef(listener);
  useEffect(() => {
    const l = runner.lane<K>({ ...first.current, onlyLatest: true }, 'analysis');
    lane.current = l;
    return () => {
      l.dispose();
      lane.current = null;
    };
  }, [runner]);
  return useMemo(() => ({ ask: (job: JobOf<K>) => void lane.current?.ask(job) }), []);
}
