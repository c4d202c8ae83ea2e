import type { Params } from '../registry';
import type { ScenarioResult } from '../engine/types';

/** Messages between the page and the engine worker. `seq` ties a reply to its request. */
export interface RunRequest {
  seq: number;
  params: Params;
}
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
