import { useId, useState } from 'react';
import { CHART_SPEC_LIST, CHART_SPECS, type ChartId } from '../../charts/specs';
import { ENGINE_VERSION } from '../../engine/types';
import { useAppStore } from '../../store';
import { shareUrl } from '../../store/urlSync';
import { usePopover } from '../common/usePopover';
import { CopyLinkButton } from './CopyLinkButton';
import { citation, iframeSnippet } from './embedSnippet';

/**
 * Header "Embed ▾": the `<iframe>` snippet for one chart of the scenario on screen, and a
 * citation line (the chart's finding, the scenario link, the model version, today's date).
 */
export function EmbedMenu({ className = 'tool' }: { className?: string }) {
  const { open, buttonProps, popoverProps } = usePopover();
  return (
    <div className="embed-menu">
      <button type="button" className={className} {...buttonProps}>
        Embed ▾
      </button>
      <div {...popoverProps} className="popover-host anchored">
        {open && <EmbedPanel />}
      </div>
    </div>
  );
}

function EmbedPanel() {
  const [chart, setChart] = useState<ChartId>(CHART_SPEC_LIST[0].id);
  const result = useAppStore((s) => s.result);
  const name = useAppStore((s) => s.scenarioName);
  const selectId = useId();
  const link = shareUrl();
  const spec = CHART_SPECS[chart];
  const title = result ? spec.title(result) : spec.name;
  const snippet = iframeSnippet(link, chart, title);
  const cite = citation({
    title,
    scenarioName: name,
    link,
    engineVersion: ENGINE_VERSION,
    date: new Date().toISOString().slice(0, 10),
  });
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
    </div>
  );
}
