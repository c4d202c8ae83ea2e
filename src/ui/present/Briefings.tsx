import { lazy, Suspense, useEffect, useState } from 'react';
import { usePick } from '../../store/pick';
import { DECK_HASH_PREFIX } from '../../deck/model';
import { useDeckStore } from '../../deck/store';

/**
 * The briefing code reads the saved deck into the store as it loads, before any of it renders,
 * and the past record releases, so each slide runs on the record its link names.
 */
export const loadBriefingUi = () =>
  import('./briefingUi').then(async (m) => {
    await m.loadDeckRecords();
    m.hydrateDeck();
    return m;
  });
const SlideShow = lazy(() => loadBriefingUi().then((m) => ({ default: m.SlideShow })));
const DeckEditor = lazy(() => loadBriefingUi().then((m) => ({ default: m.DeckEditor })));
const PresenterView = lazy(() => loadBriefingUi().then((m) => ({ default: m.PresenterView })));
const DeckLinkBanner = lazy(() => loadBriefingUi().then((m) => ({ default: m.DeckLinkBanner })));
const ComparePanel = lazy(() => loadBriefingUi().then((m) => ({ default: m.ComparePanel })));
const PrintHandout = lazy(() => loadBriefingUi().then((m) => ({ default: m.PrintHandout })));

export const PRESENTER_HASH = '#presenter';

/** Drops the hash from the address bar, keeping the scenario's query. */
function clearHash(): void {
  history.replaceState(history.state ?? null, '', `${location.pathname}${location.search}`);
}

const hashNow = () => (typeof location === 'undefined' ? '' : location.hash);

/**
 * Everything of the briefing feature that is not a header button: the deck editor, the slide
 * show, the presenter view (this page opened at `#presenter`), a deck link (`#deck=…`), the
 * compare panel and the print handout. Mount once, anywhere in the App; each piece loads on
 * first use, so the dashboard's first load carries none of it.
 */
export function Briefings() {
  const { mode, compareOpen, handoutOpen } = useDeckStore(
    usePick((s) => ({ mode: s.mode, compareOpen: s.compareOpen, handoutOpen: s.handoutOpen })),
  );
  const [hash, setHash] = useState(hashNow);
  useEffect(() => {
    const onHash = () => setHash(hashNow());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const presenter = hash === PRESENTER_HASH;
  return (
    <Suspense fallback={null}>
      {hash.startsWith(DECK_HASH_PREFIX) && (
        <DeckLinkBanner
          hash={hash}
          onDone={() => {
            clearHash();
            setHash('');
          }}
        />
      )}
      {presenter && <PresenterView />}
      {!presenter && mode === 'editor' && <DeckEditor />}
      {!presenter && mode === 'show' && <SlideShow />}
      {compareOpen && <ComparePanel />}
      {handoutOpen && <PrintHandout />}
    </Suspense>
  );
}
