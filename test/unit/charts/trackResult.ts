import type { ScenarioResult } from '../../../src/engine/types';

/*
 * A test's eye on a layout: a read-only view of a result that records every part read through
 * it. The page once kept layouts by this record; now each spec declares what it reads
 * (ChartSpec.reads), and test/unit/charts/reads.test.ts holds each declaration against this.
 */

/** What a layout read: each top-level field, and inside `monthly` and `summary` each part by name. */
export type ResultDeps = Map<string, unknown>;

/** The parts of a result read field by field; anything else is recorded whole. */
const NESTED = new Set(['monthly', 'summary']);

/**
 * A read-only view of `result` that records what is read through it into `deps`. The view
 * wraps empty targets, so a frozen result keeps the Proxy invariants.
 */
export function trackResult(result: ScenarioResult, deps: ResultDeps): ScenarioResult {
  const view = (source: object, prefix: string, nested: boolean): object => {
    // a layout reads `result.monthly` many times: one view per part, not one per read
    const parts = new Map<string, object>();
    return new Proxy(
      {},
      {
        get(_, key) {
          const value: unknown = Reflect.get(source, key);
          if (typeof key !== 'string') return value;
          if (nested && NESTED.has(key) && value && typeof value === 'object') {
            let part = parts.get(key);
            if (!part) parts.set(key, (part = view(value, `${prefix}${key}.`, false)));
            return part;
          }
          const path = prefix + key;
          if (!deps.has(path)) deps.set(path, value);
          return value;
        },
        has: (_, key) => {
          if (typeof key === 'string') deps.set(`${prefix}*`, Object.keys(source).join());
          return Reflect.has(source, key);
        },
        ownKeys: () => {
          // a layout that walks every field depends on all of them
          for (const k of Object.keys(source)) if (!deps.has(prefix + k)) deps.set(prefix + k, Reflect.get(source, k));
          deps.set(`${prefix}*`, Object.keys(source).join());
          return Reflect.ownKeys(source);
        },
        getOwnPropertyDescriptor: (_, key) => {
          const d = Reflect.getOwnPropertyDescriptor(source, key);
          return d && { ...d, configurable: true };
        },
      },
    );
  };
  return view(result, '', true) as ScenarioResult;
}
