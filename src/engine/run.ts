import type { Params } from '../registry';
import { LoanBook } from './financing';
import { leverValues } from './leverKey';
import { fundingPlan } from './funding';
import { continueGrowthPaths } from './growth';
import { hardwareOf } from './hardware';
import { termsPlan } from './microsoft';
import { copyState, fillOutlook, runMonths, type MonthContext } from './month';
import { OptionBook } from './options';
import { historyOf, NOW_T, type History } from './record';
import { buildSchedules, SCHEDULE_READS } from './schedules';
import type { Monthly } from './types';
import { createWorkingArea, createWorkspace, MAX_MONTHS, type Workspace } from './workspace';

/** The working area every deterministic run borrows (runs are synchronous; no result points into it). */
let shared: ReturnType<typeof createWorkingArea> | undefined;

/**
 * The shared area's last projection build (its schedules, copied out), the record it stood on and
 * the values of the levers it read. Month t's option exercise adds NVIDIA's GW to the build, so a
 * run copies the kept build in rather than using it in place.
 */
let lastBuild: { h: History; values: Float64Array; schedules: Float64Array } | undefined;

/** Forget the kept build (tests compare a run on it with one built afresh). */
export function clearKeptBuild(): void {
  lastBuild = undefined;
}

/** Working arrays the record hands on up to now (the growth paths). */
const PATHS = ['queries', 'runRate', 'training', 'opex', 'efficiency'] as const;

/** What a run knows beyond its series: each option and the IT GW the policy exercised by the end. */
export interface RunExtras {
  options?: Array<{ id: string; exercisedGw: number; sizeGw: number }>;
  /** Each option exercise: the row, the month and its price, $B (counterparties.ts). */
  bought?: Array<{ id: string; t: number; usdB: number }>;
}

/**
 * The monthly cash model (engine v3). The months up to now are the record's (run once per set
 * of record levers, see record.ts); the projection continues from the record's state with the
 * scenario's levers: growth paths from their values at now, the record's commitments as signed,
 * what the scenario adds after now (Stargate's growth, later contracts, the chip's binding phase),
 * options exercised for demand the binding capacity leaves uncovered, then each month's cash.
 * What the projection looks ahead at (demand, capacity, prices) runs to the longest horizon, so
 * nothing inside a horizon depends on where it ends.
 *
 * The series are views of `work` when it is given (and sized for the horizon): a Monte Carlo
 * batch passes one workspace for all its samples, so each run overwrites the last one's series.
 * `cashOnly` fills only the series cash depends on, not runway, fleet, per-query or Microsoft's
 * take: what a Monte Carlo sample keeps.
 */
export function simulateMonthly(
  p: Params,
  work?: Workspace,
  cashOnly = false,
  out?: RunExtras,
  values = leverValues(p),
): Monthly {
  const months = Math.round(p.horizonMonths);
  const h = historyOf(p, values);
  // A workspace given for this horizon is reused (a Monte Carlo batch); otherwise the run's own
  // series on the shared working area.
  const borrowed = work?.months !== months;
  if (work && !borrowed) work.buffer.set(h.seriesStart(months));
  else work = createWorkspace(months, (shared ??= createWorkingArea()), h.seriesStart(months));
  // Zero what the run borrows; the schedules are zeroed only when built (a kept build is copied over them).
  work.workBuffer.fill(0, 0, work.workBuffer.length - work.schedulesBuffer.length);
  const { series: s, scratch, schedules: sched } = work;
  const recorded = NOW_T + 1;
  for (const name of PATHS) scratch[name].set(h.work.scratch[name].subarray(0, recorded));
  continueGrowthPaths(p, NOW_T, MAX_MONTHS, scratch);
  scratch.loanDelta.set(h.work.scratch.loanDelta);

  const hw = hardwareOf(p);
  if (borrowed && lastBuild?.h === h && SCHEDULE_READS.same(lastBuild.values, values))
    work.schedulesBuffer.set(lastBuild.schedules);
  else {
    work.schedulesBuffer.fill(0);
    buildSchedules(p, hw, MAX_MONTHS, sched, { record: false, now: NOW_T, rec: h.rec, base: h.work.schedules });
    if (borrowed) lastBuild = { h, values, schedules: work.schedulesBuffer.slice() };
  }
  const options = new OptionBook(p, hw, NOW_T, scratch, MAX_MONTHS);
  const c: MonthContext = {
    p,
    hw,
    sched,
    s,
    scratch,
    state: copyState(h.state),
    loans: new LoanBook(scratch.loanDelta, h.loanPayment),
    funding: fundingPlan(p, months, recorded),
    terms: termsPlan(p),
    options,
    cashOnly,
    bought: out ? (out.bought = []) : undefined,
  };
  fillOutlook(c, recorded, MAX_MONTHS);
  runMonths(c, recorded, months);
  if (out) out.options = options.sources.map((o) => ({ id: o.id, exercisedGw: o.exercisedGw, sizeGw: o.sizeGw }));
  return s;
}
