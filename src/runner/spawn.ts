import type { WorkerLike } from './protocol';

/**
 * The page's one way to start a worker: every worker of the page (the scenarios', the
 * analysis one, the Monte Carlo batch slots) runs the model runner's shell, and Vite bundles it
 * from this literal URL.
 */
export function spawnRunnerWorker(name: string): WorkerLike {
  return new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module', name }) as unknown as WorkerLike;
}
