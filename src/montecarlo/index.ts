export { defaultWorkerCount, MonteCarloPool, type MonteCarloOutcome, type MonteCarloRequest, type MonteCarloRun, type PoolOptions, type ProgressCallback } from './pool';
