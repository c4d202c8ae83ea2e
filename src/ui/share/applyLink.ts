import { useAppStore } from '../../store';
import { useLinkStore } from '../../store/linkSlice';
import { commitHistory } from '../../store/urlSync';
import { parseScenario, type ParsedScenario } from '../../url/codec';

/**
 * Puts a link's scenario on screen as one finished change (one Back step). When the link had
 * something to report (a saved scenario from an older engine, a value now out of range), the
 * banner says so.
 */
export function applyLink(link: string): ParsedScenario {
  const parsed = parseScenario(link);
  useAppStore.getState().setParams(parsed.params);
  commitHistory();
  if (parsed.problems.length > 0 || parsed.engineNote !== null) useLinkStore.getState().showParse(parsed);
  return parsed;
}
