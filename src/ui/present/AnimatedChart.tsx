import { easeCubicInOut, select } from 'd3';
import 'd3-transition';
import { useLayoutEffect, useRef, useState } from 'react';
import { ChartPicture, useSpecLayout } from '../../charts/common/ChartPicture';
import { useBoxSize } from '../../charts/common/useWidth';
import type { Reported } from '../../charts/reported';
import type { ScenarioResult } from '../../engine/types';
import type { YDomains } from '../../charts/common/layoutTypes';
import type { ChartId } from '../../charts/specs';
import { CHART_SPECS } from '../../charts/specs';
import { mixResults } from './interpolate';

export const TRANSITION_MS = 400;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The result drawn now: follows `target`, tweening every series over TRANSITION_MS with a d3
 * transition (interrupted and restarted from wherever it is when the target changes again).
 * No tween under prefers-reduced-motion.
 */
function useTweenedResult(target: ScenarioResult, node: React.RefObject<Element | null>): ScenarioResult {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  // Before the paint: under reduced motion the new slide's chart shows with its title, not a frame later.
  useLayoutEffect(() => {
    const from = shownRef.current;
    if (from === target) return;
    const el = node.current;
    if (!el || prefersReducedMotion() || from.months !== target.months) {
      shownRef.current = target;
      setShown(target);
      return;
    }
    const sel = select(el);
    sel
      .transition('scenario')
      .duration(TRANSITION_MS)
      .ease(easeCubicInOut)
      .tween('scenario', () => (t: number) => {
        const r = mixResults(from, target, t);
        shownRef.current = r;
        setShown(r);
      });
    return () => {
      sel.interrupt('scenario');
    };
  }, [target, node]);
  return shown;
}

export interface AnimatedChartProps {
  chart: ChartId;
  result: ScenarioResult;
  reported?: Reported | null;
  /** Smallest type on screen, px: 24 on a projector, 11 in a preview. */
  minFontPx: number;
  /** Thinnest data line on screen, px. */
  minLinePx: number;
  /** A baseline drawn as a grey ghost. */
  baseline?: ScenarioResult | null;
  /** The deck's shared y domains for this chart. */
  yDomains?: YDomains;
}

/**
 * One chart drawn from the dashboard's pure layout at a smaller "virtual" size and scaled up
 * with viewBox, so the layout's margins hold the labels while type and lines come out large.
 */
export function AnimatedChart({
  chart,
  result,
  reported,
  minFontPx,
  minLinePx,
  baseline,
  yDomains,
}: AnimatedChartProps) {
  const [boxRef, box] = useBoxSize<HTMLDivElement>({ width: 960, height: 480 });
  const svgRef = useRef<SVGSVGElement>(null);
  const shown = useTweenedResult(result, svgRef);
  // Draw at ≥ 400 virtual px wide, scaled up at most 2.2×: on a full-width slide 11 px labels become 24 px.
  const scale = Math.max(1, Math.min(box.width / 400, 2.2));
  // The layouts hang end labels ("Cash −$36.6B") past their right margin: keep room for them.
  const overhang = 40;
  const vw = Math.round(box.width / scale) - overhang;
  const vh = Math.max(160, Math.round(box.height / scale));
  const spec = CHART_SPECS[chart];
  const layout = useSpecLayout(spec, {
    result: shown,
    reported: spec.reported ? reported : null,
    baseline,
    yDomains,
    width: vw,
    height: vh,
  });
  const style = {
    '--slide-font': `${Math.max(11, minFontPx / scale).toFixed(2)}px`,
    '--slide-line': `${Math.max(1.5, minLinePx / scale).toFixed(2)}px`,
  } as React.CSSProperties;
  return (
    <div ref={boxRef} className="slide-chart-box">
      <ChartPicture
        layout={layout}
        svgRef={svgRef}
        className="chart-svg slide-svg"
        viewBox={`0 0 ${vw + overhang} ${vh}`}
        width={box.width}
        height={Math.round(vh * scale)}
        role="img"
        aria-label={`${spec.name}: ${spec.title(result)}`}
        style={style}
        data-chart={chart}
      />
    </div>
  );
}
