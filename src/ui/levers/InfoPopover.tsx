import type { Lever } from '../../registry';
import { formatMonth } from '../../registry/month';
import { usePopover } from '../common/usePopover';

function rangeText(lever: Lever): string {
  const f = (v: number) => (lever.kind === 'month' ? formatMonth(v) : `${v}`);
  const slider = `Slider ${f(lever.min)}–${f(lever.max)} ${lever.kind === 'month' ? '' : lever.unit}`.trim();
  if (!lever.range) return slider;
  return `${slider}; uncertainty ${f(lever.range.low)}–${f(lever.range.high)} (${lever.range.dist})`;
}

/** The ⓘ beside a lever: where its default comes from, when, how sure, and its range. A native popover: Esc or a click outside closes it. */
export function InfoPopover({ lever }: { lever: Lever }) {
  const { open, buttonProps, popoverProps } = usePopover();
  const s = lever.source;
  return (
    <>
      <button type="button" className="icon-button info-button" {...buttonProps} aria-label={`About ${lever.label}: source and confidence`}>
        <span className="info-mark" aria-hidden="true">i</span>
      </button>
      <div {...popoverProps} className="popover anchored" role="dialog" aria-label={`${lever.label}: source`}>
        {open && (
          <>
            <p className="popover-source">
              {s.url ? <a href={s.url} target="_blank" rel="noreferrer noopener">{s.title}</a> : s.title}
            </p>
            <p className="popover-meta">{s.publisher} · {s.date}</p>
            <p className="popover-meta">
              Confidence: <strong className={`confidence confidence-${lever.confidence}`}>{lever.confidence}</strong>
            </p>
            {lever.note && <p className="popover-note">{lever.note}</p>}
            <p className="popover-meta">{rangeText(lever)}</p>
          </>
        )}
      </div>
    </>
  );
}
