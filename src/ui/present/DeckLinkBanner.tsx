import { useMemo } from 'react';
import { usePick } from '../../store/pick';
import { deckFromHash, type Deck } from '../../deck/codec';
import { useDeckStore } from '../../deck/store';

const slidesText = (n: number) => `${n} slide${n === 1 ? '' : 's'}`;

/**
 * Offers the deck carried by a `#deck=` link. Nothing happens without a click, and the deck
 * saved here is never lost: with an empty saved deck the link's deck simply opens; otherwise
 * it opens beside the saved slides (appended after them) or, when asked, replaces them as one
 * undoable step (the undo toast says so). Fields the link got wrong are named; the rest is used.
 */
export function DeckLinkBanner({ hash, onDone }: { hash: string; onDone: () => void }) {
  const read = useMemo(() => deckFromHash(hash), [hash]);
  const { savedCount, savedTitle } = useDeckStore(
    usePick((s) => ({ savedCount: s.deck.slides.length, savedTitle: s.deck.title })),
  );
  if (!read) return null;
  const finish = () => {
    useDeckStore.getState().openEditor();
    onDone();
  };
  const replace = (deck: Deck) => {
    useDeckStore.getState().setDeck(deck);
    finish();
  };
  const beside = (deck: Deck) => {
    useDeckStore
      .getState()
      .appendSlides(deck.slides, `Added ${slidesText(deck.slides.length)} from “${deck.title}” after yours`);
    finish();
  };
  if (!read.ok) {
    return (
      <div className="notice deck-link-banner" role="alert">
        The deck in this link could not be opened: {read.error}.{' '}
        <button type="button" className="tool" onClick={onDone}>
          Dismiss
        </button>
      </div>
    );
  }
  const { deck, problems = [] } = read;
  return (
    <section className="notice deck-link-banner" aria-label="Deck in this link">
      <p>
        This link carries a deck, “{deck.title}” ({slidesText(deck.slides.length)}).
        {savedCount > 0 && (
          <>
            {' '}
            Your deck here, “{savedTitle}”, has {slidesText(savedCount)}; it is kept unless you choose to replace it.
          </>
        )}
      </p>
      {problems.length > 0 && (
        <div role="status">
          <p>Not used from the link (the rest of the deck is):</p>
          <ul>
            {problems.slice(0, 10).map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
            {problems.length > 10 && <li>and {problems.length - 10} more</li>}
          </ul>
        </div>
      )}
      <p className="deck-link-actions">
        {savedCount === 0 ? (
          <button type="button" className="tool tool-primary" onClick={() => replace(deck)}>
            Open the deck
          </button>
        ) : (
          <>
            <button type="button" className="tool tool-primary" onClick={() => beside(deck)}>
              Add its slides after mine
            </button>{' '}
            <button type="button" className="tool" onClick={() => replace(deck)}>
              Replace my {slidesText(savedCount)} (undoable)
            </button>
          </>
        )}{' '}
        <button type="button" className="tool" onClick={onDone}>
          Dismiss
        </button>
      </p>
    </section>
  );
}
