import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';
import { usePopover } from '../common/usePopover';

const ExportPopover = lazy(() => import('../present/briefingUi').then((m) => ({ default: m.ExportPopover })));

/**
 * Header "Export ▾": each chart as PNG (2×, with a QR code of the link) or SVG; the monthly
 * series and annual ledger as CSV, everything as JSON; the print handout; compare scenarios.
 * A native popover of plain buttons, loaded on first open; Esc or a click outside closes it.
 */
export function ExportMenu({ className = 'tool' }: { className?: string }) {
  const hasResult = useAppStore((s) => s.result !== null);
  const { open, close, buttonProps, popoverProps } = usePopover();
  return (
    <div className="export-menu">
      <button type="button" className={className} {...buttonProps}>
        Export ▾
      </button>
      <div {...popoverProps} className="popover-host anchored">
        {open && (
          <Suspense fallback={null}>
            <ExportPopover id={`${popoverProps.id}-menu`} hasResult={hasResult} onDone={close} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
