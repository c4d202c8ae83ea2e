import { defaultParams, type LeverId, type Params } from '../registry';

/** Lever ids in the registry's order, as a scenario object's own keys (property names, interned). */
const IDS = Object.keys(defaultParams()) as LeverId[];
const INDEX = new Map(IDS.map((id, i) => [id, i]));

/**
 * A scenario's levers as numbers, in the registry's order: read once per run, then compared by
 * each thing the engine keeps between runs. A scenario made from the defaults (a spread, a link,
 * a preset) has its keys in that order, and a for-in over it reads each value from its slot; a
 * read by name costs ~40 ns with 234 properties (V8 looks the name up). Any other object is read
 * by name.
 */
export function leverValues(p: Params): Float64Array {
  const values = new Float64Array(IDS.length);
  let i = 0;
  for (const id in p) {
    if (id !== IDS[i]) return byName(p, values);
    values[i++] = p[id as LeverId];
  }
  return i === IDS.length ? values : byName(p, values);
}

function byName(p: Params, values: Float64Array): Float64Array {
  for (let i = 0; i < IDS.length; i++) values[i] = p[IDS[i]];
  return values;
}

/**
 * The levers a kept computation reads. A slider's drag moves one lever, so the engine keeps what
 * no moved lever can change (the record's months, the time axis's events, the capacity schedules)
 * with the lever values of the run that made it, and reuses it while these levers hold the same
 * values (Object.is: NaN equals NaN).
 */
export class LeverKey {
  /** Each lever's place in leverValues. */
  readonly at: Int32Array;

  constructor(readonly ids: readonly LeverId[]) {
    this.at = Int32Array.from(ids, (id) => {
      const i = INDEX.get(id);
      if (i === undefined) throw new Error(`LeverKey: no lever "${id}" in the registry`);
      return i;
    });
  }

  /** Whether two runs' lever values agree on these levers. */
  same(kept: Float64Array, values: Float64Array): boolean {
    const at = this.at;
    for (let k = 0; k < at.length; k++) if (!Object.is(kept[at[k]], values[at[k]])) return false;
    return true;
  }
}
