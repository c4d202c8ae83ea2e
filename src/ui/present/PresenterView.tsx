import { useEffect, useMemo, useRef, useState } from 'react';
import { usePick } from '../../store/pick';
import { useDeckStore } from '../../deck/store';
import { openDeckChannel, type DeckChannel } from './channel';
import { SlideView } from './SlideView';
import { deckDomains } from '../../deck/scale';
import { FilledNotes } from './FilledNotes';

import { useReportedFigures } from '../../data/useReported';
import './present.css';

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Time since `since` (or since this view opened), ticking each second; reset restarts it. */
function useTimer(since: number | null): [number, () => void] {
  const [origin, setOrigin] = useState(() => since ?? Date.now());
  const [now, setNow] = useState(() => Date.now());
  // a new start time from the show resets the clock (adjusted while rendering, not in an effect)
  const [seenSince, setSeenSince] = useState(since);
  if (since !== seenSince) {
    setSeenSince(since);
    if (since !== null) setOrigin(since);
  }
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return [
    now - origin,
    () => {
      setOrigin(Date.now());
      setNow(Date.now());
    },
  ];
}

/**
 * The presenter's second window (`#presenter`): the current and next slide, the speaker notes
 * and a timer. It follows the slide show over BroadcastChannel and can move it.
 */
export function PresenterView() {
  const { deck, current, startedAt } = useDeckStore(
    usePick((s) => ({ deck: s.deck, current: s.current, startedAt: s.startedAt })),
  );
  const [showing, setShowing] = useState(false);
  const [elapsed, resetTimer] = useTimer(startedAt);
  const reported = useReportedFigures();
  const domains = useMemo(() => deckDomains(deck, reported), [deck, reported]);
  const channel = useRef<DeckChannel | null>(null);

  useEffect(() => {
    const ch = openDeckChannel((m) => {
      if (m.type !== 'state') return;
      // The show's deck is shown as is; it is not written to this window's storage.
      useDeckStore.setState({ deck: m.deck, current: m.current, startedAt: m.startedAt });
      setShowing(m.showing);
    });
    channel.current = ch;
    ch.post({ type: 'hello' });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  const go = (index: number) => {
    const s = useDeckStore.getState();
    s.go(index);
    channel.current?.post({ type: 'go', index: useDeckStore.getState().current });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (
        e.target instanceof Element &&
        e.target.closest('button, input, textarea, select, a') &&
        (e.key === ' ' || e.key === 'Enter')
      )
        return;
      const i = useDeckStore.getState().current;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key)) go(i + 1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key)) go(i - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const slide = deck.slides[current];
  const next = deck.slides[current + 1];
  return (
    <section className="projector presenter" aria-label="Presenter view">
      <div className="presenter-bar">
        <h1>{deck.title} — presenter view</h1>
        <span role="timer" aria-label="Time since the show started" className="presenter-timer">
          {clock(elapsed)}
        </span>
        <button type="button" onClick={resetTimer}>
          Reset timer
        </button>
        <span data-testid="presenter-status">{showing ? 'Following the slide show' : 'Slide show not running'}</span>
      </div>
      <section className="presenter-current" aria-label="Current slide">
        <p className="presenter-label">
          Now: slide {slide ? current + 1 : 0} of {deck.slides.length}
        </p>
        {slide ? (
          <SlideView
            slide={slide}
            index={current}
            total={deck.slides.length}
            reported={reported}
            minFontPx={12}
            minLinePx={2.5}
            headingLevel="h2"
            domains={domains}
          />
        ) : (
          <p className="presenter-empty">The deck is empty.</p>
        )}
      </section>
      <div className="presenter-side">
        <section className="presenter-next" aria-label="Next slide">
          <p className="presenter-label">Next</p>
          {next ? (
            <SlideView
              slide={next}
              index={current + 1}
              total={deck.slides.length}
              reported={reported}
              minFontPx={9}
              minLinePx={1.5}
              headingLevel="h2"
              domains={domains}
            />
          ) : (
            <p className="presenter-empty">End of the deck.</p>
          )}
        </section>
        <section aria-label="Speaker notes" className="presenter-notes-wrap">
          <h2 className="presenter-label">Notes</h2>
          <div className="presenter-notes" data-testid="presenter-notes">
            {slide?.notes ? <FilledNotes notes={slide.notes} link={slide.link} /> : 'No notes for this slide.'}
          </div>
        </section>
      </div>
      <div className="presenter-controls">
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(current + 1)} disabled={!next}>
          Next →
        </button>
      </div>
    </section>
  );
}
