import { LEVER_BY_ID } from '../registry';
import { SCHEDULE_FIELDS, type Schedules } from './schedules';
import { SERIES, type Monthly } from './types';

/**
 * Working arrays beside the output series, each as long as the longest horizon (a run's choices
 * look ahead, and must not depend on where its horizon ends): the growth paths, demand (inference
 * and Plan B's share, in H100e), the month's prices, the loans' payment changes, and what the
 * options exercised add and retire (difference arrays of H100e, IT MW, depreciation).
 */
const SCRATCH = [
  'queries',
  'runRate',
  'training',
  'opex',
  'efficiency',
  'planB',
  'inference',
  'spot',
  'contractRate',
  'spotSum',
  'contractSum',
  'uncovered',
  'loanDelta',
  'optGpu',
  'optGpuMw',
  'optGpuDepr',
  'optSilicon',
  'optSiliconMw',
  'optSiliconDepr',
] as const;
export type Scratch = Record<(typeof SCRATCH)[number], Float64Array>;

/**
 * Every array a run writes: the output series (`months` slots, one buffer: the result a worker
 * transfers) and the working area, the run's working arrays and the capacity schedules (the
 * longest horizon, plus a spare slot for the difference arrays' end marker; a second buffer).
 * Two allocations per run instead of one per array. A deterministic run borrows one shared working
 * area (the engine is synchronous, and no result points into it); a Monte Carlo batch reuses one
 * whole workspace for all its samples. Each run starts by zeroing what it borrows.
 */
export interface Workspace extends WorkingArea {
  months: number;
  buffer: Float64Array;
  series: Monthly;
}

export interface WorkingArea {
  workBuffer: Float64Array;
  scratch: Scratch;
  schedules: Schedules;
  /** The part of workBuffer the schedules occupy (a run may copy a whole build in at once). */
  schedulesBuffer: Float64Array;
}

/** The longest horizon a scenario may ask (the horizon lever's maximum). */
export const MAX_MONTHS = LEVER_BY_ID.get('horizonMonths')!.max;

function carve(buffer: Float64Array) {
  let at = 0;
  return (length: number) => {
    const v = buffer.subarray(at, at + length);
    at += length;
    return v;
  };
}

export function createWorkingArea(): WorkingArea {
  const long = MAX_MONTHS + 1;
  const workBuffer = new Float64Array((SCRATCH.length + SCHEDULE_FIELDS.length) * long);
  const view = carve(workBuffer);
  const scratch = {} as Scratch;
  for (const name of SCRATCH) scratch[name] = view(long);
  const schedulesBuffer = workBuffer.subarray(SCRATCH.length * long);
  const schedules = {} as Schedules;
  for (const name of SCHEDULE_FIELDS) schedules[name] = view(long);
  // Built by computed keys, these objects are in V8's slow (dictionary) mode; a spread copy has
  // fast properties, so the month loop's `scratch.spot[t]` is a field load, not a hash lookup.
  return { workBuffer, scratch: { ...scratch }, schedules: { ...schedules }, schedulesBuffer };
}

/**
 * Output series for `months`, on a working area of their own or the one given; `template` (a
 * buffer of the same layout, e.g. the record's months in place) is copied in as the start.
 */
export function createWorkspace(
  months: number,
  working: WorkingArea = createWorkingArea(),
  template?: Float64Array,
): Workspace {
  const buffer = template ? template.slice() : new Float64Array(SERIES.length * months);
  const view = carve(buffer);
  const series = {} as Monthly;
  for (const name of SERIES) series[name] = view(months);
  return { months, buffer, series: { ...series }, ...working };
}
