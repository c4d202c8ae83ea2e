import { runScenario } from '../engine';
import { attribute } from '../engine/attribution';
import { goalSeek, runBatch, tornado } from '../engine/uncertainty';
import type { Params } from '../registry';
import type { AnswerOf, Job, JobKind, JobOf, Request } from './protocol';

/**
 * The one place a job meets the engine: both runners (in the page's thread and in a worker)
 * answer through here, so a job means the same wherever it runs.
 */
export function answer<K extends JobKind>(job: JobOf<K>): AnswerOf<K> {
  const j = job as Job;
  switch (j.kind) {
    case 'run':
      return runScenario(j.params) as AnswerOf<K>;
    case 'attribute':
      return attribute(j.reference, j.scenario, j.output) as AnswerOf<K>;
    case 'samples':
      return runBatch(j.params, j.overrides, j.seed >>> 0, j.from, j.count) as AnswerOf<K>;
    case 'tornado':
      return tornado(j.params, j.overrides, j.metric) as AnswerOf<K>;
    case 'goalSeek':
      return goalSeek(j.params, j.leverId, j.goal) as AnswerOf<K>;
  }
}

/**
 * A request's job made whole: a patch is applied to the named scenario's last run. `held` is the
 * worker's memory of each named scenario; a whole named run updates it.
 */
export function wholeJob(request: Request['job'], held: Map<string, Params>): Job {
  if (request.kind !== 'patch') {
    if (request.kind === 'run' && request.scenario) held.set(request.scenario, request.params);
    return request;
  }
  const before = held.get(request.scenario);
  if (!before) throw new Error(`a change arrived before its scenario "${request.scenario}"`);
  const params: Params = { ...before, ...request.changed };
  held.set(request.scenario, params);
  return { kind: 'run', params, scenario: request.scenario };
}

/** The buffers an answer can hand over instead of copying: a run's series, a batch's rows. */
export function transferables(a: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const take = (v: unknown) => {
    if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
  };
  if (a && typeof a === 'object') {
    const monthly = (a as { monthly?: Record<string, unknown> }).monthly;
    if (monthly && typeof monthly === 'object') Object.values(monthly).forEach(take);
    else Object.values(a).forEach(take);
  }
  // series may be views of one buffer: each buffer goes in the list once
  return [...out];
}
