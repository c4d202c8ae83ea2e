import { SCHEDULE_FIELDS, type Schedules } from './schedules';
import { SERIES, type Monthly } from './types';

/** Working arrays beside the output series. */
const SCRATCH = ['runRate', 'training', 'opex', 'loanDelta'] as const;
export type Scratch = Record<(typeof SCRATCH)[number], Float64Array>;

/**
 * Every array a run writes, carved from one buffer: the output series, the run's working
 * arrays and the capacity schedules, each a view of `months + 1` slots (the spare slot is the
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

export function createWorkspace(months: number): Workspace {
  const stride = months + 1;
  const buffer = new Float64Array((SERIES.length + SCRATCH.length + SCHEDULE_FIELDS.length) * stride);
  let at = 0;
  const view = (length: number) => {
    const v = buffer.subarray(at, at + length);
    at += stride;
    return v;
  };
  const series = {} as Monthly;
  for (const name of SERIES) series[name] = view(months);
  const scratch = {} as Scratch;
  for (const name of SCRATCH) scratch[name] = view(name === 'loanDelta' ? stride : months);
  const schedules = {} as Schedules;
  for (const name of SCHEDULE_FIELDS) schedules[name] = view(stride);
  return { months, buffer, series, scratch, schedules };
}
