import { useDeckStore } from '../../store/deck';

/** Header button: opens the briefing deck (add slides, present, presenter view). */
export function PresentButton({ className = 'tool' }: { className?: string }) {
  return (
    <button type="button" className={className} aria-haspopup="dialog" onClick={() => useDeckStore.getState().openEditor()}>
      Present
    </button>
  );
}
