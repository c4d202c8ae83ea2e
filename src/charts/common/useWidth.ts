import { useLayoutEffect, useRef, useState } from 'react';

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
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const width = Math.round(r.width);
      const height = Math.round(r.height);
      if (width > 0)
        setBox((b) =>
          b.width === width && (height <= 0 || b.height === height)
            ? b
            : { width, height: height > 0 ? height : b.height },
        );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, box];
}

/** The width of an element; see useBoxSize. */
export function useWidth<T extends HTMLElement>(fallback = 560): [React.RefObject<T | null>, number] {
  const [ref, box] = useBoxSize<T>({ width: fallback, height: 0 });
  return [ref, box.width];
}
