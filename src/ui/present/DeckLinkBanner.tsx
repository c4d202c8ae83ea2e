import { useMemo } from 'react';
import { deckFromHash, type Deck } from '../../export/deck';
import { useDeckStore } from '../../store/deck';

/** Offers the deck carried by a `#deck=` link; nothing replaces the saved deck without a click. */
export function DeckLinkBanner({ hash, onDone }: { hash: string; onDone: () => void }) {
  const read = useMemo(() => deckFromHash(hash), [hash]);
  if (!read) return null;
  const open = (deck: Deck) => {
    useDeckStore.getState().setDeck(deck);
    useDeckStore.getState().openEditor();
    onDone();
  };
  return (
    <div className="notice deck-link-banner" role={read.ok ? 'status' : 'alert'}>
      {read.ok ? (
        <>
          This link carries a deck, “{read.deck.title}” ({read.deck.slides.length} slides).{' '}
          <button type="button" className="tool" onClick={() => open(read.deck)}>Open the deck</button>{' '}
          <button type="button" className="tool" onClick={onDone}>Dismiss</button>
        </>
      ) : (
        <>
          The deck in this link could not be opened: {read.error}.{' '}
          <button type="button" className="tool" onClick={onDone}>Dismiss</button>
        </>
      )}
    </div>
  );
}
