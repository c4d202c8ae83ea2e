import { useEffect } from 'react';

/** Gives focus back to whatever had it (the header button, usually) when a dialog closes. */
export function useRestoreFocus(): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before && before.isConnected) before.focus();
    };
  }, []);
}
