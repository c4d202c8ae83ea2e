import type { ScenarioResult } from '../../engine/types';

/**
 * What a chart's layout read from a result: each top-level field it touched, and inside
 * `monthly` and `summary` each series or figure by name, with the value it saw. A later result
 * that has the same values there draws the same picture, so the layout can be kept — a lever
 * that moves cash leaves the power chart's layout (and its DOM) untouched.
 */
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

/** Whether `result` holds, at every path in `deps`, what was recorded there. */
export function sameDeps(deps: ResultDeps, result: ScenarioResult): boolean {
  for (const [path, seen] of deps) {
    if (!same(seen, valueAt(result, path))) return false;
  }
  return true;
}

function valueAt(result: ScenarioResult, path: string): unknown {
  const dot = path.indexOf('.');
  const head = dot < 0 ? path : path.slice(0, dot);
  const source: unknown = Reflect.get(result, head);
  if (dot < 0) return source;
  const key = path.slice(dot + 1);
  if (!source || typeof source !== 'object') return undefined;
  return key === '*' ? Object.keys(source).join() : Reflect.get(source, key);
}

/** Structural equality for results' parts: numbers by Object.is, typed arrays element by element. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length || a.constructor !== b.constructor) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!same(Reflect.get(a, k), Reflect.get(b, k))) return false;
  }
  return true;
}
