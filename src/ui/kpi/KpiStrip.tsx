import { memo, useState } from 'react';
import { usePick } from '../../store/pick';
import { useAppStore } from '../../store';
import { figureSentence, tileSentence } from '../../figures/sentence';
import type { FigureId } from '../../figures';
import { sentenceContext } from '../share/sentenceContext';
import { CopyLinkButton } from '../share/CopyLinkButton';
import { KPI_LABELS, kpis, type Kpi, type KpiId } from './kpis';

/** The figure each tile quotes (src/figures), for "Copy as sentence". */
const TILE_FIGURE: Partial<Record<KpiId, FigureId>> = {
  runway: 'runwayAtTodaysBurn',
  insolvency: 'insolvencyMonth',
  cost: 'costAllInNow',
  cashnow: 'cashNow',
  wh: 'whPerQueryNow',
};
import './kpi.css';

/** Each tile's figure as the defaults show it, digits as 0: the width its bar keeps while loading. */
const VALUE_SHAPE: Record<KpiId, string> = {
  runway: '00.0 mo',
  insolvency: 'Mmm 0000',
  breakeven: 'Mmm 0000',
  cost: '0.00 → 0.00',
  cashnow: '$000.0B',
  idle: '0.0 → 0.0',
  wh: '0.00 → 0.00',
  mstake: '$0.0B → $00.0B',
};

/** The headline numbers; deltas against the pinned baseline appear under each value. */
export function KpiStrip() {
  const { summary, base } = useAppStore(
    usePick((s) => ({ summary: s.result?.summary ?? null, base: s.baseline?.result?.summary ?? null })),
  );
  // The strip is one line (label, value, change); each tile's note — what the figure counts
  // from and on what funding — opens on demand, and is the tile's tooltip meanwhile.
  const [open, setOpen] = useState(false);
  // Before the first result: the same tiles with their labels and a grey bar the shape of the
  // default's figure, so the page below does not move when the figures arrive (a one-line
  // "Calculating…" moved it 52 px at 1280 px).
  if (!summary)
    return (
      <div className="kpi-strip kpi-loading" aria-busy="true">
        <p className="sr-only">Headline figures: calculating…</p>
        {(Object.keys(KPI_LABELS) as KpiId[]).map((id) => (
          <div key={id} className="kpi" aria-hidden="true">
            <div className="kpi-label">
              {/* the place of the tile's "Copy", which the label wraps around */}
              <span className="share-copy kpi-copy-pending">
                <span className="kpi-copy">Copy</span>
              </span>
              <span className="kpi-label-text">{KPI_LABELS[id]}</span>
            </div>
            <div className="kpi-value">
              <span className="kpi-value-pending">
                <span>{VALUE_SHAPE[id]}</span>
              </span>
            </div>
          </div>
        ))}
        <span className="kpi-more" aria-hidden="true">
          What these count ▾
        </span>
      </div>
    );
  return (
    // focusable so the strip can be scrolled sideways from the keyboard on a phone
    <section className="kpi-strip" aria-label="Headline figures" tabIndex={0} data-open={open}>
      {kpis(summary, base).map((k) => (
        <KpiTile key={k.id} {...k} open={open} baseline={base !== null} />
      ))}
      <button
        type="button"
        className="kpi-more"
        aria-expanded={open}
        title={open ? 'Hide what each figure counts' : 'Show what each figure counts'}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Less ▴' : 'What these count ▾'}
      </button>
    </section>
  );
}

/**
 * One tile, its props all words and flags: a new result that leaves a tile's figures as they
 * were (most tiles on most steps) leaves its elements and its Copy button untouched.
 */
const KpiTile = memo(function KpiTile({
  id,
  label,
  value,
  note,
  delta,
  open,
  baseline,
}: Kpi & { open: boolean; baseline: boolean }) {
  // the sentence is built when Copy is pressed, from the result on screen then
  const getLink = () => {
    const s = useAppStore.getState().result?.summary;
    if (!s) return `${label}: ${value} (${note})`;
    const ctx = sentenceContext();
    const figure = TILE_FIGURE[id];
    return figure ? figureSentence(figure, s, ctx) : tileSentence(s, ctx, { label, value, note });
  };
  return (
    <div className="kpi" data-testid={`kpi-${id}`} title={open ? undefined : note}>
      <div className="kpi-label">
        <CopyLinkButton
          getLink={getLink}
          label="Copy"
          className="kpi-copy"
          copiedText="Sentence copied"
          manualLabel={`${label}, as a sentence`}
          ariaLabel={`Copy as sentence: ${label}`}
        />
        {/* after the button, which floats right: the label wraps around it */}
        <span className="kpi-label-text">{label}</span>
      </div>
      <div className="kpi-value">{value}</div>
      <div className="kpi-note" hidden={!open}>
        {note}
      </div>
      {baseline && (
        <div className="kpi-delta" aria-label={`Change against baseline: ${delta ?? 'none'}`}>
          {delta ?? 'no change'} <span className="kpi-vs">vs baseline</span>
        </div>
      )}
    </div>
  );
});
