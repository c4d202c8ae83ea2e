import { SERIES, type ScenarioResult } from '../../../src/engine';
import { NOW_T } from '../../../src/engine/record';

/** $B to whole cents, for "identical to the cent". */
export function cents(v: number): number {
  return Math.round(v * 100);
}

/** The first series value up to now that differs between two runs (Object.is), or null. */
export function sameRecord(a: ScenarioResult, b: ScenarioResult): string | null {
  for (const name of SERIES)
    for (let t = 0; t <= NOW_T; t++)
      if (!Object.is(a.monthly[name][t], b.monthly[name][t]))
        return `${name}[${t}] ${a.monthly[name][t]} → ${b.monthly[name][t]}`;
  return null;
}
