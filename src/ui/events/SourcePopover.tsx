import { useEffect, useId, useRef } from 'react';
import { useProse } from '../../data/useNote';
import { sourceOf, type TableRow } from './eventRows';

const GAP_PX = 4;
const MARGIN_PX = 8;

/** Puts an open popover under its button, inside the viewport (the top layer ignores the table's layout). */
function placeBelow(pop: HTMLElement, button: HTMLElement): void {
  const b = button.getBoundingClientRect();
  const width = pop.offsetWidth;
  const height = pop.offsetHeight;
  const left = Math.max(MARGIN_PX, Math.min(b.right - width, window.innerWidth - width - MARGIN_PX));
  const below = b.bottom + GAP_PX;
  const top = below + height > window.innerHeight - MARGIN_PX ? Math.max(MARGIN_PX, b.top - GAP_PX - height) : below;
  pop.style.left = `${Math.round(left)}px`;
  pop.style.top = `${Math.round(top)}px`;
}

/**
 * "source" beside a row: a native popover (Esc and a click outside close it; the browser
 * returns focus to the button) with the source's title, publisher, date and link, the
 * confidence, the condition of a conditional row and the note.
 */
export function SourcePopover({ row }: { row: TableRow }) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const given = sourceOf(row);
  const { source, confidence } = given;
  // Added rows carry their note on the lever; a record row's prose is read from data/events.json when the build left it out.
  const { note, condition } = useProse(
    'events',
    row.record ? row.id : '',
    row.record ? { note: given.note, condition: given.condition } : { note: given.note ?? '' },
  );

  useEffect(() => {
    const pop = popRef.current;
    if (!pop) return;
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'open' && buttonRef.current) placeBelow(pop, buttonRef.current);
    };
    pop.addEventListener('toggle', onToggle);
    return () => pop.removeEventListener('toggle', onToggle);
  }, []);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="events-link-button"
        popoverTarget={id}
        aria-label={`source of ${row.name}`}
        data-action="source"
      >
        source
      </button>
      <div
        ref={popRef}
        id={id}
        popover="auto"
        className="events-popover"
        role="dialog"
        aria-label={`${row.name}: source`}
      >
        <p className="popover-source">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.title}
            </a>
          ) : (
            source.title
          )}
        </p>
        <p className="popover-meta">
          {source.publisher} · as of {source.date}
        </p>
        <p className="popover-meta">
          Confidence: <strong className={`confidence confidence-${confidence}`}>{confidence}</strong>
        </p>
        {condition && <p className="popover-meta">Condition: {condition}</p>}
        {note && <p className="popover-note">{note}</p>}
        <button type="button" className="tool events-popover-close" popoverTarget={id} popoverTargetAction="hide">
          Close
        </button>
      </div>
    </>
  );
}
