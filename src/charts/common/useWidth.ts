import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface BoxSize {
  width: number;
  height: number;
}

/**
 * The size of an element's box, tracked with ResizeObserver (the one way the charts follow
 * their container); `fallback` until measured and where layout is unknown (jsdom).
 */
export function useBoxSize<T extends HTMLElement>(fallback: BoxSize): [React.RefObject<T | null>, BoxSize] {
  const ref = useRef<T>(null);
  const [box, setBox] = useState(fallback);
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const width = Math.round(r.width);
    const height = Math.round(r.height);
    if (width > 0)
      setBox((b) =>
        b.width === width && (height <= 0 || b.height === height)
          ? b
          : { width, height: height > 0 ? height : b.height },
      );
  }, []);
  // After every render, before the paint: a render that changes the box's size itself (a slide's
  // title wrapping to two lines) is drawn at the new size in the same frame. The observer alone
  // reports it a task later, after a frame at the old size was painted. An unchanged size keeps
  // the state as it is, so this costs the layout the paint would have done anyway.
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);
  return [ref, box];
}

/** The width of an element; see useBoxSize. */
export function useWidth<T extends HTMLElement>(fallback = 560): [React.RefObject<T | null>, number] {
  const [ref, box] = useBoxSize<T>({ width: fallback, height: 0 });
  return [ref, box.width];
}
