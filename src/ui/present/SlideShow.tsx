import { useEffect, useMemo, useRef, useState } from 'react';
import { usePick } from '../../store/pick';
import type { Deck } from '../../deck/model';
import { useDeckStore } from '../../deck/store';
import { openDeckChannel, type DeckChannel } from './channel';
import { SlideView } from './SlideView';
import { deckDomains } from '../../deck/scale';
import { isLast, stepBack, stepForward, type ShowPosition } from '../../deck/steps';
import { useReportedFigures } from '../../data/useReported';
import { useModalDialog } from '../common/useModalDialog';
import './present.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'Enter', 'n', 'N']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {});
  }
}

/**
 * The slide show: a fixed full-window overlay in the projector theme (fullscreen when the
 * browser allows). → ← PageUp PageDown Space and clicker keys move, Home/End jump, Esc leaves.
 * Broadcasts its position so a presenter view in another window follows, and obeys its moves.
 */
export function SlideShow() {
  const { deck, current, startedAt } = useDeckStore(
    usePick((s) => ({ deck: s.screenDeck ?? s.deck, current: s.current, startedAt: s.startedAt })),
  );
  const reported = useReportedFigures();
  const domains = useMemo(() => deckDomains(deck, reported), [deck, reported]);
  const channel = useRef<DeckChannel | null>(null);
  const dialogRef = useModalDialog(() => useDeckStore.getState().close());
  // Clickers' "blank screen" key (B or .) hides the slide until any key.
  const [blank, setBlank] = useState(false);
  const blankRef = useRef(false);
  useEffect(() => {
    blankRef.current = blank;
  }, [blank]);
  // Which chart of a several-chart slide is on screen; back from a slide lands on its last chart.
  const [step, setStep] = useState(0);
  const stepRef = useRef(0);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);
  const landingStep = useRef(0);
  useEffect(() => {
    setStep(landingStep.current);
    landingStep.current = 0;
  }, [current]);

  useEffect(() => {
    const store = useDeckStore;
    const ch = openDeckChannel((m) => {
      const s = store.getState();
      if (m.type === 'go') s.go(m.index);
      else if (m.type === 'hello')
        ch.post({
          type: 'state',
          deck: s.screenDeck ?? s.deck,
          current: s.current,
          startedAt: s.startedAt,
          showing: s.mode === 'show',
        });
    });
    channel.current = ch;
    return () => {
      const s = store.getState();
      ch.post({
        type: 'state',
        deck: s.screenDeck ?? s.deck,
        current: s.current,
        startedAt: s.startedAt,
        showing: false,
      });
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    channel.current?.post({ type: 'state', deck, current, startedAt, showing: true });
  }, [deck, current, startedAt]);

  /** Moves the show by one chart or slide; a new slide goes through the store (and the channel). */
  const move = (how: (deck: Deck, p: ShowPosition) => ShowPosition) => {
    const s = useDeckStore.getState();
    const to = how(s.screenDeck ?? s.deck, { current: s.current, step: stepRef.current });
    if (to.current === s.current) setStep(to.step);
    else {
      landingStep.current = to.step;
      s.go(to.current);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space and Enter on a focused control press that control, not the deck.
      const onControl = e.target instanceof Element && e.target.closest('button, input, textarea, select, a');
      if (onControl && (e.key === ' ' || e.key === 'Enter')) return;
      const s = useDeckStore.getState();
      if (blankRef.current && e.key !== 'Escape') {
        setBlank(false);
        e.preventDefault();
        return;
      }
      if (e.key === 'b' || e.key === 'B' || e.key === '.') setBlank(true);
      else if (NEXT_KEYS.has(e.key)) move(stepForward);
      else if (PREV_KEYS.has(e.key)) move(stepBack);
      else if (e.key === 'Home') s.go(0);
      else if (e.key === 'End') s.go((s.screenDeck ?? s.deck).slides.length - 1);
      else return;
      e.preventDefault();
    };
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      // Esc in fullscreen is eaten by the browser: leaving fullscreen ends the show.
      if (wasFullscreen && !document.fullscreenElement) useDeckStore.getState().close();
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      exitFullscreen();
    };
  }, []);

  const slide = deck.slides[current];
  if (!slide) return null;
  const s = useDeckStore.getState;
  // A phone is not a projector: projector-sized type would not fit it.
  const phone = typeof matchMedia === 'function' && matchMedia('(max-width: 700px)').matches;
  return (
    <dialog
      ref={dialogRef}
      className="modal projector slideshow"
      aria-label={`Slide show: ${deck.title}`}
      tabIndex={-1}
    >
      <SlideView
        slide={slide}
        index={current}
        total={deck.slides.length}
        reported={reported}
        chartStep={Math.min(step, slide.charts.length - 1)}
        domains={domains}
        {...(phone ? { minFontPx: 12, minLinePx: 2 } : {})}
      />
      <nav className="slideshow-nav" aria-label="Slide controls">
        <button type="button" onClick={() => move(stepBack)} disabled={current === 0 && step === 0}>
          <span aria-hidden="true">←</span>
          <span className="sr-only">Previous</span>
        </button>
        <button type="button" onClick={() => move(stepForward)} disabled={isLast(deck, { current, step })}>
          <span aria-hidden="true">→</span>
          <span className="sr-only">Next</span>
        </button>
        <button type="button" onClick={() => s().close()}>
          Esc<span className="sr-only"> (leave the slide show)</span>
        </button>
      </nav>
      {blank && (
        <div className="slideshow-blank" role="img" aria-label="Screen blanked; press any key">
          &nbsp;
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        Slide {current + 1} of {deck.slides.length}: {slide.title}
      </p>
    </dialog>
  );
}
