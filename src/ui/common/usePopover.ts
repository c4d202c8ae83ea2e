import { useCallback, useEffect, useId, useRef, useState, type CSSProperties } from 'react';

/**
 * A native popover (`popover="auto"`) opened by its button (`popovertarget`): the browser
 * closes it on Esc and on a click outside, returns focus to the button, and keeps one open at
 * a time. CSS anchor positioning hangs it under its button (see `.anchored` in src/styles.css).
 * `open` follows the element's toggle events, so content can render only while it is shown.
 */
export function usePopover() {
  const id = useId();
  const anchor = `--popover-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onToggle = (e: Event) => setOpen((e as ToggleEvent).newState === 'open');
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, []);
  const close = useCallback(() => {
    const el = ref.current;
    if (el?.matches(':popover-open')) el.hidePopover();
  }, []);
  return {
    open,
    close,
    buttonProps: {
      popoverTarget: id,
      'aria-expanded': open,
      'aria-controls': id,
      style: { anchorName: anchor } as CSSProperties,
    },
    popoverProps: { ref, id, popover: 'auto' as const, style: { positionAnchor: anchor } as CSSProperties },
  };
}
