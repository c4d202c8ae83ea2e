import type { SentenceContext } from '../../figures/sentence';
import { useAppStore } from '../../store';
import { shareUrl } from '../../store/urlSync';
import { DEFAULT_SCENARIO_NAME } from '../../url/names';

/** The scenario's name (null for the defaults) and its link, read when a "Copy as sentence" is pressed. */
export function sentenceContext(): SentenceContext {
  const name = useAppStore.getState().scenarioName;
  return { scenarioName: name === DEFAULT_SCENARIO_NAME ? null : name, link: shareUrl() };
}
