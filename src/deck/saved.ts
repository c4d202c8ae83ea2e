import { DECK_KEY, emptyDeck, parseDeck, type Deck } from './codec';
import { useDeckStore } from './store';
import { localStore, type StorageLike } from '../storage/local';

/** The deck saved in this browser, an empty one when none, or an error sentence. Never throws. */
export function readSavedDeck(store: StorageLike | null = localStore()): { deck: Deck; error: string | null } {
  let text: string | null;
  try {
    text = store?.getItem(DECK_KEY) ?? null;
  } catch {
    return {
      deck: emptyDeck(),
      error:
        'This browser does not let the page read local storage, so the deck is not saved here. Export it as a file.',
    };
  }
  if (text === null) return { deck: emptyDeck(), error: null };
  const read = parseDeck(text);
  if (read.ok) {
    const problems = read.problems ?? [];
    if (problems.length === 0) return { deck: read.deck, error: null };
    const more = problems.length > 1 ? ` and ${problems.length - 1} more` : '';
    return {
      deck: read.deck,
      error: `Part of the deck saved in this browser could not be read (${problems[0]}${more}); the rest is kept.`,
    };
  }
  return {
    deck: emptyDeck(),
    error: `The deck saved in this browser could not be read (${read.error}). Starting an empty deck; it replaces the damaged one when you add a slide.`,
  };
}

/** Reads the saved deck into the store the first time deck code runs. */
export function hydrateDeck(store: StorageLike | null = localStore()): void {
  if (!useDeckStore.getState().hydrated) useDeckStore.getState().hydrate(readSavedDeck(store));
}
