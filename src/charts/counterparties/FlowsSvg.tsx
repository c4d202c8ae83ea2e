/** The circular flows of "Who holds the risk" as a d3-sankey diagram (the toggle's view). */
import { useMemo, type Ref } from 'react';
import type { CounterpartyReport } from '../../engine/counterpartyTypes';
import { fmtUsdB } from '../../format';
import { fitText, NAMES_BESIDE_PX } from './rowsLayout';
import { flowGraph, flowLayout } from './model';
import { color } from './paint';
import { IN_COLOR, OUT_COLOR } from './spec';

/** Roughly how wide a flow label (10.5px) is drawn, a character. */
const FLOW_CHAR_PX = 5.9;

/** The circular flows: who invests in or pays OpenAI (left), OpenAI, whom OpenAI pays (right); d3-sankey's layout. */
export function FlowsSvg({
  report,
  width,
  height,
  svgRef,
  aria,
}: {
  report: CounterpartyReport;
  width: number;
  height: number;
  svgRef?: Ref<SVGSVGElement>;
  aria: Record<string, string | undefined>;
}) {
  const graph = useMemo(() => flowGraph(report), [report]);
  // room for the longest label on each side ("SoftBank $62.5B"), at most a quarter of the width, or
  // a third on a phone, where a quarter cut every name but the shortest ("Micro… $179B" at 390 px)
  const share = width < NAMES_BESIDE_PX ? 0.34 : 0.25;
  const labelOf = (n: { label: string; id: string }) => {
    const link = graph.links.find((l) => l.source === n.id || l.target === n.id);
    return `${n.label} ${fmtUsdB(link?.value ?? 0, 'auto')}`;
  };
  const sideW = (side: 'in' | 'out') =>
    Math.min(
      Math.round(width * share),
      Math.max(30, ...graph.nodes.filter((n) => n.side === side).map((n) => labelOf(n).length * FLOW_CHAR_PX + 8)),
    );
  const nameOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const leftW = sideW('in');
  const rightW = sideW('out');
  const top = 16;
  const g = useMemo(
    () => flowLayout(graph, Math.max(60, width - leftW - rightW), Math.max(60, height - top)),
    [graph, width, height, leftW, rightW],
  );
  const label = (b: { label: string; side: string; value: number }) => {
    const value = ` ${fmtUsdB(b.value, 'auto')}`;
    const room = (b.side === 'in' ? leftW : rightW) - 8 - value.length * FLOW_CHAR_PX;
    return `${fitText(b.label, room, FLOW_CHAR_PX)}${value}`;
  };
  return (
    <svg
      ref={svgRef}
      className="chart-svg cp-flows"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      {...aria}
    >
      <g transform={`translate(${leftW},${top})`}>
        {g.paths.map((p) => (
          <path
            key={`${p.source}>${p.target}`}
            d={p.d}
            strokeWidth={Math.max(1, p.width)}
            stroke={color(p.target === 'openai' ? IN_COLOR : OUT_COLOR)}
            className="cp-link"
            fill="none"
          >
            <title>{`${nameOf(p.source)} → ${nameOf(p.target)}: ${fmtUsdB(p.value)}`}</title>
          </path>
        ))}
        {g.boxes.map((b) => (
          <g key={b.id}>
            <rect x={b.x0} y={b.y0} width={b.x1 - b.x0} height={Math.max(1, b.y1 - b.y0)} className="cp-node" />
            {b.side === 'openai' ? (
              <text x={(b.x0 + b.x1) / 2} y={b.y0 - 4} textAnchor="middle" className="cp-name">
                OpenAI
              </text>
            ) : (
              <text
                x={b.side === 'in' ? b.x0 - 4 : b.x1 + 4}
                y={(b.y0 + b.y1) / 2 + 4}
                textAnchor={b.side === 'in' ? 'end' : 'start'}
                className="cp-flow-label"
              >
                {label(b)}
                <title>{`${b.label}: ${fmtUsdB(b.value)}`}</title>
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}
