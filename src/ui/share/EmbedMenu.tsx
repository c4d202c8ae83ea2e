import { lazy, Suspense } from 'react';
import { usePopover } from '../common/usePopover';

const EmbedPanel = lazy(() => import('./EmbedPanel').then((m) => ({ default: m.EmbedPanel })));

/**
 * Header "Embed ▾": the `<iframe>` snippet for one chart of the scenario on screen, a citation
 * line (the chart's finding, the scenario link with its cited headline, the record and engine,
 * today's date) and the same as one sentence.
 */
export function EmbedMenu({ className = 'tool' }: { className?: string }) {
  const { open, buttonProps, popoverProps } = usePopover();
  return (
    <div className="embed-menu">
      <button type="button" className={className} {...buttonProps}>
        Embed ▾
      </button>
      <div {...popoverProps} className="popover-host anchored">
        {open && (
          <Suspense fallback={<p className="embed-popover">Loading…</p>}>
            <EmbedPanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
