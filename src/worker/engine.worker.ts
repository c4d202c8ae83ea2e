/// <reference lib="webworker" />
import { runScenario } from '../engine';
import type { RunReply, RunRequest } from './protocol';

/** The worker is a thin shell: run the engine, send the series back without copying them. */
self.onmessage = (e: MessageEvent<RunRequest>) => {
  const { seq, params } = e.data;
  let reply: RunReply;
  try {
    const t0 = performance.now();
    const result = runScenario(params);
    reply = { seq, ok: true, result, engineMs: performance.now() - t0 };
  } catch (err) {
    reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  // series may be views of one buffer; each buffer goes in the transfer list once
  const transfer = reply.ok
    ? [...new Set(Object.values(reply.result.monthly).map((a) => a.buffer as ArrayBuffer))]
    : [];
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  try {
    scope.postMessage(reply, transfer);
  } catch {
    scope.postMessage(reply); // a transfer list the browser refuses: copy instead of going silent
  }
};
