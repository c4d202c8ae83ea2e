import type { runScenario } from '../engine';
import type { attribute, AttributionOutput } from '../engine/attribution';
import type { CounterpartyReport } from '../engine/counterparties';
import type { goalSeek, Goal, Metric, RangeOverrides, runBatch, tornado } from '../engine/uncertainty';
import type { ChartView } from '../charts/draw';
import type { WireLayout } from '../charts/common/wire';
import type { ParamValues, Params } from '../registry';

/*
 * The one protocol in which the engine is asked anything, in the page's thread or in a worker:
 * a job in, its answer out. A job names what to compute; the answer is whatever the engine's own
 * function returns for it (see ./answer.ts), so a series or a summary field the engine adds
 * flows through without a change here.
 */

export type Job =
  /** One scenario's run. `scenario` names it, so a worker can be sent only what changed next time. */
  | { kind: 'run'; params: Params; scenario?: string }
  /**
   * A run and its charts' layouts for the page's view, drawn beside it (the ghost from the
   * pinned baseline's levers): the page's thread only puts them on screen.
   */
  | { kind: 'draw'; params: Params; scenario: string; view: ChartView; baseline: Params | null }
  /** "What moved it": the change from `reference` to `scenario` split among the inputs that differ. */
  | { kind: 'attribute'; reference: Params; scenario: Params; output: AttributionOutput }
  /**
   * Who holds the risk: each counterparty's flows and exposure for a scenario (its run made
   * here), exposure counted after `exposureAfter` (default: the insolvency month, else the end).
   */
  | { kind: 'counterparties'; params: Params; exposureAfter?: number }
  /** Monte Carlo samples [from, from + count) of a scenario under its ranges. */
  | { kind: 'samples'; params: Params; overrides: RangeOverrides; seed: number; from: number; count: number }
  /** One-at-a-time sensitivity over the ranged levers. */
  | { kind: 'tornado'; params: Params; overrides: RangeOverrides; metric: Metric; noNewFunding?: boolean }
  /** The value of one lever that reaches a goal, all else as set. */
  | { kind: 'goalSeek'; params: Params; leverId: string; goal: Goal };

export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

/** Each job's answer: what the engine's function for it returns (generic over ScenarioResult and the rest). */
export interface Answers {
  run: ReturnType<typeof runScenario>;
  /** Layouts by chart id; null for a chart whose picture is the one this scenario drew last. */
  draw: { result: ReturnType<typeof runScenario>; layouts: Record<string, WireLayout | null> };
  attribute: ReturnType<typeof attribute>;
  counterparties: CounterpartyReport;
  samples: ReturnType<typeof runBatch>;
  tornado: ReturnType<typeof tornado>;
  goalSeek: ReturnType<typeof goalSeek>;
}
export type AnswerOf<K extends JobKind> = Answers[K];

/**
 * A run sent as the levers that changed since the worker last ran the same named scenario: a drag
 * moves one lever per input, and copying ~260 fields into a worker each frame cost more
 * main-thread time than the engine run itself.
 */
export interface RunPatch {
  kind: 'patch';
  /** What the whole job is: a run, or a run drawn (whose view and baseline come only when they changed). */
  of: 'run' | 'draw';
  scenario: string;
  changed: Partial<ParamValues>;
  view?: ChartView;
  baseline?: Params | null;
}

/** Page → worker. `seq` ties the reply to it. */
export interface Request {
  seq: number;
  job: Job | RunPatch;
}

/** Worker → page: the answer (its buffers transferred, not copied) and the time inside the engine, or why none. */
export type Reply =
  { seq: number; ok: true; answer: AnswerOf<JobKind>; engineMs: number } | { seq: number; ok: false; error: string };

/** The part of a Worker the runner uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: Request): void;
  terminate(): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<Reply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', fn: (e: Event) => void): void;
}
