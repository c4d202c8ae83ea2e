import { useMemo, useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { ScenarioResult } from '../../engine/types';
import type { Reported } from '../reported';
import { ChartSvg } from './ChartSvg';
import type { ChartLayout, YDomains } from './layoutTypes';
import type { ChartOptions, ChartSpec } from './spec';

export interface SpecLayoutInput extends ChartOptions {
  result: ScenarioResult;
  baseline?: ScenarioResult | null;
  reported?: Reported | null;
  /** Y domains shared across a deck's slides (one scale per chart); absent: each fits itself. */
  yDomains?: YDomains;
  width: number;
  height: number;
}

/** Everything a layout draws, as text: two layouts with the same key draw the same picture. */
function layoutKey(l: ChartLayout): string {
  return `${l.x.domain()}|${l.x.range()}|${JSON.stringify(l)}`;
}

/**
 * A spec's layout for one result and size. When a new result leaves this chart's marks as they
 * were (a lever that moves other charts only), the previous layout object is kept, so the
 * memoised SVG below skips the chart: no React work and no DOM change for it.
 */
export function useSpecLayout(
  spec: ChartSpec,
  { result, baseline = null, reported = null, byGeneration = false, yDomains, width, height }: SpecLayoutInput,
): ChartLayout {
  const next = useMemo(
    () => spec.layout({ result, baseline, reported, byGeneration, yDomains, width, height }),
    [spec, result, baseline, reported, byGeneration, yDomains, width, height],
  );
  const key = useMemo(() => layoutKey(next), [next]);
  const [kept, setKept] = useState({ layout: next, key });
  if (kept.key !== key) {
    // adjusting state while rendering (not in an effect): React re-renders this component at once
    setKept({ layout: next, key });
    return next;
  }
  return kept.layout;
}

interface ChartPictureProps {
  layout: ChartLayout;
  className?: string;
  width?: number | string;
  /** null: no height attribute, so a width of 100% keeps the viewBox's aspect. */
  height?: number | null;
  viewBox?: string;
  /** Absent with aria-hidden where the card around it names the chart and offers the table. */
  role?: 'img' | 'group';
  'aria-hidden'?: boolean;
  style?: CSSProperties;
  svgRef?: Ref<SVGSVGElement>;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'data-chart'?: string;
  /** Interaction layers drawn over the marks (the card's crosshair). */
  children?: ReactNode;
}

/**
 * A chart spec's marks as one SVG: the dashboard card, the slide, the handout and (by cloning
 * the card's) the exported picture all draw through this.
 */
export function ChartPicture({
  layout,
  className = 'chart-svg',
  width = layout.width,
  height = layout.height,
  viewBox = `0 0 ${layout.width} ${layout.height}`,
  svgRef,
  children,
  ...rest
}: ChartPictureProps) {
  return (
    <svg ref={svgRef} className={className} width={width} height={height ?? undefined} viewBox={viewBox} {...rest}>
      <ChartSvg layout={layout} />
      {children}
    </svg>
  );
}
