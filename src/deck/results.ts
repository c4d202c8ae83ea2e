import { runScenario } from '../engine';
import type { ScenarioResult } from '../engine/types';
import { parseScenario, queryPart } from '../url/codec';

const cache = new Map<string, ScenarioResult>();

/** A slide's scenario run on the main thread (the engine takes well under a millisecond); cached by link. */
export function resultForLink(link: string): ScenarioResult {
  const key = queryPart(link);
  let r = cache.get(key);
  if (!r) {
    r = runScenario(parseScenario(key).params);
    if (cache.size > 64) cache.clear();
    cache.set(key, r);
  }
  return r;
}
