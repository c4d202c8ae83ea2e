import { loadRelease } from '../registry/loadRelease';
import { CURRENT_RECORD, RECORD_IDS, type Release } from '../registry/records';
import { parseScenario, queryPart, type ParsedScenario } from '../url/codec';

/*
 * A slide's link is read as the page reads the same link: against the defaults of the record
 * release it names (`rec=`; a link without one was made on 2026-11). The slides run in this
 * thread in the frame they are drawn, so the past releases are loaded with the briefing code,
 * before any slide is drawn (loadBriefingUi).
 */

const loaded = new Map<string, Release>();

/**
 * Loads every past release. One that cannot be loaded leaves its links on the current record,
 * as the page does with such a link; the page's banner says why when it is opened there.
 */
export async function loadDeckRecords(): Promise<void> {
  const past = RECORD_IDS.filter((id) => id !== CURRENT_RECORD && !loaded.has(id));
  await Promise.all(
    past.map((id) =>
      loadRelease(id).then(
        (release) => void loaded.set(id, release),
        () => undefined,
      ),
    ),
  );
}

/** A slide's (or a saved) link, read on its own record; an empty link is today's defaults, as a bare address is. */
export function readSlideLink(link: string): ParsedScenario {
  const query = queryPart(link);
  const first = parseScenario(query);
  const release = query === '' ? undefined : loaded.get(first.record);
  return release ? parseScenario(query, undefined, { defaults: release.params }) : first;
}
