import { useDeckStore } from '../../deck/store';

/** Header button: opens the compare panel (up to three scenarios overlaid, levers and outputs side by side). */
export function CompareButton({ className = 'tool' }: { className?: string }) {
  return (
    <button
      type="button"
      className={className}
      aria-haspopup="dialog"
      onClick={() => useDeckStore.getState().setCompareOpen(true)}
    >
      Compare
    </button>
  );
}
