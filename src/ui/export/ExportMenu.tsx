import { useEffect, useId, useRef, useState } from 'react';
import type { DeckChartId } from '../../export/deck';
import { useAppStore } from '../../store';
import { useDeckStore } from '../../store/deck';
import './export.css';

const CHARTS: { id: DeckChartId; name: string }[] = [
  { id: 'burn', name: 'Burn & cash' },
  { id: 'cost', name: 'Cost per query' },
  { id: 'power', name: 'Power per inference' },
  { id: 'microsoft', name: 'Microsoft ↔ OpenAI' },
];

const actions = () => import('./exportActions');

/**
 * Header "Export ▾": each chart as PNG (2×, with a QR code of the link) or SVG; the monthly
 * series and annual ledger as CSV, everything as JSON; the print handout; compare scenarios.
 * A disclosure of plain buttons; Esc or a click outside closes it.
 */
export function ExportMenu({ className = 'tool' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hasResult = useAppStore((s) => s.result !== null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    void actions(); // warm the chunk while the person reads the menu
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') { setOpen(false); button.current?.focus(); }
    };
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const run = async (what: string, job: (m: Awaited<ReturnType<typeof actions>>) => unknown) => {
    setError(null);
    setBusy(true);
    try {
      await job(await actions());
      setOpen(false);
    } catch (e) {
      setError(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button ref={button} type="button" className={className} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {open && (
        <div id={id} className="export-popover" role="group" aria-label="Export" aria-busy={busy}>
          <p className="export-heading">Charts (with title, units, source and link)</p>
          <ul className="export-list">
            {CHARTS.map((c) => (
              <li key={c.id} className="export-row">
                <span>{c.name}</span>
                <button type="button" className="tool" disabled={!hasResult || busy}
                  onClick={() => void run('PNG export', (m) => m.exportChart(c.id, 'png'))} aria-label={`${c.name} as PNG`}>PNG</button>
                <button type="button" className="tool" disabled={!hasResult || busy}
                  onClick={() => void run('SVG export', (m) => m.exportChart(c.id, 'svg'))} aria-label={`${c.name} as SVG`}>SVG</button>
              </li>
            ))}
          </ul>
          <p className="export-heading">Data</p>
          <div className="export-buttons">
            <button type="button" className="tool" disabled={!hasResult || busy} onClick={() => void run('CSV export', (m) => m.exportData('monthly-csv'))}>Monthly series (CSV)</button>
            <button type="button" className="tool" disabled={!hasResult || busy} onClick={() => void run('CSV export', (m) => m.exportData('ledger-csv'))}>Annual ledger (CSV)</button>
            <button type="button" className="tool" disabled={!hasResult || busy} onClick={() => void run('JSON export', (m) => m.exportData('json'))}>Series, ledger and levers (JSON)</button>
          </div>
          <p className="export-heading">Briefing</p>
          <div className="export-buttons">
            <button type="button" className="tool" disabled={!hasResult} onClick={() => { setOpen(false); useDeckStore.getState().setHandoutOpen(true); }}>Print handout…</button>
            <button type="button" className="tool" disabled={!hasResult} onClick={() => { setOpen(false); useDeckStore.getState().setCompareOpen(true); }}>Compare scenarios…</button>
          </div>
          {error && <p className="export-error" role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
