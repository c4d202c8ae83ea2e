import { lazy, Suspense, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { deckFromHash, DECK_HASH_PREFIX, type Deck } from '../../export/deck';
import { useDeckStore } from '../../store/deck';

const SlideShow = lazy(() => import('./SlideShow').then((m) => ({ default: m.SlideShow })));
const DeckEditor = lazy(() => import('./DeckEditor').then((m) => ({ default: m.DeckEditor })));
const PresenterView = lazy(() => import('./PresenterView').then((m) => ({ default: m.PresenterView })));
const ComparePanel = lazy(() => import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));
const PrintHandout = lazy(() => import('../export/PrintHandout').then((m) => ({ default: m.PrintHandout })));

export const PRESENTER_HASH = '#presenter';

/** Drops the hash from the address bar, keeping the scenario's query. */
function clearHash(): void {
  history.replaceState(history.state ?? null, '', `${location.pathname}${location.search}`);
}

/** Offers the deck carried by a `#deck=` link; nothing replaces the saved deck without a click. */
function DeckLinkBanner({ read, onDone }: { read: { ok: true; deck: Deck } | { ok: false; error: string }; onDone: () => void }) {
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

/**
 * Everything of the briefing feature that is not a header button: the deck editor, the slide
 * show, the presenter view (this page opened at `#presenter`), a deck link (`#deck=…`), the
 * compare panel and the print handout. Mount once, anywhere in the App; each piece loads on
 * first use, so the dashboard's first load carries none of it.
 */
export function Briefings() {
  const { mode, compareOpen, handoutOpen } = useDeckStore(useShallow((s) => ({ mode: s.mode, compareOpen: s.compareOpen, handoutOpen: s.handoutOpen })));
  const [presenter, setPresenter] = useState(() => typeof location !== 'undefined' && location.hash === PRESENTER_HASH);
  const [deckLink, setDeckLink] = useState(() =>
    typeof location !== 'undefined' && location.hash.startsWith(DECK_HASH_PREFIX) ? deckFromHash(location.hash) : null);

  useEffect(() => {
    const onHash = () => {
      setPresenter(location.hash === PRESENTER_HASH);
      if (location.hash.startsWith(DECK_HASH_PREFIX)) setDeckLink(deckFromHash(location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <Suspense fallback={null}>
      {deckLink && <DeckLinkBanner read={deckLink} onDone={() => { setDeckLink(null); clearHash(); }} />}
      {presenter && <PresenterView />}
      {!presenter && mode === 'editor' && <DeckEditor />}
      {!presenter && mode === 'show' && <SlideShow />}
      {compareOpen && <ComparePanel />}
      {handoutOpen && <PrintHandout />}
    </Suspense>
  );
}
