import { ANY_CHART_IDS, isAnyChartId, type AnyChartId } from '../charts/specs';
import type { Params } from '../registry';
import { CURRENT_RECORD } from '../registry/records';
import { parseScenario, type ParsedScenario } from '../url/codec';

/** What embed.html was asked to show: one chart of one scenario, or why it cannot. */
export type EmbedRequest =
  | {
      ok: true;
      chart: AnyChartId;
      scenario: ParsedScenario;
      /** The same scenario in the dashboard. */ dashboardLink: string;
    }
  | { ok: false; message: string };

const CHOICES = ANY_CHART_IDS.join(', ');

/**
 * Reads `?chart=<id>&<scenario>`. Never throws: a missing or unknown chart, or a scenario value
 * the link codec refuses, gives a sentence to show instead of a chart that would mislead.
 * `dashboardPath` is where the dashboard lives (Vite's base). `defaults`: the defaults of the
 * record release the link names (`rec=`; none is 2026-11), as the dashboard reads it; today's when absent.
 */
export function parseEmbed(search: string, dashboardPath = '/', defaults?: Params): EmbedRequest {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const charts = query.getAll('chart');
  query.delete('chart');
  if (charts.length === 0)
    return { ok: false, message: `This embed names no chart: add chart= with one of ${CHOICES}.` };
  if (charts.length > 1)
    return {
      ok: false,
      message: `This embed names ${charts.length} charts; it shows one: keep a single chart= (${CHOICES}).`,
    };
  const chart = charts[0];
  if (!isAnyChartId(chart)) {
    return { ok: false, message: `There is no chart “${chart.slice(0, 40)}” to embed: use one of ${CHOICES}.` };
  }
  const rest = query.toString();
  const read = parseScenario(rest, undefined, { defaults });
  // a bare scenario is today's defaults, as a bare address of the dashboard is
  const scenario = rest === '' ? { ...read, record: CURRENT_RECORD } : read;
  if (scenario.problems.length > 0) {
    const list = scenario.problems.map((p) => `${p.key}=${p.given} (${p.reason})`).join('; ');
    return {
      ok: false,
      message: `This embed's link has values the dashboard refuses, so its chart is not shown: ${list}.`,
    };
  }
  return {
    ok: true,
    chart,
    scenario,
    dashboardLink: `${dashboardPath}${rest ? `?${rest}` : ''}`,
  };
}
