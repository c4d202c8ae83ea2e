import { useState } from 'react';
import { useDeckStore } from '../../store/deck';
import { slideFromScreen } from './slideFromScreen';

/** Header button: opens the briefing deck (add slides, present, presenter view). */
export function PresentButton({ className = 'tool' }: { className?: string }) {
  return (
    <button type="button" className={className} aria-haspopup="dialog" onClick={() => useDeckStore.getState().openEditor()}>
      Present
    </button>
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
      <button type="button" className={className} onClick={() => void add()}>Add as slide</button>
      <span role="status" style={{ fontSize: 12, color: 'var(--muted)' }}>{said}</span>
    </>
  );
}
