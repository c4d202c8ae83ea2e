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

/** A citation: the chart's finding, the scenario's name and link, the model version, the date. */
export function citation(o: {
  title: string;
  scenarioName: string;
  link: string;
  engineVersion: number;
  date: string;
}): string {
  return `“${o.title}”, scenario “${o.scenarioName}”. Decoupling Dashboard, model version ${o.engineVersion}. ${o.link} (accessed ${o.date}).`;
}
