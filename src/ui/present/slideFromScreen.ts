import { ENGINE_VERSION } from '../../engine/types';
import { CHART_IDS, ROW_CHARTS } from '../../charts/specs';
import { MAX_TITLE_CHARS, type Deck, type Slide } from '../../deck/model';
import { selectScenarioDiffers } from '../../store/baseline';
import { useAppStore } from '../../store';
import { serializeScenario } from '../../url/codec';

/** The link of the scenario on screen, its name in it. */
export function screenLink(): string {
  const { params, scenarioName } = useAppStore.getState();
  return serializeScenario(params, ENGINE_VERSION, [], { name: scenarioName });
}

/**
 * A slide of the scenario on screen: its link (with its name), its name as the title, the
 * burn chart, and the pinned baseline (with its name) as the slide's ghost when one is pinned.
 */
export function slideFromScreen(): Omit<Slide, 'id'> {
  const { scenarioName, baseline } = useAppStore.getState();
  const slide: Omit<Slide, 'id'> = {
    link: screenLink(),
    title: scenarioName.slice(0, MAX_TITLE_CHARS),
    charts: ['burn'],
    notes: '',
  };
  if (baseline) slide.baseline = serializeScenario(baseline.params, ENGINE_VERSION, [], { name: baseline.name });
  return slide;
}

/**
 * What Present shows with no deck: the scenario on screen, its four charts in turn, then "What
 * moved it" against the pinned baseline when one is pinned and the scenario differs from it
 * (split over the output the dashboard's card shows); never saved.
 */
export function screenShowDeck(): Deck {
  const state = useAppStore.getState();
  const slide = slideFromScreen();
  const waterfall = state.baseline !== null && selectScenarioDiffers(state);
  return {
    version: 1,
    title: state.scenarioName,
    slides: [
      {
        ...slide,
        id: 'screen',
        charts: [...CHART_IDS, ...ROW_CHARTS.map((c) => c.id), ...(waterfall ? (['attribution'] as const) : [])],
        notes: '',
        ...(waterfall ? { waterfallOutput: state.attributionOutput } : {}),
      },
    ],
  };
}
