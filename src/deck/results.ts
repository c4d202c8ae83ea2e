import { inThread } from '../runner/inThread';
import type { ScenarioResult } from '../engine/types';
import type { CounterpartyReport } from '../engine/counterpartyTypes';
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

const reports = new Map<string, CounterpartyReport>();

/** A slide's counterparty report ("Who holds the risk", on the record its link names), answered by the in-thread runner (~50 ms); cached by link. */
export function reportForLink(link: string): CounterpartyReport {
  const key = queryPart(link);
  let r = reports.get(key);
  if (!r) {
    r = inThread.answerNow({ kind: 'counterparties', params: readSlideLink(key).params });
    if (reports.size > 16) reports.clear();
    reports.set(key, r);
  }
  return r;
}
