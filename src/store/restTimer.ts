/** A call made once a run of pokes has rested; see restTimer. */
export interface RestTimer {
  /** Something changed: the call waits until `ms` after this poke. */
  poke(): void;
  /** Nothing is waiting any more (the timer may still fire, and then does nothing). */
  cancel(): void;
  /** Stops the timer for good. */
  dispose(): void;
}

/**
 * Calls `onRest` `ms` after the last poke. One setTimeout serves a whole run of pokes: when it
 * fires before the rest is due it re-arms for what is left, instead of a clearTimeout and a
 * setTimeout on every slider step (both cost the page's thread on each step of a drag).
 */
export function restTimer(ms: number, onRest: () => void): RestTimer {
  let due = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    if (due === 0) return;
    const left = due - Date.now();
    if (left > 0) {
      timer = setTimeout(fire, left);
      return;
    }
    due = 0;
    onRest();
  };
  return {
    poke() {
      due = Date.now() + ms;
      timer ??= setTimeout(fire, ms);
    },
    cancel() {
      due = 0;
    },
    dispose() {
      due = 0;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
