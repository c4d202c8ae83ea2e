import { inThread } from '../runner/inThread';
import type { ScenarioResult } from '../engine/types';
import { parseScenario, queryPart } from '../url/codec';

const cache = new Map<string, ScenarioResult>();

/** A slide's scenario, answered by the in-thread runner (a run takes well under a millisecond, drawn in this frame); cached by link. */
export function resultForLink(link: string): ScenarioResult {
  const key = queryPart(link);
  let r = cache.get(key);
  if (!r) {
    r = inThread.answerNow({ kind: 'run', params: parseScenario(key).params });
    if (cache.size > 64) cache.clear();
    cache.set(key, r);
  }
  return r;
}
