import { Fragment, useMemo } from 'react';
import { fillNotes, NOTE_PLACEHOLDERS, noteFigures } from '../../deck/notes';
import { resultForLink } from '../../deck/results';

/** The placeholder names, for the editor's hint: "{insolvencyMonth}, {runwayMonths}, …". */
export const PLACEHOLDER_HINT = Object.keys(NOTE_PLACEHOLDERS)
  .map((n) => `{${n}}`)
  .join(', ');

/**
 * A slide's notes with their placeholders filled from the slide's scenario. An unknown name is
 * shown as typed, marked, with a title (and words for a screen reader) saying it is unknown.
 */
export function FilledNotes({ notes, link }: { notes: string; link: string }) {
  const pieces = useMemo(() => fillNotes(notes, noteFigures(resultForLink(link))), [notes, link]);
  return (
    <>
      {pieces.map((p, i) =>
        p.kind === 'text' ? (
          <Fragment key={i}>{p.text}</Fragment>
        ) : p.kind === 'value' ? (
          <span key={i} className="note-value" data-placeholder={p.name}>
            {p.text}
          </span>
        ) : (
          <mark key={i} className="note-unknown" title={`Unknown placeholder ${p.text}: it is shown as typed`}>
            {p.text}
            <span className="sr-only"> (unknown placeholder)</span>
          </mark>
        ),
      )}
    </>
  );
}
