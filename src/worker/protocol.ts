import type { ParamValues, Params } from '../registry';
import type { ScenarioResult } from '../engine/types';

/**
 * Messages between the page and the engine worker. `seq` ties a reply to its request. A drag
 * moves one lever per input, so after the first request a worker is sent only the levers that
 * differ from its previous scenario (`patch`): copying ~260 fields into the worker each frame
 * cost more main-thread time than the engine run itself.
 */
export type RunRequest =
  { seq: number; params: Params; patch?: false } | { seq: number; params: Partial<ParamValues>; patch: true };
export type RunReply =
  | { seq: number; ok: true; result: ScenarioResult; /** Time inside the engine, ms. */ engineMs?: number }
  | { seq: number; ok: false; error: string };

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<RunReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', fn: (e: Event) => void): void;
}
