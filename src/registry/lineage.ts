import type { LeverId } from './leverIds';

/** A scenario's lever values (as Params and ParamValues in ./index, which this module sits below). */
type Params = Readonly<Record<LeverId, number>>;

/*
 * Which scenario a scenario was made from by setting one lever. A slider step makes a new
 * scenario object of some 230 levers from the last one; whoever holds an older one (the worker
 * thread, which sends a worker only the levers that changed) can then learn what changed by
 * walking back a few steps, instead of comparing every lever on every step.
 */

/**
 * How many steps back a scenario remembers. Each remembered step keeps the scenario it was made
 * from alive, so the way back is cut here: a long drag holds a few dozen scenarios, not all of them.
 */
export const MAX_LINEAGE = 32;

const madeFrom = new WeakMap<Params, { from: Params; id: LeverId; depth: number }>();

/** `params` with one lever set, remembered as made from `params` by setting `id`. */
export function withLever(params: Params, id: LeverId, value: number): Record<LeverId, number> {
  const next = { ...params, [id]: value };
  const depth = (madeFrom.get(params)?.depth ?? 0) + 1;
  if (depth <= MAX_LINEAGE) madeFrom.set(next, { from: params, id, depth });
  return next;
}

/**
 * The ids of the levers set on the way from `older` to `newer` (newest first; a lever set twice
 * is listed twice), when `newer` was made from `older` by at most `max` withLever steps; null
 * when it was not (another origin, or a longer way). Every lever not listed holds the same value
 * in both.
 */
export function leversSetSince(older: Params, newer: Params, max: number): LeverId[] | null {
  const ids: LeverId[] = [];
  for (let p = newer; p !== older;) {
    const step = madeFrom.get(p);
    if (!step || ids.length === max) return null;
    ids.push(step.id);
    p = step.from;
  }
  return ids;
}
