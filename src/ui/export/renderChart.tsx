import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Draws a chart picture off screen, in the page (so the page's CSS styles it and its computed
 * styles can be inlined), hands its SVG to `read`, then removes it.
 */
export async function withRenderedSvg<T>(
  picture: ReactElement,
  read: (svg: SVGSVGElement) => Promise<T> | T,
): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;pointer-events:none;';
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(picture));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the chart could not be drawn');
    return await read(svg);
  } finally {
    root.unmount();
    host.remove();
  }
}
