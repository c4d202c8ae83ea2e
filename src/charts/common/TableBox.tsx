import { useId, type ReactNode } from 'react';

/**
 * A table view's box: its caption as a line wrapped to the card, then the table in a scroll box
 * (focusable, so a keyboard can scroll it) with a shadow at an edge that has more beyond it. A
 * `<caption>` inside a table wider than the card was cut at the card's edge. `children` gets the
 * caption's id, for the table's aria-labelledby.
 */
export function TableBox({ caption, children }: { caption: string; children: (captionId: string) => ReactNode }) {
  const captionId = useId();
  return (
    <div className="chart-table-box">
      <p className="chart-table-caption" id={captionId}>
        {caption}
      </p>
      <div className="chart-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
        {children(captionId)}
      </div>
    </div>
  );
}
