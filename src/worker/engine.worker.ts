/// <reference lib="webworker" />
import { runScenario } from '../engine';
import type { Params } from '../registry';
import type { RunReply, RunRequest } from './protocol';

/** The scenario of the last request: a patch applies to it. */
let scenario: Params | null = null;

/** The worker is a thin shell: run the engine, send the series back without copying them. */
self.onmessage = (e: MessageEvent<RunRequest>) => {
  const request = e.data;
  const { seq } = request;
  let reply: RunReply;
  try {
    if (request.patch && !scenario) throw new Error('a change arrived before its scenario');
    const params: Params = request.patch ? { ...scenario!, ...request.params } : request.params;
    scenario = params;
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
