import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '../../store/urlSync';
import { copyText } from './clipboard';
import './share.css';

export interface CopyLinkButtonProps {
  /** The link to copy; defaults to the scenario on screen (shareUrl from the URL sync). */
  getLink?: () => string;
  label?: string;
  /** Class of the button itself (the page's toolbar class); defaults to share-button. */
  className?: string;
  /** How long "Link copied" stays, ms. */
  confirmMs?: number;
  /** What the status says once copied ("Link copied"), and what the manual field is called. */
  copiedText?: string;
  manualLabel?: string;
  /** The button's accessible name when its visible label is short. */
  ariaLabel?: string;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; link: string };

/** Copies the scenario's link; says so in a polite live region, or shows the link to copy by hand. */
export function CopyLinkButton({
  getLink = shareUrl,
  label = 'Copy link',
  className,
  confirmMs = 2500,
  copiedText = 'Link copied',
  manualLabel = 'Link to this scenario',
  ariaLabel,
}: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const manual = useRef<HTMLInputElement>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useEffect(() => {
    if (status.kind === 'failed') manual.current?.select();
  }, [status]);

  const onClick = async () => {
    const link = getLink();
    const ok = await copyText(link);
    if (timer.current) clearTimeout(timer.current);
    if (!ok) {
      setStatus({ kind: 'failed', link });
      return;
    }
    setStatus({ kind: 'copied' });
    timer.current = setTimeout(() => setStatus({ kind: 'idle' }), confirmMs);
  };

  return (
    <span className="share-copy">
      <button type="button" className={className ?? 'share-button'} onClick={onClick} aria-label={ariaLabel}>
        {label}
      </button>
      <span className="share-status" role="status" aria-live="polite">
        {status.kind === 'copied'
          ? copiedText
          : status.kind === 'failed'
            ? 'Could not copy; the text is selected below'
            : ''}
      </span>
      {status.kind === 'failed' && (
        <label className="share-manual">
          <span className="share-visually-hidden">{manualLabel}</span>
          <input ref={manual} type="text" readOnly value={status.link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
