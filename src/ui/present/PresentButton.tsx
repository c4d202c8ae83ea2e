import { useDeckStore } from '../../store/deck';

/** Header button: opens the briefing deck (add slides, present, presenter view). Shows the slide count. */
export function PresentButton({ className = 'tool' }: { className?: string }) {
  const count = useDeckStore((s) => s.deck.slides.length);
  return (
    <button type="button" className={className} aria-haspopup="dialog" onClick={() => useDeckStore.getState().openEditor()}>
      Present{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
