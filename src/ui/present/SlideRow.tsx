import { useId } from 'react';
import {
  isTimeChart,
  MAX_NOTES_CHARS,
  MAX_TITLE_CHARS,
  SLIDE_CHART_IDS,
  type Slide,
  type SlideChartId,
} from '../../deck/model';
import { OutputOptions } from '../../charts/attribution/AttributionFrame';
import type { AttributionOutput } from '../../engine/attribution';
import { useDeckStore } from '../../deck/store';
import { applyLink } from '../share/applyLink';
import { CHART_SPECS, isRowChartId, ROW_CHARTS } from '../../charts/specs';
import { baselineName } from '../../deck/scale';
import { readSlideLink } from '../../deck/records';
import { screenLink } from './slideFromScreen';
import { FilledNotes, PLACEHOLDER_HINT } from './FilledNotes';
import { waterfallAgainst } from './WaterfallSlideChart';
import { hasPlaceholders } from '../../deck/notes';

export interface SlideRowProps {
  slide: Slide;
  index: number;
  total: number;
  onPresent: (index: number) => void;
}

/** One slide in the deck editor: title, charts, notes, and move / show / delete buttons. */
export function SlideRow({ slide, index, total, onPresent }: SlideRowProps) {
  const id = useId();
  const { updateSlide, moveSlide, deleteSlide } = useDeckStore.getState();
  const toggleChart = (chart: SlideChartId, on: boolean) => {
    const charts = on
      ? SLIDE_CHART_IDS.filter((c) => c === chart || slide.charts.includes(c))
      : slide.charts.filter((c) => c !== chart);
    if (charts.length > 0) updateSlide(slide.id, { charts });
  };
  const name = slide.title || `slide ${index + 1}`;
  return (
    <li className="deck-slide" data-testid="deck-slide">
      <div className="deck-slide-num" aria-hidden="true">
        {index + 1}
      </div>
      <div className="deck-slide-body">
        <label className="deck-field">
          <span>Scenario name (slide {index + 1})</span>
          <input
            type="text"
            value={slide.title}
            maxLength={MAX_TITLE_CHARS}
            onChange={(e) => updateSlide(slide.id, { title: e.target.value })}
          />
        </label>
        <fieldset className="deck-charts">
          <legend>Charts</legend>
          {SLIDE_CHART_IDS.map((c) => (
            <label key={c} className="deck-check">
              <input
                type="checkbox"
                checked={slide.charts.includes(c)}
                disabled={slide.charts.length === 1 && slide.charts.includes(c)}
                onChange={(e) => toggleChart(c, e.target.checked)}
              />
              {isTimeChart(c)
                ? CHART_SPECS[c].name
                : isRowChartId(c)
                  ? ROW_CHARTS.find((r) => r.id === c)!.name
                  : `What moved it (against ${waterfallAgainst(slide)})`}
            </label>
          ))}
          {slide.charts.includes('attribution') && (
            <label className="deck-check">
              Waterfall of
              <select
                value={slide.waterfallOutput ?? 'minCash'}
                onChange={(e) => updateSlide(slide.id, { waterfallOutput: e.target.value as AttributionOutput })}
              >
                <OutputOptions />
              </select>
            </label>
          )}
        </fieldset>
        <label className="deck-field" htmlFor={`${id}-notes`}>
          Speaker notes
        </label>
        <textarea
          id={`${id}-notes`}
          className="deck-notes"
          rows={3}
          maxLength={MAX_NOTES_CHARS}
          value={slide.notes}
          aria-describedby={`${id}-notes-hint`}
          onChange={(e) => updateSlide(slide.id, { notes: e.target.value })}
        />
        <p id={`${id}-notes-hint`} className="deck-hint">
          Live numbers from this slide’s scenario: {PLACEHOLDER_HINT}.
        </p>
        {hasPlaceholders(slide.notes) && (
          <p className="deck-notes-filled">
            <span className="deck-link-label">Reads:</span> <FilledNotes notes={slide.notes} link={slide.link} />
          </p>
        )}
        <p className="deck-link">
          <span className="deck-link-label">Scenario link:</span> <code>?{slide.link}</code>
        </p>
        {slide.baseline !== undefined && (
          <p className="deck-link">
            <span className="deck-link-label">Baseline (grey ghost):</span> {baselineName(slide.baseline)}{' '}
            <button
              type="button"
              className="tool"
              onClick={() => updateSlide(slide.id, { baseline: undefined })}
              aria-label={`Remove the baseline from ${name}`}
            >
              Remove
            </button>
          </p>
        )}
        {slide.compare?.length ? (
          <p className="deck-link">
            <span className="deck-link-label">Compared with:</span> {slide.compare.map((c) => c.title).join(', ')}
          </p>
        ) : null}
      </div>
      <div className="deck-slide-actions">
        <button
          type="button"
          className="tool"
          onClick={() => moveSlide(slide.id, -1)}
          disabled={index === 0}
          aria-label={`Move ${name} up`}
        >
          ↑ Up
        </button>
        <button
          type="button"
          className="tool"
          onClick={() => moveSlide(slide.id, 1)}
          disabled={index === total - 1}
          aria-label={`Move ${name} down`}
        >
          ↓ Down
        </button>
        <button
          type="button"
          className="tool"
          onClick={() => applyLink(slide.link, { parsed: readSlideLink(slide.link) })}
          aria-label={`Show ${name} on the dashboard`}
        >
          Open
        </button>
        <button
          type="button"
          className="tool"
          onClick={() => updateSlide(slide.id, { link: screenLink() })}
          aria-label={`Replace the scenario of ${name} with the one on screen`}
        >
          Use on-screen
        </button>
        <button type="button" className="tool" onClick={() => onPresent(index)} aria-label={`Present from ${name}`}>
          Present from here
        </button>
        <button
          type="button"
          className="tool tool-danger"
          onClick={() => deleteSlide(slide.id)}
          aria-label={`Delete ${name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
