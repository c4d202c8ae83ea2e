import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { CounterpartyReport } from '../../engine/counterparties';

/**
 * "Who holds the risk": what the chart draws, from the engine's counterparty report (no words
 * or numbers of its own). Pure, so the card, the slide, the export and the tests share it.
 */

/** One row of the chart and of its table: money each way over the horizon, and the exposure. */
export interface CounterpartyRow {
  id: string;
  name: string;
  roles: string;
  /** Invested in or paid to OpenAI, $B (equity, reverse share, backstop). */
  inUsdB: number;
  /** Paid by OpenAI, $B (contracts, rent, revenue share, purchases). */
  outUsdB: number;
  exposureUsdB: number;
  stakePct: number | null;
}

export function counterpartyRows(report: CounterpartyReport): CounterpartyRow[] {
  return report.counterparties.map((c) => ({
    id: c.id,
    name: c.name,
    roles: c.roles.join(', '),
    inUsdB: c.paidToOpenAiUsdB,
    outUsdB: c.paidByOpenAiUsdB,
    exposureUsdB: c.exposureUsdB,
    stakePct: c.stakePct,
  }));
}

export interface FlowNode {
  id: string;
  label: string;
  side: 'in' | 'openai' | 'out';
}
export interface FlowLink {
  source: string;
  target: string;
  value: number;
}
export interface FlowPath {
  d: string;
  width: number;
  source: string;
  target: string;
  value: number;
}
export interface FlowBox {
  id: string;
  label: string;
  side: FlowNode['side'];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
}

/**
 * The circular flows as a three-column flow diagram: who invests in OpenAI (left), OpenAI, whom
 * OpenAI pays (right). A counterparty on both sides (Amazon invests and is paid; Microsoft is paid
 * and pays the reverse share) appears twice, so the diagram has no cycle; the layout is d3-sankey's.
 */
export function flowGraph(report: CounterpartyReport): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes: FlowNode[] = [{ id: 'openai', label: 'OpenAI', side: 'openai' }];
  const links: FlowLink[] = [];
  for (const c of report.counterparties) {
    if (c.paidToOpenAiUsdB > 0) {
      nodes.push({ id: `in:${c.id}`, label: c.name, side: 'in' });
      links.push({ source: `in:${c.id}`, target: 'openai', value: c.paidToOpenAiUsdB });
    }
    if (c.paidByOpenAiUsdB > 0) {
      nodes.push({ id: `out:${c.id}`, label: c.name, side: 'out' });
      links.push({ source: 'openai', target: `out:${c.id}`, value: c.paidByOpenAiUsdB });
    }
  }
  return { nodes, links };
}

/** d3-sankey's layout of `flowGraph` in a width × height box: node boxes and link paths in pixels. */
export function flowLayout(
  graph: { nodes: FlowNode[]; links: FlowLink[] },
  width: number,
  height: number,
): { boxes: FlowBox[]; paths: FlowPath[] } {
  const layout = sankey<FlowNode, FlowLink>()
    .nodeId((n) => n.id)
    .nodeWidth(10)
    .nodePadding(6)
    .extent([
      [0, 0],
      [width, height],
    ]);
  const g = layout({
    nodes: graph.nodes.map((n) => ({ ...n })),
    links: graph.links.map((l) => ({ ...l })),
  } as SankeyGraph<FlowNode, FlowLink>);
  const path = sankeyLinkHorizontal<FlowNode, FlowLink>();
  return {
    boxes: g.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      side: n.side,
      x0: n.x0!,
      x1: n.x1!,
      y0: n.y0!,
      y1: n.y1!,
      value: n.value!,
    })),
    paths: g.links.map((l) => ({
      d: path(l) ?? '',
      width: l.width!,
      source: (l.source as FlowNode).id,
      target: (l.target as FlowNode).id,
      value: l.value,
    })),
  };
}
