import type { WorkerLike } from './protocol';

/** A module worker running the engine; Vite bundles it from this literal URL. */
export function createEngineWorker(): WorkerLike {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  }) as unknown as WorkerLike;
}
