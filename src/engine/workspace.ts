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
 * Every array a run writes, carved from one buffer: the output series (`months` slots), the run's
 * working arrays and the capacity schedules (the longest horizon, plus a spare slot for the
 * difference arrays' end marker). One allocation per run instead of one per array; a Monte Carlo
 * batch reuses one workspace for all its samples (each run starts by zeroing it).
 */
export interface Workspace {
  months: number;
  buffer: Float64Array;
  series: Monthly;
  scratch: Scratch;
  schedules: Schedules;
}

/** The longest horizon a scenario may ask (the horizon lever's maximum). */
export const MAX_MONTHS = LEVER_BY_ID.get('horizonMonths')!.max;

export function createWorkspace(months: number): Workspace {
  const long = MAX_MONTHS + 1;
  const buffer = new Float64Array(SERIES.length * months + (SCRATCH.length + SCHEDULE_FIELDS.length) * long);
  let at = 0;
  const view = (length: number) => {
    const v = buffer.subarray(at, at + length);
    at += length;
    return v;
  };
  const series = {} as Monthly;
  for (const name of SERIES) series[name] = view(months);
  const scratch = {} as Scratch;
  for (const name of SCRATCH) scratch[name] = view(long);
  const schedules = {} as Schedules;
  for (const name of SCHEDULE_FIELDS) schedules[name] = view(long);
  return { months, buffer, series, scratch, schedules };
}
