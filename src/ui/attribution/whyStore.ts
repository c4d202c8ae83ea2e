import { create } from 'zustand';
import type { Attribution } from '../../engine/attribution';
import { OUTPUT_NAMES } from '../../charts/attribution/words';

/**
 * The why lines of the last "What moved it" answer, by lever id, so each changed lever's row can
 * say what absorbed its change in the same words as the card. A store of its own: the card
 * writes it when an answer arrives, a lever row reads its own entry.
 */
interface WhyState {
  byLever: Readonly<Record<string, string>>;
  publish: (a: Attribution | null) => void;
}

export const useWhyStore = create<WhyState>()((set) => ({
  byLever: {},
  publish: (a) => {
    const byLever: Record<string, string> = {};
    for (const part of a?.parts ?? [])
      if (part.why && part.why.kind !== 'inactive')
        for (const id of part.leverIds ?? []) byLever[id] = `${capital(OUTPUT_NAMES[a!.output])}: ${part.why.sentence}`;
    set({ byLever });
  },
}));

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
