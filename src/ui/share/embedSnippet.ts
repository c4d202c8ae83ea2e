import type { ChartId } from '../../charts/specs';

/** The embed page's address for one chart of the scenario in `link` (the dashboard's full link). */
export function embedUrl(link: string, chart: ChartId): string {
  const url = new URL(link);
  const query = url.search.replace(/^\?/, '');
  const base = url.pathname.replace(/[^/]*$/, '');
  return `${url.origin}${base}embed.html?chart=${chart}${query ? `&${query}` : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` an article pastes. */
export function iframeSnippet(link: string, chart: ChartId, title: string): string {
  return `<iframe src="${attr(embedUrl(link, chart))}" title="${attr(title)}" width="100%" height="440" style="border:0" loading="lazy"></iframe>`;
}

/** The citation line lives with the link's citation key (one definition): src/url/cite.ts. */
export { citation } from '../../url/cite';
