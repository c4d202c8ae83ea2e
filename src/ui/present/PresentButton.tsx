import { useState } from 'react';
import { useDeckStore } from '../../deck/store';
import { screenShowDeck, slideFromScreen } from './slideFromScreen';
import { enterFullscreen } from './fullscreen';

/**
 * Header button: Present in one click. With a deck, its slide show; with none, a show of the
 * scenario on screen (its four charts in turn), full-screen. The deck editor is beside it.
 */
export function PresentButton({ className = 'tool' }: { className?: string }) {
  const present = async () => {
    enterFullscreen(); // inside the click, as browsers ask
    const { loadBriefingUi } = await import('./Briefings');
    await loadBriefingUi();
    const store = useDeckStore.getState();
    if (store.deck.slides.length > 0) store.startShow(0);
    else store.startScreenShow(screenShowDeck());
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void present()}>
        Present
      </button>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => useDeckStore.getState().openEditor()}
      >
        Deck…
      </button>
    </>
  );
}

/**
 * "Add as slide": appends the scenario on screen to the deck without opening it (burn chart,
 * the scenario's name as title); says so in a polite status next to the button.
 */
export function AddSlideButton({ className = 'tool' }: { className?: string }) {
  const [said, setSaid] = useState('');
  const add = async () => {
    const { hydrateDeck } = await import('./briefingUi');
    hydrateDeck();
    useDeckStore.getState().addSlide(slideFromScreen());
    setSaid(`Slide ${useDeckStore.getState().deck.slides.length} added`);
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void add()}>
        Add as slide
      </button>
      <span role="status" style={{ fontSize: 12, color: 'var(--muted)' }}>
        {said}
      </span>
    </>
  );
}
