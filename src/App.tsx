import { ChartsGrid } from './ui/ChartsGrid';
import { Header } from './ui/Header';
import { KpiStrip } from './ui/kpi/KpiStrip';
import { LeverPanel } from './ui/levers/LeverPanel';
import { Notices } from './ui/Notices';
import { Briefings } from './ui/present';
import { LinkProblemsBanner } from './ui/share/LinkProblemsBanner';

export function App() {
  return (
    <div className="app">
      <Header />
      <LinkProblemsBanner />
      <Notices />
      <KpiStrip />
      <div className="workspace">
        <LeverPanel />
        <ChartsGrid />
      </div>
      <Briefings />
    </div>
  );
}
