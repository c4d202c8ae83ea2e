import type { ScenarioResult } from '../../engine/types';
import type { MonthIndex } from '../../registry/month';

/*
 * Chart narratives: two or three sentences a chart says in words (the finding, the extremes, the
 * crossing points), written from its data without a model. Each chart's spec has one; the SVG
 * export's <desc>, the PNG's Description chunk, the card's and the embed's accessible
 * description and the handout's caption all read it, so it moves with the scenario.
 */

/** The largest and smallest value of a series and their first months. */
export function extremes(
  r: ScenarioResult,
  values: ArrayLike<number>,
): { max: number; maxMonth: MonthIndex; min: number; minMonth: MonthIndex } {
  let max = -Infinity;
  let min = Infinity;
  let maxAt = 0;
  let minAt = 0;
  for (let i = 0; i < r.months; i++) {
    const v = values[i];
    if (v > max) [max, maxAt] = [v, i];
    if (v < min) [min, minAt] = [v, i];
  }
  return { max, maxMonth: r.startMonth + maxAt, min, minMonth: r.startMonth + minAt };
}

/** The first month a series meets a test, or null. */
export function firstMonth(
  r: ScenarioResult,
  values: ArrayLike<number>,
  test: (v: number) => boolean,
): MonthIndex | null {
  for (let i = 0; i < r.months; i++) if (test(values[i])) return r.startMonth + i;
  return null;
}

/** Whether a series moves less than `share` of its largest magnitude over the horizon. */
export function flat(max: number, min: number, share = 0.01): boolean {
  return max - min <= share * Math.max(Math.abs(max), Math.abs(min), 1e-12);
}
