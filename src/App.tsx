import { lazy, Suspense } from 'react';
import { ChartsGrid } from './ui/ChartsGrid';
import { Header } from './ui/Header';
import { KpiStrip } from './ui/kpi/KpiStrip';
import { LeverPanel } from './ui/levers/LeverPanel';
import { Notices } from './ui/Notices';
import { Briefings } from './ui/present';
import { LinkProblemsBanner } from './ui/share/LinkProblemsBanner';
import { RecordBanner } from './ui/share/RecordBanner';
import './ui/skip.css';
import './ui/events/workspace.css';

/** Focuses the charts without putting `#charts` in the address bar (the link there is the scenario's). */
function skipToCharts(e: React.MouseEvent<HTMLAnchorElement>) {
  const charts = document.getElementById('charts');
  if (!charts) return;
  e.preventDefault();
  charts.focus();
  charts.scrollIntoView({ block: 'start' });
}

// Below the charts: its code loads after the first paint.
const EventsPanel = lazy(() => import('./ui/events/EventsPanel').then((m) => ({ default: m.EventsPanel })));

export function App() {
  return (
    <div className="app">
      {/* First in the tab order: past the header and the levers, straight to the charts. */}
      <a className="skip-link" href="#charts" onClick={skipToCharts}>
        Skip to charts
      </a>
      <Header />
      <LinkProblemsBanner />
      <RecordBanner />
      <Notices />
      <KpiStrip />
      <div className="workspace">
        <LeverPanel />
        <div className="workspace-main">
          <ChartsGrid />
          <Suspense fallback={null}>
            <EventsPanel />
          </Suspense>
        </div>
      </div>
      <Briefings />
    </div>
  );
}
