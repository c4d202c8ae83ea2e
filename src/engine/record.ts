import { defaultParams, LEVERS, type LeverId, type Params, type ParamValues } from '../registry';
import { LoanBook } from './financing';
import { fundingPlan } from './funding';
import { continueGrowthPaths } from './growth';
import { hardwareOf } from './hardware';
import { LeverKey, leverValues } from './leverKey';
import { termsPlan } from './microsoft';
import { copyState, fillOutlook, runMonths, type CarryState, type MonthContext } from './month';
import { buildSchedules } from './schedules';
import { AS_OF_MONTH, rel } from './time';
import { SERIES, type SeriesName } from './types';
import { createWorkspace, MAX_MONTHS, type Workspace } from './workspace';

/**
 * The record is fixed (engine v3): months up to now are the calibrated history, the same in
 * every scenario, preset and Monte Carlo sample. Only the levers whose meaning is historical
 * (group "The record", and the fields of closed or committed events dated up to now) move it;
 * every other lever acts from the month after now.
 */
export const NOW_T = rel(AS_OF_MONTH);

const RECORD_IDS: readonly LeverId[] = LEVERS.filter((l) => l.record).map((l) => l.id);
const PROJECTION_IDS: readonly LeverId[] = LEVERS.filter((l) => !l.record).map((l) => l.id);
const DEFAULTS: Params = defaultParams();

/** The scenario as the record sees it: its record levers, every other lever at its default. */
export function recordParams(p: Params): Params {
  let projectionAtDefaults = true;
  for (const id of PROJECTION_IDS)
    if (!Object.is(p[id], DEFAULTS[id])) {
      projectionAtDefaults = false;
      break;
    }
  if (projectionAtDefaults) return p;
  const rec = { ...DEFAULTS } as ParamValues;
  for (const id of RECORD_IDS) rec[id] = p[id];
  return rec;
}

/** The record's months, run once per set of record levers and shared by every scenario on it. */
export interface History {
  /** The lever values of the scenario it was first computed for (its record levers are the key). */
  values: Float64Array;
  rec: Params;
  /** The record's run: series and growth paths valid up to now; schedules and loan changes of what
   * the record had committed run on to the longest horizon. */
  work: Workspace;
  /** Every series up to now, copied out once. */
  series: ReadonlyArray<readonly [SeriesName, Float64Array]>;
  /**
   * A run's series buffer for a horizon of `months` (workspace.ts's layout) with the record's
   * months in place and zeros after: a run starts from one copy of it.
   */
  seriesStart(months: number): Float64Array;
  state: CarryState;
  loanPayment: number;
}

const CACHE_SIZE = 8;
const cache: History[] = [];

/**
 * Forget every history computed so far. For the mutation-testing setup (test/mutation/setup.ts),
 * which clears it before each test: a history computed under one mutant must not serve another,
 * and each test that stands on the record must compute it, so that it is counted as reaching it.
 */
export function clearHistoryCache(): void {
  cache.length = 0;
}

const RECORD_KEY = new LeverKey(RECORD_IDS);

/**
 * The history a scenario stands on: computed the first time its record levers are seen. `values`
 * are p's lever values (leverKey.ts), when the caller has them.
 */
export function historyOf(p: Params, values = leverValues(p)): History {
  for (let i = 0; i < cache.length; i++) {
    const h = cache[i];
    if (RECORD_KEY.same(h.values, values)) {
      if (i > 0) cache.unshift(...cache.splice(i, 1));
      return h;
    }
  }
  // A copy: a caller may reuse and mutate its scenario object (the tornado does), and the record must not move with it.
  const h = runRecord({ ...recordParams(p) }, values);
  cache.unshift(h);
  if (cache.length > CACHE_SIZE) cache.pop();
  return h;
}

function runRecord(rec: Params, values: Float64Array): History {
  const work = createWorkspace(MAX_MONTHS);
  const { series: s, scratch } = work;
  const hw = hardwareOf(rec);
  const sched = buildSchedules(rec, hw, MAX_MONTHS, work.schedules, { record: true, now: NOW_T });
  continueGrowthPaths(rec, 0, NOW_T + 1, scratch);
  const state: CarryState = {
    cash: rec.startingCashUsdB,
    revSharePaid: 0,
    profitSharePaid: 0,
    stake: { pct: rec.msStakePct, valuation: rec.startValuationUsdB, nvidiaFundedGw: 0 },
    azureDue: 0,
    azureUsed: 0,
    azurePaid: 0,
  };
  const loans = new LoanBook(scratch.loanDelta);
  const c: MonthContext = {
    p: rec,
    hw,
    sched,
    s,
    scratch,
    state,
    loans,
    funding: fundingPlan(rec, MAX_MONTHS),
    terms: termsPlan(rec),
    options: null,
    cashOnly: false,
  };
  fillOutlook(c, 0, NOW_T + 1);
  runMonths(c, 0, NOW_T + 1);
  const series = SERIES.map((name) => [name, s[name].slice(0, NOW_T + 1)] as const);
  const starts = new Map<number, Float64Array>();
  const seriesStart = (months: number): Float64Array => {
    let start = starts.get(months);
    if (!start) {
      start = new Float64Array(SERIES.length * months);
      series.forEach(([, values], i) => start!.set(values, i * months));
      starts.set(months, start);
    }
    return start;
  };
  return {
    values,
    rec,
    work,
    series,
    seriesStart,
    state: copyState(state),
    loanPayment: loans.current,
  };
}
