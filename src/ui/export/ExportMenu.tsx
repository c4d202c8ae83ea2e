import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../store';

const ExportPopover = lazy(() => import('../present/briefingUi').then((m) => ({ default: m.ExportPopover })));

/**
 * Header "Export ▾": each chart as PNG (2×, with a QR code of the link) or SVG; the monthly
 * series and annual ledger as CSV, everything as JSON; the print handout; compare scenarios.
 * A disclosure of plain buttons, loaded on first open; Esc or a click outside closes it.
 */
export function ExportMenu({ className = 'tool' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const hasResult = useAppStore((s) => s.result !== null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') { setOpen(false); button.current?.focus(); }
    };
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  return (
    <div className="export-menu" ref={root} style={{ position: 'relative', display: 'inline-block' }}>
      <button ref={button} type="button" className={className} aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportPopover id={id} hasResult={hasResult} onDone={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
