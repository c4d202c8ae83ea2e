import { create } from 'zustand';
import { DECK_KEY, deckToJson, emptyDeck, MAX_SLIDES, newSlideId, type Deck, type Slide } from './model';

import { localStore, type StorageLike } from '../storage/local';

/*
 * The briefing deck and where the presenter is in it. A small store of its own (not a slice of
 * the app store): the dashboard never re-renders for a deck edit, and the presenter window
 * keeps its own copy, synced over BroadcastChannel (src/ui/present/channel.ts).
 *
 * The saved deck is read and validated when the deck is first used (`hydrate`, from the lazily
 * loaded deck code), so the dashboard's first load carries no deck validator. Every edit
 * after that is written to localStorage; storage that refuses leaves a sentence in
 * `storageError`, never an exception.
 */

export type DeckMode = 'closed' | 'editor' | 'show';

/** A deck change the person asked for by name; the undo toast offers to take it back. */
export interface DeckAction {
  label: string;
  seq: number;
}

export interface DeckState {
  deck: Deck;
  /** True once the saved deck has been read (or replaced): edits before that would overwrite it. */
  hydrated: boolean;
  /** Index of the slide on screen (show) or selected (editor). */
  current: number;
  mode: DeckMode;
  /** Epoch ms when the show started; the presenter view's timer counts from it. */
  startedAt: number | null;
  /** Why the saved deck could not be used or saved; null when all is well. */
  storageError: string | null;
  /** The last labelled change (a slide deleted, the deck replaced); the undo stack reads it. */
  deckAction: DeckAction | null;
  /** A show of the scenario on screen, started by Present with no deck; never saved. Null otherwise. */
  screenDeck: Deck | null;
  /** The compare panel and the print handout are mounted only while open. */
  compareOpen: boolean;
  handoutOpen: boolean;
  /** Puts the saved deck (already validated) in place, once. */
  hydrate: (saved: { deck: Deck; error: string | null }) => void;
  addSlide: (slide: Omit<Slide, 'id'>) => void;
  updateSlide: (id: string, patch: Partial<Omit<Slide, 'id'>>) => void;
  /** Moves a slide by `delta` places (−1 up, +1 down), clamped to the deck. */
  moveSlide: (id: string, delta: number) => void;
  deleteSlide: (id: string) => void;
  setTitle: (title: string) => void;
  /** Replaces the deck (an import, the example deck, a deck link); undoable, with a toast. */
  setDeck: (deck: Deck) => void;
  /** Appends slides (a deck link opened beside the saved deck); ids are made fresh. */
  appendSlides: (slides: readonly Slide[], label: string) => void;
  /** Each chart on one scale across the deck (default) or each slide on its own. */
  setFreeAxes: (free: boolean) => void;
  /** Puts a deck back as it was (undo, redo); not itself recorded. */
  restoreDeck: (deck: Deck) => void;
  go: (index: number) => void;
  next: () => void;
  prev: () => void;
  openEditor: () => void;
  startShow: (index?: number) => void;
  /** Shows `deck` (the scenario on screen) full-screen without touching the saved deck. */
  startScreenShow: (deck: Deck) => void;
  close: () => void;
  setCompareOpen: (open: boolean) => void;
  setHandoutOpen: (open: boolean) => void;
}

/** Saves the deck; returns an error sentence when storage refuses. */
export function writeSavedDeck(deck: Deck, store: StorageLike | null = localStore()): string | null {
  if (!store)
    return 'This browser does not let the page use local storage, so the deck is not saved here. Export it as a file.';
  try {
    store.setItem(DECK_KEY, deckToJson(deck));
    return null;
  } catch {
    return 'The deck could not be saved in this browser (storage full or blocked). Export it as a file.';
  }
}

const clampIndex = (i: number, deck: Deck) => Math.max(0, Math.min(deck.slides.length - 1, i));

