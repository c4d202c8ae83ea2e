import { useEffect, useId, useRef, useState } from 'react';
import type { Lever } from '../../registry';
import { formatMonth } from '../../registry/month';

function rangeText(lever: Lever): string {
  const f = (v: number) => (lever.kind === 'month' ? formatMonth(v) : `${v}`);
  const slider = `Slider ${f(lever.min)}–${f(lever.max)} ${lever.kind === 'month' ? '' : lever.unit}`.trim();
  if (!lever.range) return slider;
  return `${slider}; uncertainty ${f(lever.range.low)}–${f(lever.range.high)} (${lever.range.dist})`;
}

/** The ⓘ beside a lever: where its default comes from, when, how sure, and its range. Esc closes. */
export function InfoPopover({ lever }: { lever: Lever }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!boxRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const s = lever.source;
  return (
    <>
      <button ref={buttonRef} type="button" className="icon-button info-button" aria-expanded={open} aria-controls={id}
        aria-label={`About ${lever.label}: source and confidence`} onClick={() => setOpen((o) => !o)}>
        <span className="info-mark" aria-hidden="true">i</span>
      </button>
      {open && (
        <div ref={boxRef} id={id} className="popover" role="dialog" aria-label={`${lever.label}: source`}>
          <p className="popover-source">
            {s.url ? <a href={s.url} target="_blank" rel="noreferrer noopener">{s.title}</a> : s.title}
          </p>
          <p className="popover-meta">{s.publisher} · {s.date}</p>
          <p className="popover-meta">
            Confidence: <strong className={`confidence confidence-${lever.confidence}`}>{lever.confidence}</strong>
          </p>
          {lever.note && <p className="popover-note">{lever.note}</p>}
          <p className="popover-meta">{rangeText(lever)}</p>
        </div>
      )}
    </>
  );
}
