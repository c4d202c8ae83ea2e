import type { Reported } from '../../charts/reported';
import type { Slide } from '../../export/deckTypes';
import { AnimatedChart } from './AnimatedChart';
import { CHART_SPECS } from '../../charts/specs';
import { resultForLink } from './slideResult';

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
}

/**
 * One slide: the finding as the title and the scenario's name above it, the chart(s), and at
 * the foot the source line and the slide number. Charts are keyed by position, so moving to a
 * slide with the same chart in the same place animates it to the new scenario.
 */
export function SlideView({ slide, index, total, reported, minFontPx = 24, minLinePx = 3.5, headingLevel = 'h1', chartStep }: SlideViewProps) {
  const result = resultForLink(slide.link);
  const all = slide.charts.map((c) => CHART_SPECS[c]);
  const specs = chartStep === undefined ? all : [all[chartStep] ?? all[0]];
  const single = specs.length === 1;
  const H = headingLevel;
  const sources = [...new Set(specs.map((s) => s.source))].join(' · ');
  return (
    <article className="slide" data-slide-index={index} aria-roledescription="slide" aria-label={`Slide ${index + 1} of ${total}: ${slide.title}`}>
      <header className="slide-head">
        <p className="slide-kicker">{slide.title || 'Untitled scenario'}</p>
        <H className="slide-title">{single ? specs[0].title(result) : specs.map((s) => s.title(result)).join(' · ')}</H>
      </header>
      <div className={`slide-charts slide-charts-${specs.length}`}>
        {specs.map((spec, i) => (
          <figure key={`${i}-${spec.id}`} className="slide-figure">
            <figcaption className="slide-units">{spec.name} — {spec.subtitle()}</figcaption>
            <AnimatedChart chart={spec.id} result={result} reported={reported} minFontPx={minFontPx} minLinePx={minLinePx} />
          </figure>
        ))}
      </div>
      <footer className="slide-foot">
        <span className="slide-source">Source: {sources}. Scenario: {slide.title || 'untitled'}.</span>
        <span className="slide-count">
          {chartStep !== undefined && all.length > 1 && <span className="slide-step">chart {chartStep + 1} of {all.length} · </span>}
          <span className="slide-number" aria-label={`Slide ${index + 1} of ${total}`}>{index + 1} / {total}</span>
        </span>
      </footer>
    </article>
  );
}
