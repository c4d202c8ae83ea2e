import { LEVER_BY_ID, snapToLever, type ParamValues, type Params } from '../../registry';
import { runScenario } from '../index';
import type { ScenarioResult } from '../types';

/**
 * - breakevenBy: the first month with burn ≤ 0 falls in or before December of `year`.
 * - solvent: cash stays ≥ 0 through the horizon.
 */
export type Goal = { kind: 'breakevenBy'; year: number } | { kind: 'solvent' };

export interface Outcome {
  value: number;
  met: boolean;
  breakevenMonth: number | null;
  insolvencyMonth: number | null;
  minCashUsdB: number;
}

export type GoalSeekResult =
  /** The lever's threshold: values at or above (atLeast) or at or below (atMost) it meet the goal. */
  | {
      status: 'found';
      leverId: string;
      value: number;
      bound: 'atLeast' | 'atMost';
      outcome: Outcome;
      current: Outcome;
      monotone: boolean;
      evaluations: number;
    }
  /** Every value in [min, max] meets it (checked at both ends and on a grid). */
  | { status: 'always'; leverId: string; current: Outcome; atMin: Outcome; atMax: Outcome; evaluations: number }
  /** No value in [min, max] meets it; `closest` is the grid value that comes nearest. */
  | {
      status: 'never';
      leverId: string;
      current: Outcome;
      atMin: Outcome;
      atMax: Outcome;
      closest: Outcome;
      evaluations: number;
    };

export interface GoalSeekOptions {
  /** Points of the coarse scan that checks direction and finds the bracket (ends included). */
  gridPoints?: number;
  /** Replaces the engine, for tests on a function with a known root. */
  evaluate?: (params: Params) => ScenarioResult;
}

export function meetsGoal(result: ScenarioResult, goal: Goal): boolean {
  if (goal.kind === 'solvent') return result.summary.insolvencyMonth === null;
  const b = result.summary.breakevenMonth;
  return b !== null && b <= goal.year * 12 + 11;
}

/** How near a miss is, larger is nearer: months of breakeven before the deadline, or the lowest cash. */
function nearness(result: ScenarioResult, goal: Goal): number {
  if (goal.kind === 'solvent') return result.summary.minCashUsdB;
  const b = result.summary.breakevenMonth;
  return b === null ? -Infinity : goal.year * 12 + 11 - b;
}

/**
 * Which value of one lever meets the goal, all else at the scenario's values.
 * A coarse scan over [min, max] fixes the direction (and says when the answer is not
 * monotone); bisection then narrows the bracket nearest the scenario's current value to two
 * neighbouring values at the lever's decimals, and the answer is the one that meets the goal.
 */
export function goalSeek(params: Params, leverId: string, goal: Goal, options: GoalSeekOptions = {}): GoalSeekResult {
  const lever = LEVER_BY_ID.get(leverId);
  if (!lever) throw new Error(`goalSeek: unknown lever "${leverId}"`);
  const evaluate = options.evaluate ?? runScenario;
  const scratch: ParamValues = { ...params }; // a spread copy keeps V8's fast properties (see Sampler)
  let evaluations = 0;
  const at = (value: number): Outcome & { nearness: number } => {
    scratch[lever.id] = value;
    const r = evaluate(scratch);
    evaluations++;
    return {
      value,
      met: meetsGoal(r, goal),
      nearness: nearness(r, goal),
      breakevenMonth: r.summary.breakevenMonth,
      insolvencyMonth: r.summary.insolvencyMonth,
      minCashUsdB: r.summary.minCashUsdB,
    };
  };
  const strip = ({ nearness: _n, ...o }: Outcome & { nearness: number }): Outcome => o;
  const current = at(params[lever.id]);
  const n = Math.max(2, options.gridPoints ?? 17);
  const grid = Array.from({ length: n }, (_, i) =>
    at(snapToLever(lever, lever.min + ((lever.max - lever.min) * i) / (n - 1))),
  );
  const atMin = grid[0];
  const atMax = grid[n - 1];
  const metCount = grid.filter((g) => g.met).length;
  if (metCount === n)
    return {
      status: 'always',
      leverId,
      current: strip(current),
      atMin: strip(atMin),
      atMax: strip(atMax),
      evaluations,
    };
  if (metCount === 0) {
    const closest = grid.reduce((a, b) => (b.nearness > a.nearness ? b : a));
    return {
      status: 'never',
      leverId,
      current: strip(current),
      atMin: strip(atMin),
      atMax: strip(atMax),
      closest: strip(closest),
      evaluations,
    };
  }
  // Adjacent grid points where the goal flips; monotone when there is exactly one flip.
  const flips: number[] = [];
  for (let i = 0; i + 1 < n; i++) if (grid[i].met !== grid[i + 1].met) flips.push(i);
  const x0 = params[lever.id];
  const pick = flips.reduce((a, b) => (distance(grid, b, x0) < distance(grid, a, x0) ? b : a));
  let lo = grid[pick];
  let hi = grid[pick + 1];
  const bound: 'atLeast' | 'atMost' = hi.met ? 'atLeast' : 'atMost';
  // Bisect on the lever's own grid (whole steps of its last decimal) so the answer is exact
  // at the lever's resolution: the met value of two neighbours that disagree.
  const f = lever.kind === 'number' ? 10 ** lever.decimals : 1;
  let kLo = Math.round(lo.value * f);
  let kHi = Math.round(hi.value * f);
  while (kHi - kLo > 1) {
    const kMid = Math.floor((kLo + kHi) / 2);
    const mid = at(kMid / f);
    if (mid.met === lo.met) {
      lo = mid;
      kLo = kMid;
    } else {
      hi = mid;
      kHi = kMid;
    }
  }
  const answer = bound === 'atLeast' ? hi : lo;
  return {
    status: 'found',
    leverId,
    value: answer.value,
    bound,
    outcome: strip(answer),
    current: strip(current),
    monotone: flips.length === 1,
    evaluations,
  };
}

function distance(grid: { value: number }[], i: number, x: number): number {
  return Math.abs((grid[i].value + grid[i + 1].value) / 2 - x);
}
