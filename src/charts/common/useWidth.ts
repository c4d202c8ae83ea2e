import { useCallback, useLayoutEffect, useRef, useState, type RefCallback } from 'react';

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

/**
 * The width of an element, for the cards whose width is their column's, never their content's:
 * measured once when the element is attached (in the commit, so the first frame is drawn at the
 * real width) and then by ResizeObserver. Not after every render, as useBoxSize is: on a slider
 * step that forced a layout in each card's commit (~2 ms a step over the dashboard's cards).
 * A callback ref, so an element that appears after the first render is measured too.
 */
export function useWidth<T extends HTMLElement>(fallback = 560): [RefCallback<T>, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((el: T | null) => {
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
