import { EVENTS_AS_OF } from '../registry';
import { monthLabel } from '../registry/month';

/** An embedded chart's foot, the same for every chart: its source, the record, the scenario and the way back. */
export function EmbedFooter({ source, name, link }: { source: string; name: string; link: string }) {
  return (
    <footer className="embed-foot">
      <p className="chart-source">
        Source: {source} · Record as of {monthLabel(EVENTS_AS_OF)} · Scenario “{name}”
      </p>
      <a className="embed-link" href={link} target="_blank" rel="noopener">
        Open in the dashboard
      </a>
    </footer>
  );
}
