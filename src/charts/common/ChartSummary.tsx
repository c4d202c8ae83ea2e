import type { ReactNode } from 'react';

/**
 * A chart's text summary, read as its picture's accessible description (the picture's
 * `aria-describedby` names this id). It is `hidden`: a node that aria-describedby names gives
 * its text even when hidden, and a hidden node's text can change with every result without
 * laying anything out. As a visually hidden box it made each result lay out the whole page
 * (~0.6 ms a result).
 */
export function ChartSummary({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} hidden>
      {children}
    </p>
  );
}
