import { useMemo } from 'react';
import { useAttribution, type AttributionState } from '../attribution/useAttribution';
import { waterfallLayout, waterfallMarks } from '../../charts/attribution/waterfallLayout';
import { ChartPicture } from '../../charts/common/ChartPicture';
import { waterfallSummary } from '../../charts/attribution/words';
import { useBoxSize } from '../../charts/common/useWidth';
import type { Attribution } from '../../engine/attribution';
import type { Slide } from '../../deck/model';
import { defaultParams } from '../../registry';
import { readSlideLink } from '../../deck/records';
import { baselineName } from '../../deck/scale';
import '../../charts/attribution/attribution.css';

const DEFAULTS = defaultParams();

/** What a slide's waterfall is measured against, in words. */
export function waterfallAgainst(slide: Pick<Slide, 'baseline'>): string {
  return slide.baseline ? `“${baselineName(slide.baseline)}”` : 'the sourced defaults';
}

/**
 * "What moved it" for a slide: its scenario against its baseline (or the sourced defaults),
 * split in the attribution worker. Asks nothing while `on` is false (the slide does not show it).
 */
export function useSlideWaterfall(slide: Slide, on: boolean): AttributionState {
  const reference = useMemo(() => (slide.baseline ? readSlideLink(slide.baseline).params : DEFAULTS), [slide.baseline]);
  const scenario = useMemo(() => readSlideLink(slide.link).params, [slide.link]);
  return useAttribution(reference, scenario, slide.waterfallOutput ?? 'minCash', on);
}

/** Virtual pixels between a row's label and the next row, beside the label itself. */
const ROW_GAP = 12;
const AXIS_AND_PAD = 28;
/** The slide's box clips: room right of the plot for the last tick's label ("$200", "14 mo"). */
const OVERHANG = 24;

/**
 * The dashboard's waterfall layout drawn at a smaller virtual size and scaled up to the slide's
 * box, as AnimatedChart does: the type comes out at `minFontPx`, every row fits the box.
 */
export function WaterfallSlideChart({ attribution: a, minFontPx }: { attribution: Attribution; minFontPx: number }) {
  const [boxRef, box] = useBoxSize<HTMLDivElement>({ width: 960, height: 480 });
  const rows = a.parts.length + 1;
  // Labels are long ("Next funding round +$200B"): draw at ≥ 560 virtual px wide, scaled up
  // at most 2.2×, and less when the rows at minFontPx would not fit the height.
  const fitsRows = (box.height - rows * minFontPx) / (AXIS_AND_PAD + rows * ROW_GAP);
  const scale = Math.max(1, Math.min(box.width / 560, 2.2, fitsRows));
  const fontPx = Math.max(11, minFontPx / scale);
  const vw = Math.round(box.width / scale) - OVERHANG;
  const vh = Math.max(120, Math.round(box.height / scale));
  const rowPx = Math.max(fontPx + ROW_GAP, Math.min(fontPx * 4.5, (vh - AXIS_AND_PAD) / rows));
  const layout = useMemo(() => waterfallLayout({ attribution: a, width: vw, rowPx, fontPx }), [a, vw, rowPx, fontPx]);
  const style = { '--slide-font': `${fontPx.toFixed(2)}px` } as React.CSSProperties;
  return (
    <div ref={boxRef} className="slide-chart-box">
      <ChartPicture
        layout={waterfallMarks(layout)}
        viewBox={`0 0 ${layout.width + OVERHANG} ${layout.height}`}
        className="chart-svg waterfall slide-svg"
        width={box.width}
        height={Math.round((layout.height * box.width) / (layout.width + OVERHANG))}
        role="img"
        style={style}
        aria-label={waterfallSummary(a)}
        data-chart="attribution"
      />
    </div>
  );
}
