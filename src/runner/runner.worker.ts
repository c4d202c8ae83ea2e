/// <reference lib="webworker" />
import { answer, transferables, wholeJob, type Held } from './answer';
import type { Reply, Request } from './protocol';

/** The worker is a thin shell around answer(): a job in, its answer out, its buffers handed over. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Each named scenario's last run, which a patch applies to. */
const held = new Map<string, Held>();

scope.onmessage = (e: MessageEvent<Request>) => {
  const { seq } = e.data;
  let reply: Reply;
  try {
    const job = wholeJob(e.data.job, held);
    const t0 = performance.now();
    reply = { seq, ok: true, answer: answer(job), engineMs: performance.now() - t0 };
  } catch (err) {
    reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  try {
    scope.postMessage(reply, reply.ok ? transferables(reply.answer) : []);
  } catch {
    scope.postMessage(reply); // a transfer list the browser refuses: copy instead of going silent
  }
};
