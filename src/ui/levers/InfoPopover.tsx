import { memo } from 'react';
import type { Lever } from '../../registry';
import { formatMonth } from '../../registry/month';
import { usePopover } from '../common/usePopover';
import { useProse, type NoteFile } from '../../data/useNote';

function rangeText(lever: Lever): string {
  const f = (v: number) => (lever.kind === 'month' ? formatMonth(v) : `${v}`);
  const slider = `Slider ${f(lever.min)}–${f(lever.max)} ${lever.kind === 'month' ? '' : lever.unit}`.trim();
  if (!lever.range) return slider;
  return `${slider}; uncertainty ${f(lever.range.low)}–${f(lever.range.high)} (${lever.range.dist})`;
}

/** Where a lever's prose lives: its own file for data/levers.json, its row's for a generation or an event field. */
function noteSource(lever: Lever): { file: NoteFile; id: string } {
  if (lever.group === 'events') return { file: 'events', id: lever.id.split('.')[0] };
  if (lever.group === 'hardware') return { file: 'generations', id: lever.id.split('.')[0] };
  return { file: 'levers', id: lever.id };
}

function LeverNote({ lever }: { lever: Lever }) {
  const { file, id } = noteSource(lever);
  const { note, error } = useProse(file, id, { note: lever.note });
  if (error) return <p className="popover-note">The note could not be loaded ({error}).</p>;
  return note ? <p className="popover-note">{note}</p> : null;
}

/** The ⓘ beside a lever: where its default comes from, when, how sure, and its range. A native popover: Esc or a click outside closes it. */
export const InfoPopover = memo(function InfoPopover({ lever }: { lever: Lever }) {
  const { open, buttonProps, popoverProps } = usePopover();
  const s = lever.source;
  return (
    <>
      <button
        type="button"
        className="icon-button info-button"
        {...buttonProps}
        aria-label={`About ${lever.label}: source and confidence`}
      >
        <span className="info-mark" aria-hidden="true">
          i
        </span>
      </button>
      <div {...popoverProps} className="popover anchored" role="dialog" aria-label={`${lever.label}: source`}>
        {open && (
          <>
            <p className="popover-source">
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </p>
            <p className="popover-meta">
              {s.publisher} · as of {s.date}
            </p>
            <p className="popover-meta">
              Confidence: <strong className={`confidence confidence-${lever.confidence}`}>{lever.confidence}</strong>
            </p>
            <LeverNote lever={lever} />
            <p className="popover-meta">{rangeText(lever)}</p>
          </>
        )}
      </div>
    </>
  );
});
