import { useAppStore } from '../../store';
import { useLinkStore } from '../../store/linkSlice';
import { commitHistory } from '../../store/urlSync';
import { parseScenario, type ParsedScenario } from '../../url/codec';
import { automaticName } from '../../url/names';

export interface ApplyLinkOptions {
  /** The name to give the scenario; default: the link's own name, else one from its levers. */
  name?: string;
  /** Names the change for the undo toast ("Preset “Bull case”"). */
  label?: string;
  /** The link already read (a slide's, on the record it names); default: read against today's defaults. */
  parsed?: ParsedScenario;
}

/**
 * Puts a link's scenario on screen as one finished change (one Back step, one undo step),
 * with its name. When the link had something to report (a saved scenario from an older
 * engine, a value now out of range), the banner says so.
 */
export function applyLink(link: string, options: ApplyLinkOptions = {}): ParsedScenario {
  const parsed = options.parsed ?? parseScenario(link);
  const name = options.name ?? parsed.name ?? automaticName(parsed.params);
  useAppStore.getState().setParams(parsed.params, { name, label: options.label });
  commitHistory();
  if (parsed.problems.length > 0 || parsed.engineNote !== null) useLinkStore.getState().showParse(parsed);
  return parsed;
}
