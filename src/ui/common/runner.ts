import { useContext } from 'react';
import type { ModelRunner } from '../../runner';
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
