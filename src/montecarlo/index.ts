import { InlineRunner, type MonteCarloRunner } from './inline';
import { MonteCarloPool } from './pool';

export {
  defaultWorkerCount,
  MonteCarloPool,
  type MonteCarloOutcome,
  type MonteCarloRequest,
  type MonteCarloRun,
  type PoolOptions,
  type ProgressCallback,
} from './pool';
export { InlineRunner, type MonteCarloRunner } from './inline';

/** The worker pool where module workers exist, else the main-thread runner. */
export function createRunner(): MonteCarloRunner {
  return typeof Worker !== 'undefined' ? new MonteCarloPool() : new InlineRunner();
}
