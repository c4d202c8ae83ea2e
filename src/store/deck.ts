import { create } from 'zustand';
import { DECK_KEY, emptyDeck, newSlideId, parseDeck, deckToJson, type Deck, type Slide } from '../export/deck';

/*
 * The briefing deck and where the presenter is in it. A small store of its own (not a slice of
 * the app store): the dashboard never re-renders for a deck edit, and the presenter window
 * keeps its own copy, synced over BroadcastChannel (src/ui/present/channel.ts).
 * The deck is written to localStorage after every edit; a stored deck that cannot be read
 * leaves an empty deck and a sentence in `storageError`, never an exception.
 */

export type DeckMode = 'closed' | 'editor' | 'show';

export interface DeckState {
  deck: Deck;
  /** Index of the slide on screen (show) or selected (editor). */
  current: number;
  mode: DeckMode;
  /** Epoch ms when the show started; the presenter view's timer counts from it. */
  startedAt: number | null;
  /** Why the saved deck or an imported one could not be used; null when all is well. */
  storageError: string | null;
  addSlide: (slide: Omit<Slide, 'id'>) => void;
  updateSlide: (id: string, patch: Partial<Omit<Slide, 'id'>>) => void;
  /** Moves a slide by `delta` places (−1 up, +1 down), clamped to the deck. */
  moveSlide: (id: string, delta: number) => void;
  deleteSlide: (id: string) => void;
  setTitle: (title: string) => void;
  /** Replaces the deck (an import, the example deck). */
  setDeck: (deck: Deck) => void;
  go: (index: number) => void;
  next: () => void;
  prev: () => void;
  openEditor: () => void;
  startShow: (index?: number) => void;
  close: () => void;
  setStorageError: (message: string | null) => void;
  /** The compare panel and the print handout are mounted only while open. */
  compareOpen: boolean;
  handoutOpen: boolean;
  setCompareOpen: (open: boolean) => void;
  setHandoutOpen: (open: boolean) => void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The deck saved in this browser, an empty one when none, or an error sentence. Never throws. */
export function readSavedDeck(store: StorageLike | null = storage()): { deck: Deck; error: string | null } {
  let text: string | null = null;
  try {
    text = store?.getItem(DECK_KEY) ?? null;
  } catch {
    return { deck: emptyDeck(), error: 'This browser does not let the page read local storage, so the deck is not saved here. Export it as a file.' };
  }
  if (text === null) return { deck: emptyDeck(), error: null };
  const read = parseDeck(text);
  if (read.ok) return { deck: read.deck, error: null };
  return { deck: emptyDeck(), error: `The deck saved in this browser could not be read (${read.error}). Starting an empty deck; it replaces the damaged one when you add a slide.` };
}

/** Saves the deck; returns an error sentence when storage refuses. */
export function writeSavedDeck(deck: Deck, store: StorageLike | null = storage()): string | null {
  if (!store) return 'This browser does not let the page use local storage, so the deck is not saved here. Export it as a file.';
  try {
    store.setItem(DECK_KEY, deckToJson(deck));
    return null;
  } catch {
    return 'The deck could not be saved in this browser (storage full or blocked). Export it as a file.';
  }
}

const clampIndex = (i: number, deck: Deck) => Math.max(0, Math.min(deck.slides.length - 1, i));

function initial(): Pick<DeckState, 'deck' | 'current' | 'mode' | 'startedAt' | 'storageError' | 'compareOpen' | 'handoutOpen'> {
  const saved = readSavedDeck();
  return { deck: saved.deck, current: 0, mode: 'closed', startedAt: null, storageError: saved.error, compareOpen: false, handoutOpen: false };
}

export const useDeckStore = create<DeckState>()((set, get) => {
  /** Every edit goes through here so storage always holds the deck on screen. */
  const edit = (deck: Deck, extra: Partial<DeckState> = {}) => {
    const error = writeSavedDeck(deck);
    set({ deck, storageError: error, ...extra });
  };
  const withSlides = (slides: Slide[]): Deck => ({ ...get().deck, slides });
  return {
    ...initial(),
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
      const deck = withSlides(get().deck.slides.filter((s) => s.id !== id));
      edit(deck, { current: clampIndex(get().current, deck) });
    },
    setTitle: (title) => edit({ ...get().deck, title }),
    setDeck: (deck) => edit(deck, { current: 0 }),
    go: (index) => {
      const { deck, current } = get();
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
    close: () => set({ mode: 'closed' }),
    setStorageError: (message) => set({ storageError: message }),
    setCompareOpen: (open) => set({ compareOpen: open }),
    setHandoutOpen: (open) => set({ handoutOpen: open }),
  };
});

/** Tests call this between cases (after clearing localStorage) to re-read storage. */
export function resetDeckStore(): void {
  useDeckStore.setState({ ...useDeckStore.getInitialState(), ...initial() }, true);
}
