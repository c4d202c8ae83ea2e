import type { Deck } from './model';

/**
 * Where the show is: a slide and, within it, which of its charts is on screen. A slide with
 * several charts shows them one at a time (the projector theme is one chart per screen), so
 * "next" walks a slide's charts before it moves to the next slide.
 */
export interface ShowPosition {
  current: number;
  step: number;
}

export function stepForward(deck: Deck, { current, step }: ShowPosition): ShowPosition {
  const charts = deck.slides[current]?.charts.length ?? 1;
  if (step < charts - 1) return { current, step: step + 1 };
  if (current < deck.slides.length - 1) return { current: current + 1, step: 0 };
  return { current, step };
}

export function stepBack(deck: Deck, { current, step }: ShowPosition): ShowPosition {
  if (step > 0) return { current, step: step - 1 };
  if (current > 0)
    return { current: current - 1, step: Math.max(0, (deck.slides[current - 1]?.charts.length ?? 1) - 1) };
  return { current, step };
}

export function isLast(deck: Deck, p: ShowPosition): boolean {
  return p.current === deck.slides.length - 1 && p.step >= (deck.slides[p.current]?.charts.length ?? 1) - 1;
}
