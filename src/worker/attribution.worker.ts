/// <reference lib="webworker" />
import { attribute } from '../engine/attribution';
import type { AttributionReply, AttributionRequest } from './attributionProtocol';

/** A thin shell around attribute(): 2^n engine runs stay off the page's main thread. */
self.onmessage = (e: MessageEvent<AttributionRequest>) => {
  const { seq, reference, scenario, output } = e.data;
  let reply: AttributionReply;
  try {
    reply = { seq, ok: true, attribution: attribute(reference, scenario, output) };
  } catch (err) {
    reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