const INITIAL = {
  deck: emptyDeck(),
  hydrated: false,
  current: 0,
  mode: 'closed' as DeckMode,
  startedAt: null,
  storageError: null,
  compareOpen: false,
  handoutOpen: false,
  deckAction: null,
  screenDeck: null,
};

export const useDeckStore = create<DeckState>()((set, get) => {
  /** Every edit goes through here so storage always holds the deck on screen. */
  const edit = (deck: Deck, extra: Partial<DeckState> = {}) => {
    const error = writeSavedDeck(deck);
    set({ deck, hydrated: true, storageError: error, ...extra });
  };
  const withSlides = (slides: Slide[]): Deck => ({ ...get().deck, slides });
  const action = (label: string): Partial<DeckState> => ({
    deckAction: { label, seq: (get().deckAction?.seq ?? 0) + 1 },
  });
  return {
    ...INITIAL,
    hydrate: ({ deck, error }) => {
      if (!get().hydrated) set({ deck, storageError: error, hydrated: true, current: 0 });
    },
    addSlide: (slide) => {
      const slides = [...get().deck.slides, { ...slide, id: newSlideId() }];
      edit(withSlides(slides), { current: slides.length - 1 });
    },
    updateSlide: (id, patch) => {
      edit(withSlides(get().deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s))));
    },
    moveSlide: (id, delta) => {
      const slides = [...get().deck.slides];
      const from = slides.findIndex((s) => s.id === id);
      const to = Math.max(0, Math.min(slides.length - 1, from + delta));
      if (from < 0 || from === to) return;
      const [slide] = slides.splice(from, 1);
      slides.splice(to, 0, slide);
      edit(withSlides(slides), { current: to });
    },
    deleteSlide: (id) => {
      const index = get().deck.slides.findIndex((s) => s.id === id);
      if (index < 0) return;
      const title = get().deck.slides[index].title;
      const deck = withSlides(get().deck.slides.filter((s) => s.id !== id));
      edit(deck, {
        current: clampIndex(get().current, deck),
        ...action(`Deleted slide ${index + 1}${title ? ` “${title}”` : ''}`),
      });
    },
    setTitle: (title) => edit({ ...get().deck, title }),
    setDeck: (deck) => {
      const before = get().deck.slides.length;
      edit(deck, {
        current: 0,
        ...(before > 0 ? action(`Replaced the deck (${before} slide${before === 1 ? '' : 's'})`) : {}),
      });
    },
    appendSlides: (slides, label) => {
      const added = slides
        .slice(0, Math.max(0, MAX_SLIDES - get().deck.slides.length))
        .map((s) => ({ ...s, id: newSlideId() }));
      edit(withSlides([...get().deck.slides, ...added]), { current: get().deck.slides.length, ...action(label) });
    },
    setFreeAxes: (free) => edit({ ...get().deck, freeAxes: free }),
    restoreDeck: (deck) => edit(deck, { current: clampIndex(get().current, deck) }),
    go: (index) => {
      const { current } = get();
      const deck = get().screenDeck ?? get().deck;
      const next = clampIndex(index, deck);
      if (next !== current) set({ current: next });
    },
    next: () => get().go(get().current + 1),
    prev: () => get().go(get().current - 1),
    openEditor: () => set({ mode: 'editor' }),
    startShow: (index) => {
      const { deck, current } = get();
      if (deck.slides.length === 0) return;
      set({ mode: 'show', current: clampIndex(index ?? current, deck), startedAt: Date.now() });
    },
    startScreenShow: (deck) => {
      if (deck.slides.length === 0) return;
      set({ screenDeck: deck, mode: 'show', current: 0, startedAt: Date.now() });
    },
    close: () => set({ mode: 'closed', screenDeck: null }),
    setCompareOpen: (open) => set({ compareOpen: open }),
    setHandoutOpen: (open) => set({ handoutOpen: open }),
  };
});

/** Tests call this between cases. */
export function resetDeckStore(): void {
  useDeckStore.setState({ ...useDeckStore.getInitialState(), ...INITIAL, deck: emptyDeck() }, true);
}
