import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { kpis } from './kpis';
import './kpi.css';

/** The headline numbers; deltas against the pinned baseline appear under each value. */
export function KpiStrip() {
  const { summary, base } = useAppStore(
    useShallow((s) => ({ summary: s.result?.summary ?? null, base: s.baseline?.result?.summary ?? null })),
  );
  if (!summary)
    return (
      <div className="kpi-strip kpi-loading" aria-busy="true">
        Calculating…
      </div>
    );
  return (
    // focusable so the strip can be scrolled sideways from the keyboard on a phone
    <section className="kpi-strip" aria-label="Headline figures" tabIndex={0}>
      {kpis(summary, base).map((k) => (
        <div key={k.id} className="kpi" data-testid={`kpi-${k.id}`}>
          <div className="kpi-label">{k.label}</div>
          <div className="kpi-value">{k.value}</div>
          <div className="kpi-note">{k.note}</div>
          {base && (
            <div className="kpi-delta" aria-label={`Change against baseline: ${k.delta ?? 'none'}`}>
              {k.delta ?? 'no change'} <span className="kpi-vs">vs baseline</span>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
