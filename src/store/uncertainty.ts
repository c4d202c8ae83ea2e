import type { StateCreator } from 'zustand';
import { UNCERTAINTY_DEFAULTS, type UncertaintySpec } from '../engine/uncertainty/spec';

/** The Monte Carlo seed and sample count: part of a shared link, so a link reproduces the bands. */
export interface UncertaintySlice {
  uncertaintySpec: UncertaintySpec;
  setUncertaintySpec: (spec: UncertaintySpec) => void;
}

export const createUncertaintySlice: StateCreator<UncertaintySlice, [], [], UncertaintySlice> = (set) => ({
  uncertaintySpec: { ...UNCERTAINTY_DEFAULTS },
  setUncertaintySpec: (spec) =>
    set((s) =>
      s.uncertaintySpec.seed === spec.seed && s.uncertaintySpec.samples === spec.samples
        ? s
        : { uncertaintySpec: { ...spec } },
    ),
});
