import { ChartSvg } from '../../charts/common/ChartSvg';
import { CHART_SPECS, type ChartId } from '../../charts/specs';
import { compareLayout, SLOT_STYLE, type CompareSeries } from '../../charts/compare/compareLayout';
import type { ScenarioResult } from '../../engine/types';

/** A compare slide's chart: the scenarios' series overlaid as the Compare panel draws them, scaled up. */
export function CompareSlideChart({
  chart,
  scenarios,
  minFontPx,
}: {
  chart: ChartId;
  scenarios: { name: string; result: ScenarioResult }[];
  minFontPx: number;
}) {
  const series: CompareSeries[] = scenarios.map((s, i) => ({ name: s.name, result: s.result, ...SLOT_STYLE[i] }));
  const spec = CHART_SPECS[chart];
  const layout = compareLayout(spec, series, 560, 280);
  const metric = spec.compare;
  const style = { '--slide-font': `${Math.max(11, minFontPx / 1.8).toFixed(2)}px` } as React.CSSProperties;
  return (
    <div className="slide-chart-box">
      <svg
        className="chart-svg slide-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="img"
        style={style}
        data-chart={chart}
        aria-label={`${metric.label}: ${series.map((s) => `${s.name} ends at ${metric.format(metric.values(s.result)[s.result.months - 1])}`).join('; ')}`}
      >
        <ChartSvg layout={layout} />
      </svg>
    </div>
  );
}
