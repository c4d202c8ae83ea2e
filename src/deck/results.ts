import { inThread } from '../runner/inThread';
import type { ScenarioResult } from '../engine/types';
import { queryPart } from '../url/codec';
import { readSlideLink } from './records';

const cache = new Map<string, ScenarioResult>();

/** A slide's scenario (on the record its link names), answered by the in-thread runner (a run takes well under a millisecond, drawn in this frame); cached by link. */
export function resultForLink(link: string): ScenarioResult {
  const key = queryPart(link);
  let r = cache.get(key);
  if (!r) {
    r = inThread.answerNow({ kind: 'run', params: readSlideLink(key).params });
    if (cache.size > 64) cache.clear();
    cache.set(key, r);
  }
  return r;
}
