import { useAppStore } from '../store';
import { useReported } from '../data/useReported';

/** Short messages about the machinery: a restarted worker, a data file that did not load. */
export function Notices() {
  const engineNotice = useAppStore((s) => s.engineNotice);
  const baselineName = useAppStore((s) => s.baseline?.name ?? null);
  const reported = useReported();
  return (
    <div className="notices" role="status" aria-live="polite">
      {engineNotice && (
        <p className="notice notice-engine" data-testid="engine-notice">
          {engineNotice}
        </p>
      )}
      {reported.isError && (
        <p className="notice notice-data" data-testid="data-notice">
          Reported figures could not be shown: {reported.error.message}. The charts show the model without them.
        </p>
      )}
      {baselineName !== null && (
        <p className="notice notice-baseline">Grey lines: baseline “{baselineName}”, pinned for comparison.</p>
      )}
    </div>
  );
}
