import { useId, useState } from 'react';
import { CHART_SPEC_LIST, ROW_CHARTS } from '../../charts/specs';
import { EXPORT_SIZES, type ExportSizeId } from '../../export/sizedImage';
import { useReportedFigures } from '../../data/useReported';
import { useDeckStore } from '../../deck/store';
import * as actions from './exportActions';
import { useAppStore } from '../../store';
import { selectScenarioDiffers } from '../../store/baseline';
import { useRunner } from '../common/runner';
import type { SlideChartId } from '../../deck/model';

/** "What moved it", listed when the scenario differs from the pinned baseline or the defaults (as the card is). */
/** The data files the menu offers, in its order. */
const DATA_EXPORTS: { kind: actions.DataExport; label: string; what: string }[] = [
  { kind: 'monthly-csv', label: 'Monthly series (CSV)', what: 'CSV export' },
  { kind: 'ledger-csv', label: 'Annual ledger (CSV)', what: 'CSV export' },
  { kind: 'counterparties-csv', label: 'Who holds the risk (CSV)', what: 'CSV export' },
  { kind: 'json', label: 'Series, ledger and levers (JSON)', what: 'JSON export' },
  { kind: 'zip', label: 'Data package (ZIP)', what: 'Data package' },
];

/** The briefing panels the menu opens. */
const BRIEFING_PANELS: { label: string; open: () => void }[] = [
  { label: 'Print handout…', open: () => useDeckStore.getState().setHandoutOpen(true) },
  { label: 'Compare scenarios…', open: () => useDeckStore.getState().setCompareOpen(true) },
];

const WATERFALL_ROW: { id: SlideChartId; name: string } = { id: 'attribution', name: 'What moved it' };
import './export.css';

/** The Export menu's contents: chart images, data files, the handout and compare. */
export function ExportPopover({ id, hasResult, onDone }: { id: string; hasResult: boolean; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [size, setSize] = useState<ExportSizeId>('slide');
  const sizeId = useId();
  const reported = useReportedFigures();
  const runner = useRunner();
  const waterfall = useAppStore(selectScenarioDiffers);
  const run = async (what: string, job: () => unknown) => {
    setError(null);
    setBusy(true);
    try {
      await job();
      onDone();
    } catch (e) {
      setError(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const off = !hasResult || busy;
  return (
    <div id={id} className="export-popover" role="group" aria-label="Export" aria-busy={busy}>
      <p className="export-heading">Charts, with title, units, source, link and its QR code</p>
      <label className="export-size" htmlFor={sizeId}>
        Picture size
        <select id={sizeId} value={size} onChange={(e) => setSize(e.target.value as ExportSizeId)}>
          {EXPORT_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <ul className="export-list">
        {[...CHART_SPEC_LIST, ...ROW_CHARTS, ...(waterfall ? [WATERFALL_ROW] : [])].map((c) => (
          <li key={c.id} className="export-row">
            <span>{c.name}</span>
            <button
              type="button"
              className="tool"
              disabled={off}
              onClick={() => void run('PNG export', () => actions.exportChart(c.id, 'png', size, reported, runner))}
              aria-label={`${c.name} as PNG`}
            >
              PNG
            </button>
            <button
              type="button"
              className="tool"
              disabled={off}
              onClick={() => void run('SVG export', () => actions.exportChart(c.id, 'svg', size, reported, runner))}
              aria-label={`${c.name} as SVG`}
            >
              SVG
            </button>
          </li>
        ))}
      </ul>
      <p className="export-heading">Data</p>
      <div className="export-buttons">
        {DATA_EXPORTS.map((d) => (
          <button
            key={d.kind}
            type="button"
            className="tool"
            disabled={off}
            onClick={() => void run(d.what, () => actions.exportData(d.kind))}
          >
            {d.label}
          </button>
        ))}
      </div>
      <p className="export-heading">Briefing</p>
      <div className="export-buttons">
        {BRIEFING_PANELS.map((b) => (
          <button
            key={b.label}
            type="button"
            className="tool"
            disabled={!hasResult}
            onClick={() => {
              onDone();
              b.open();
            }}
          >
            {b.label}
          </button>
        ))}
      </div>
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
