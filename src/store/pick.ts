import { useState } from 'react';
import { sameParams } from '../registry';

/**
 * A selector for a store hook that picks several fields as one plain object:
 * `useAppStore(usePick((s) => ({ result: s.result, month: s.hoveredMonth })))`. The component
 * renders again only when one of the fields changed, as with zustand's useShallow, with two
 * differences that matter on every slider step, where each store change runs every
 * subscriber's selector:
 * - the fields are compared with one loop over the keys (useShallow's `shallow` builds two Maps
 *   of entries on each call);
 * - the selector keeps its identity for the component's life (useShallow returns a new one each
 *   render, so React reads the store once more after every render of the component to check
 *   that its snapshot still holds).
 * The selector is the first render's: it may read the store's state and module constants only.
 * One that reads props as well: `useMemo(() => pickFrom(selector), [those props])`.
 */
export function usePick<S, U extends Readonly<Record<string, unknown>>>(selector: (state: S) => U): (state: S) => U {
  const [pick] = useState(() => pickFrom(selector));
  return pick;
}

/** The selector behind usePick: the last selection while the new one has the same fields. */
export function pickFrom<S, U extends Readonly<Record<string, unknown>>>(selector: (state: S) => U): (state: S) => U {
  let last: U | undefined;
  return (state) => {
    const next = selector(state);
    // the same keys, each value the same by Object.is: as two scenarios' levers are compared
    if (last !== undefined && sameParams(last, next)) return last;
    last = next;
    return next;
  };
}
