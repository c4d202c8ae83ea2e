/** The Embed menu's contents (EmbedMenu.tsx), loaded the first time the menu opens. */
import { useId, useState } from 'react';
import { CHART_SPEC_LIST, CHART_SPECS, type ChartId } from '../../charts/specs';
import { ENGINE_VERSION } from '../../engine/types';
import { useAppStore } from '../../store';
import { useRecordStore } from '../../store/record';
import { shareUrl } from '../../store/urlSync';
import { citedFigures, citeSentence, withCite } from '../../url/cite';
import { CopyLinkButton } from './CopyLinkButton';
import { citation, iframeSnippet } from './embedSnippet';

export function EmbedPanel() {
  const [chart, setChart] = useState<ChartId>(CHART_SPEC_LIST[0].id);
  const result = useAppStore((s) => s.result);
  const name = useAppStore((s) => s.scenarioName);
  const selectId = useId();
  const record = useRecordStore((s) => s.id);
  const link = shareUrl();
  const spec = CHART_SPECS[chart];
  const title = result ? spec.title(result) : spec.name;
  const snippet = iframeSnippet(link, chart, title);
  // a citation carries its headline in the link (cite=), so a later reader is told if it moved
  const cited = result ? withCite(link, citedFigures(result.summary)) : link;
  const cite = citation({
    title,
    scenarioName: name,
    link: cited,
    record,
    engineVersion: ENGINE_VERSION,
    date: new Date().toISOString().slice(0, 10),
  });
  const sentence = result
    ? citeSentence({ summary: result.summary, scenarioName: name, link: cited, record, engineVersion: ENGINE_VERSION })
    : cite;
  return (
    <div className="embed-popover" role="group" aria-label="Embed and cite">
      <label className="embed-choice" htmlFor={selectId}>
        Chart
        <select id={selectId} value={chart} onChange={(e) => setChart(e.target.value as ChartId)}>
          {CHART_SPEC_LIST.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-field">
        <span className="embed-heading">Embed code</span>
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyLinkButton className="tool" label="Copy embed code" getLink={() => snippet} />
      <label className="embed-field">
        <span className="embed-heading">Citation</span>
        <textarea readOnly rows={4} value={cite} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyLinkButton className="tool" label="Copy citation" getLink={() => cite} />
      <CopyLinkButton className="tool" label="Copy as sentence" getLink={() => sentence} />
    </div>
  );
}
