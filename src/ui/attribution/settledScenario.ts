import { useEffect, useRef, useState } from 'react';
import type { ScenarioResult } from '../../engine/types';
import type { ParamValues } from '../../registry';
import { useAppStore } from '../../store';
import { referenceParams } from '../../store/baseline';
import { restTimer } from '../../store/restTimer';
import { SETTLE_MS } from './useAttribution';

export interface SettledScenario {
  /** The scenario on screen and what it is compared with, as they were when the levers last rested. */
  scenario: ParamValues;
  reference: ParamValues;
  /** True while the levers move (the waterfall on screen is not yet for them). */
  moving: boolean;
}

/**
 * The dashboard's scenario and its reference, taken when the levers rest: at once the first
 * time, then SETTLE_MS after the last change. It listens to the store without rendering, so a
 * drag re-renders the waterfall's card twice (when it starts and when it rests), not on every
 * step: the charts keep the frame to themselves.
 */
export function useSettledScenario(): SettledScenario {
  const [settled, setSettled] = useState<SettledScenario>(() => {
    const s = useAppStore.getState();
    return { scenario: s.params, reference: referenceParams(s.baseline), moving: false };
  });
  // whether the card already says "moving": only the first step of a drag sets state
  const moving = useRef(false);
  useEffect(() => {
    const rest = restTimer(SETTLE_MS, () => {
      moving.current = false;
      const s = useAppStore.getState();
      setSettled({ scenario: s.params, reference: referenceParams(s.baseline), moving: false });
    });
    const stop = useAppStore.subscribe(
      (s) => [s.params, s.baseline] as const,
      () => {
        if (!moving.current) {
          moving.current = true;
          setSettled((was) => ({ ...was, moving: true }));
        }
        rest.poke();
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    return () => {
      stop();
      rest.dispose();
    };
  }, []);
  return settled;
}

/**
 * The store's result as it was when results last rested: at once the first time, then SETTLE_MS
 * after the last new one. For a card below the charts ("Why losses differ from cash burn"): a
 * drag redraws it once, when the hand stops, not on every step.
 */
export function useRestingResult(): { result: ScenarioResult | null; moving: boolean } {
  const [rest, setRest] = useState(() => ({ result: useAppStore.getState().result, moving: false }));
  const moving = useRef(false);
  useEffect(() => {
    const settle = () => {
      moving.current = false;
      setRest({ result: useAppStore.getState().result, moving: false });
    };
    const timer = restTimer(SETTLE_MS, settle);
    const stop = useAppStore.subscribe(
      (s) => s.result,
      (_result, was) => {
        // the first result, or the first after none: at once
        if (!was) {
          timer.cancel();
          return settle();
        }
        if (!moving.current) {
          moving.current = true;
          setRest((r) => ({ ...r, moving: true }));
        }
        timer.poke();
      },
    );
    return () => {
      stop();
      timer.dispose();
    };
  }, []);
  return rest;
}
