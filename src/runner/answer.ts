import { drawLayouts, type ChartView } from '../charts/draw';
import { runScenario } from '../engine';
import { attribute } from '../engine/attribution';
import { counterpartyReport } from '../engine/counterparties';
import type { ScenarioResult } from '../engine/types';
import { goalSeek, runBatch, tornado } from '../engine/uncertainty';
import type { Params } from '../registry';
import type { AnswerOf, Job, JobKind, JobOf, Request } from './protocol';

/** What a thread remembers of a named scenario it drew: the view, the baseline's run, the last result. */
interface Drawn {
  view: ChartView;
  baseline: Params | null;
  baselineResult: ScenarioResult | null;
  /** The last result, its series copied: a worker hands the originals over with its answer (transferables). */
  result: ScenarioResult;
}

/** A result whose series are this thread's own: the next drawing compares with it after the answer has gone. */
function keptCopy(result: ScenarioResult): ScenarioResult {
  const monthly: Record<string, Float64Array> = {};
  for (const [name, series] of Object.entries(result.monthly)) monthly[name] = series.slice();
  return { ...result, monthly: monthly as ScenarioResult['monthly'] };
}
const drawn = new Map<string, Drawn>();

/**
 * A run drawn for the page: the result, and each chart's layout beside it. A chart whose reads
 * did not change since this scenario was last drawn for the same view and baseline comes back
 * null, so the page keeps the picture it has (nothing posted, nothing to put on screen).
 */
function draw(job: JobOf<'draw'>): AnswerOf<'draw'> {
  const result = runScenario(job.params);
  const before = drawn.get(job.scenario);
  const same = before && before.view === job.view && before.baseline === job.baseline;
  // the baseline is run once per pinned baseline, not once per step
  const baselineResult =
    before && before.baseline === job.baseline ? before.baselineResult : job.baseline && runScenario(job.baseline);
  const layouts = drawLayouts(job.view, result, baselineResult, same ? before.result : null);
  drawn.set(job.scenario, { view: job.view, baseline: job.baseline, baselineResult, result: keptCopy(result) });
  return { result, layouts };
}

/**
 * The one place a job meets the engine: both runners (in the page's thread and in a worker)
 * answer through here, so a job means the same wherever it runs.
 */
export function answer<K extends JobKind>(job: JobOf<K>): AnswerOf<K> {
  const j = job as Job;
  switch (j.kind) {
    case 'run':
      return runScenario(j.params) as AnswerOf<K>;
    case 'draw':
      return draw(j) as AnswerOf<K>;
    case 'attribute':
      return attribute(j.reference, j.scenario, j.output) as AnswerOf<K>;
    case 'counterparties':
      return counterpartyReport(j.params, runScenario(j.params), j.exposureAfter) as AnswerOf<K>;
    case 'samples':
      return runBatch(j.params, j.overrides, j.seed >>> 0, j.from, j.count) as AnswerOf<K>;
    case 'tornado':
      return tornado(j.params, j.overrides, j.metric, { noNewFunding: j.noNewFunding }) as AnswerOf<K>;
    case 'goalSeek':
      return goalSeek(j.params, j.leverId, j.goal) as AnswerOf<K>;
  }
}

/** What a worker holds of each named scenario: its levers, and for a drawn one its view and baseline. */
export interface Held {
  params: Params;
  view?: ChartView;
  baseline?: Params | null;
}

/**
 * A request's job made whole: a patch is applied to the named scenario as the worker holds it
 * (a drawn one's view and baseline too, when they did not come). `held` is the worker's memory;
 * a whole named job updates it.
 */
export function wholeJob(request: Request['job'], held: Map<string, Held>): Job {
  if (request.kind !== 'patch') {
    if ((request.kind === 'run' || request.kind === 'draw') && request.scenario) {
      const h: Held = { params: request.params };
      if (request.kind === 'draw') Object.assign(h, { view: request.view, baseline: request.baseline });
      held.set(request.scenario, h);
    }
    return request;
  }
  const before = held.get(request.scenario);
  if (!before) throw new Error(`a change arrived before its scenario "${request.scenario}"`);
  const h: Held = { ...before, params: { ...before.params, ...request.changed } };
  if (request.view) h.view = request.view;
  if ('baseline' in request) h.baseline = request.baseline;
  held.set(request.scenario, h);
  if (request.of === 'run') return { kind: 'run', params: h.params, scenario: request.scenario };
  if (!h.view) throw new Error(`a drawing arrived before its view ("${request.scenario}")`);
  return { kind: 'draw', params: h.params, scenario: request.scenario, view: h.view, baseline: h.baseline ?? null };
}

/** The buffers an answer can hand over instead of copying: a run's series, a batch's rows. */
export function transferables(answer: unknown): ArrayBuffer[] {
  // a drawn run: its result's series
  const a: unknown =
    answer && typeof answer === 'object' && 'layouts' in answer
      ? (answer as unknown as { result: unknown }).result
      : answer;
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
