import type { Reported } from '../../charts/reported';
import { isTimeChart, type Slide, type SlideChartId } from '../../deck/model';
import { AnimatedChart } from './AnimatedChart';
import { CHART_SPECS } from '../../charts/specs';
import { CompareSlideChart } from './CompareSlideChart';
import { baselineName, slideResults, type DeckDomains } from '../../deck/scale';
import { reportForLink, resultForLink } from '../../deck/results';
import { isRowChartId } from '../../charts/specs';
import { counterpartiesSpec } from '../../charts/counterparties/spec';
import { CounterpartiesSlideChart } from '../../charts/counterparties/CounterpartiesSlideChart';
import { WATERFALL_SOURCE, waterfallSubtitle, waterfallTitle } from '../../charts/attribution/words';
import { useSlideWaterfall, waterfallAgainst, WaterfallSlideChart } from './WaterfallSlideChart';

const WATERFALL_NAME = 'What moved it';

export interface SlideViewProps {
  slide: Slide;
  index: number;
  total: number;
  reported?: Reported | null;
  /** Projector: 24 px type, 3 px lines. A preview passes smaller figures. */
  minFontPx?: number;
  minLinePx?: number;
  headingLevel?: 'h1' | 'h2';
  /** In the show, one chart of a several-chart slide at a time: which one. Absent: all of them. */
  chartStep?: number;
  /** The deck's shared y domains per chart (deckDomains); absent: each chart fits its slide. */
  domains?: DeckDomains;
}

/**
 * One slide: the finding as the title and the scenario's name above it, the chart(s), and at
 * the foot the source line and the slide number. A slide with a baseline draws it as a grey
 * ghost and says the difference in the title; a compare slide overlays its scenarios.
 * Charts are keyed by position, so moving to a slide with the same chart in the same place
 * animates it to the new scenario.
 */
export function SlideView({
  slide,
  index,
  total,
  reported,
  minFontPx = 24,
  minLinePx = 3.5,
  headingLevel = 'h1',
  chartStep,
  domains,
}: SlideViewProps) {
  const { result, baseline } = slideResults(slide);
  const baseName = slide.baseline ? baselineName(slide.baseline) : '';
  const all = slide.charts;
  const specs: SlideChartId[] = chartStep === undefined ? all : [all[chartStep] ?? all[0]];
  const single = specs.length === 1;
  const waterfall = useSlideWaterfall(slide, specs.includes('attribution'));
  const wf = waterfall.attribution;
  const compared = slide.compare?.length
    ? [
        { name: slide.title || 'Scenario', result },
        ...slide.compare.map((c) => ({ name: c.title || 'Scenario', result: resultForLink(c.link) })),
      ]
    : null;
  // "Who holds the risk": the slide's report, from its link (a compare slide shows its own scenario's)
  const report = specs.some(isRowChartId) ? reportForLink(slide.link) : null;
  const titleOf = (chart: SlideChartId) => {
    if (isRowChartId(chart)) return counterpartiesSpec.title(report!);
    if (!isTimeChart(chart)) return wf ? `${WATERFALL_NAME}: ${waterfallTitle(wf)}` : WATERFALL_NAME;
    const spec = CHART_SPECS[chart];
    if (compared) return `${spec.compare.label}: ${compared.map((c) => c.name).join(' vs ')}`;
    const finding = spec.title(result);
    return baseline ? `${finding} (${spec.difference(result.summary, baseline.summary, baseName)})` : finding;
  };
  const H = headingLevel;
  const sourceOf = (c: SlideChartId) =>
    isTimeChart(c) ? CHART_SPECS[c].source : isRowChartId(c) ? counterpartiesSpec.source : WATERFALL_SOURCE;
  const sources = [...new Set(specs.map(sourceOf))].join(' · ');
  const against = waterfallAgainst(slide);
  return (
    <article
      className="slide"
      data-slide-index={index}
      aria-roledescription="slide"
      aria-label={`Slide ${index + 1} of ${total}: ${slide.title}`}
    >
      <header className="slide-head">
        <p className="slide-kicker">
          {slide.title || 'Untitled scenario'}
          {baseline && <span className="slide-vs"> · grey: “{baseName}”</span>}
        </p>
        <H className="slide-title">{single ? titleOf(specs[0]) : specs.map(titleOf).join(' · ')}</H>
      </header>
      <div className={`slide-charts slide-charts-${specs.length}`}>
        {specs.map((chart, i) =>
          isRowChartId(chart) ? (
            <figure key={`${i}-${chart}`} className="slide-figure">
              <figcaption className="slide-units">
                {counterpartiesSpec.name} — {counterpartiesSpec.subtitle()}
              </figcaption>
              <CounterpartiesSlideChart report={report!} minFontPx={minFontPx} />
            </figure>
          ) : isTimeChart(chart) ? (
            <figure key={`${i}-${chart}`} className="slide-figure">
              <figcaption className="slide-units">
                {CHART_SPECS[chart].name} — {compared ? CHART_SPECS[chart].compare.unit : CHART_SPECS[chart].subtitle()}
              </figcaption>
              {compared ? (
                <CompareSlideChart chart={chart} scenarios={compared} minFontPx={minFontPx} />
              ) : (
                <AnimatedChart
                  chart={chart}
                  result={result}
                  reported={reported}
                  minFontPx={minFontPx}
                  minLinePx={minLinePx}
                  baseline={baseline}
                  yDomains={domains?.[chart]}
                />
              )}
            </figure>
          ) : (
            <figure key={`${i}-${chart}`} className="slide-figure" aria-busy={waterfall.pending}>
              <figcaption className="slide-units">
                {WATERFALL_NAME} — {wf ? waterfallSubtitle(wf, against) : `splitting the change against ${against}…`}
              </figcaption>
              {wf ? (
                <WaterfallSlideChart attribution={wf} minFontPx={minFontPx} />
              ) : (
                <p className="slide-chart-box slide-status">
                  {waterfall.error ? `The attribution could not be calculated: ${waterfall.error}` : 'Calculating…'}
                </p>
              )}
              {wf && <p className="slide-method">Method: {wf.method}</p>}
            </figure>
          ),
        )}
      </div>
      <footer className="slide-foot">
        <span className="slide-source">
          Source: {sources}. Scenario: {slide.title || 'untitled'}
          {baseline ? `; baseline: ${baseName}` : ''}.
        </span>
        <span className="slide-count">
          {chartStep !== undefined && all.length > 1 && (
            <span className="slide-step">
              chart {chartStep + 1} of {all.length} ·{' '}
            </span>
          )}
          <span className="slide-number" aria-label={`Slide ${index + 1} of ${total}`}>
            {index + 1} / {total}
          </span>
        </span>
      </footer>
    </article>
  );
}
