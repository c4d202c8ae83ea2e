import type { Attribution, AttributionOutput } from '../engine/attribution';
import type { Params } from '../registry';

/** Messages between the page and the attribution worker; `seq` ties a reply to its request. */
export interface AttributionRequest {
  seq: number;
  reference: Params;
  scenario: Params;
  output: AttributionOutput;
}

export type AttributionReply =
  { seq: number; ok: true; attribution: Attribution } | { seq: number; ok: false; error: string };
