import { useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { ScenarioResult } from '../../engine/types';
import type { Reported } from '../reported';
import { ChartSvg } from './ChartSvg';
import { sameReads } from './reads';
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

interface Kept {
  layout: ChartLayout;
  /** Everything the layout was drawn from besides the result, compared by reference. */
  inputs: readonly unknown[];
  result: ScenarioResult;
}

function draw(spec: ChartSpec, input: SpecLayoutInput, inputs: readonly unknown[]): Kept {
  const { result, baseline = null, reported = null, byGeneration = false, reference, yDomains, width, height } = input;
  const layout = spec.layout({ result, baseline, reported, byGeneration, reference, yDomains, width, height });
  return { layout, inputs, result };
}

/**
 * A spec's layout for one result and size. When a new result holds what the spec reads as it
 * was (a lever that moves other charts only), the previous layout object is kept without
 * drawing it again, so the memoised SVG below skips the chart: no layout work, no React work
 * and no DOM change for it. `drawn` is a layout of this result drawn elsewhere (beside the
 * result, in the runner's worker, for this view): used when it is for this size, instead of
 * drawing on the page's thread.
 */
export function useSpecLayout(spec: ChartSpec, input: SpecLayoutInput, drawn?: ChartLayout): ChartLayout {
  const { result, baseline = null, reported = null, byGeneration = false, reference, yDomains, width, height } = input;
  const inputs = [spec, baseline, reported, byGeneration, reference, yDomains, width, height];
  const [kept, setKept] = useState(() => draw(spec, input, inputs));
  const fresh = kept.inputs.every((v, i) => v === inputs[i]) && sameReads(spec.reads, kept.result, result);
  if (!fresh) {
    // adjusting state while rendering (not in an effect): React re-renders this component at once
    const fits = drawn && drawn.width === width && drawn.height === height && !yDomains;
    const next = fits ? { layout: drawn, inputs, result } : draw(spec, input, inputs);
    setKept(next);
    return next.layout;
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
  /**
   * Drawn as three stacked SVGs (see ChartPart), for a picture redrawn on every lever step (the
   * dashboard's cards): the named, described SVG is the top one, with the now line, the rules and
   * the children; the two beneath are hidden from assistive technology and let the pointer through.
   */
  layered?: boolean;
}

/**
 * A chart spec's marks as SVG: the dashboard card (layered), the slide, the handout, the embed
 * and the exported picture (drawn off screen, in one SVG) all draw through this.
 */
export function ChartPicture({
  layout,
  className = 'chart-svg',
  width = layout.width,
  height = layout.height,
  viewBox = `0 0 ${layout.width} ${layout.height}`,
  svgRef,
  layered = false,
  children,
  ...rest
}: ChartPictureProps) {
  const size = { width, height: height ?? undefined, viewBox };
  if (!layered)
    return (
      <svg ref={svgRef} className={className} {...size} {...rest}>
        <ChartSvg layout={layout} />
        {children}
      </svg>
    );
  return (
    <>
      <svg className="chart-layer" {...size} aria-hidden="true">
        <ChartSvg layout={layout} part="under" />
      </svg>
      <svg className="chart-layer" {...size} aria-hidden="true">
        <ChartSvg layout={layout} part="marks" />
      </svg>
      <svg ref={svgRef} className={`${className} chart-layer-top`} {...size} {...rest}>
        <ChartSvg layout={layout} part="over" />
        {children}
      </svg>
    </>
  );
}
