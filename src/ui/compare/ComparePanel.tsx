import { useMemo, useRef, useState } from 'react';
import { ENGINE_VERSION } from '../../engine/types';
import { composeChartSvg, pageColors, svgToPng } from '../../export/chartImage';
import { downloadBlob, downloadText, slug } from '../../export/download';
import { shareUrl } from '../../store/urlSync';
import { hydrateDeck } from '../../deck/saved';
import { screenLink } from '../present/slideFromScreen';
import { useModalDialog } from '../common/useModalDialog';
import { usePick } from '../../store/pick';
import { ChartSvg, color } from '../../charts/common/ChartSvg';
import { useWidth } from '../../charts/common/useWidth';
import type { ParamValues } from '../../registry';
import { useAppStore } from '../../store';
import { useDeckStore } from '../../deck/store';
import { parseScenario, serializeScenario } from '../../url/codec';
import { PRESETS, presetParams } from '../../url/presets';
import { readSaved } from '../../url/saved';
import { CHART_IDS, CHART_SPEC_LIST, type ChartSpec } from '../../charts/specs';
import { CompareCounterparties } from './CompareCounterparties';
import { compareLayout, SLOT_STYLE, type CompareSeries } from '../../charts/compare/compareLayout';
import { CompareTables, type Compared } from './CompareTables';
import { inThread } from '../../runner/inThread';
import './compare.css';

export interface Choice {
  key: string;
  name: string;
  params: ParamValues;
}

function choices(pinned: { name: string; params: ParamValues } | null): Choice[] {
  const out: Choice[] = [];
  if (pinned) out.push({ key: 'pinned', name: `Pinned: ${pinned.name}`, params: pinned.params });
  for (const p of PRESETS) out.push({ key: `preset:${p.id}`, name: p.title, params: presetParams(p) });
  const saved = readSaved();
  if (saved.ok)
    for (const s of saved.scenarios)
      out.push({ key: `saved:${s.name}`, name: `Saved: ${s.name}`, params: parseScenario(s.link).params });
  return out;
}

/** The compare chart as a file: PNG (2×, QR code of the link) or SVG, framed like a chart export. */
async function exportOverlay(
  svg: SVGSVGElement,
  spec: ChartSpec,
  series: CompareSeries[],
  screenName: string,
  format: 'png' | 'svg',
) {
  const metric = spec.compare;
  const { fontFamily, ...colors } = pageColors(svg);
  const composed = composeChartSvg(svg, {
    title: `${metric.label}: ${series.map((s) => s.name).join(' vs ')}`,
    caption: metric.unit,
    source: spec.source,
    link: shareUrl(),
    scenarioName: screenName,
    qr: format === 'png',
    colors,
    fontFamily,
  });
  const file = `${slug(screenName)}-compare-${spec.id}`;
  if (format === 'svg') downloadText(composed.markup, `${file}.svg`, 'image/svg+xml');
  else downloadBlob(await svgToPng(composed, 2), `${file}@2x.png`);
}

function OverlayChart({ spec, series, screenName }: { spec: ChartSpec; series: CompareSeries[]; screenName: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(520);
  const svgRef = useRef<SVGSVGElement>(null);
  const layout = useMemo(() => compareLayout(spec, series, width, 230), [spec, series, width]);
  const metric = spec.compare;
  const save = (format: 'png' | 'svg') => {
    if (svgRef.current) void exportOverlay(svgRef.current, spec, series, screenName, format);
  };
  return (
    <figure className="compare-chart" data-compare-chart={spec.id}>
      <figcaption>
        <strong>{spec.name}</strong> — {metric.label}, {metric.unit}{' '}
        <button type="button" className="tool" onClick={() => save('png')} aria-label={`Compare ${spec.name} as PNG`}>
          PNG
        </button>{' '}
        <button type="button" className="tool" onClick={() => save('svg')} aria-label={`Compare ${spec.name} as SVG`}>
          SVG
        </button>
      </figcaption>
      <div ref={ref} className="compare-plot">
        <svg
          ref={svgRef}
          className="chart-svg"
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={`${metric.label}: ${series.map((s) => `${s.name} ends at ${metric.format(metric.values(s.result)[s.result.months - 1])}`).join('; ')}`}
        >
          <ChartSvg layout={layout} />
        </svg>
      </div>
    </figure>
  );
}

/**
 * Up to three scenarios side by side: the one on screen, and two chosen from the pinned
 * baseline, the presets and saved scenarios. Each chart's key series overlaid with a legend,
 * then the levers that differ and the headline outputs with deltas against the one on screen.
 */
export function ComparePanel() {
  const { params, name, pinned } = useAppStore(
    usePick((s) => ({ params: s.params, name: s.scenarioName, pinned: s.baseline })),
  );
  const options = useMemo(() => choices(pinned ? { name: pinned.name, params: pinned.params } : null), [pinned]);
  const [second, setSecond] = useState(options[0]?.key ?? '');
  const [third, setThird] = useState('');
  const closeRef = useRef<HTMLButtonElement>(null);
  const close = () => useDeckStore.getState().setCompareOpen(false);
  const dialogRef = useModalDialog(close, closeRef);

  // each scenario's run, answered by the in-thread runner at once (drawn in this frame)
  const compared: Compared[] = useMemo(() => {
    const run = (p: ParamValues) => inThread.answerNow({ kind: 'run', params: p });
    const list: Compared[] = [{ name: `On screen: ${name}`, params, result: run(params) }];
    for (const key of [second, third]) {
      const c = options.find((o) => o.key === key);
      if (c) list.push({ name: c.name, params: c.params, result: run(c.params) });
    }
    return list;
  }, [params, name, second, third, options]);
  const series: CompareSeries[] = useMemo(
    () =>
      compared.map((c, i) => ({
        name: c.name.replace(/^(On screen|Pinned|Saved): /, ''),
        result: c.result,
        ...SLOT_STYLE[i],
      })),
    [compared],
  );
  const [said, setSaid] = useState('');
  const addToDeck = () => {
    hydrateDeck();
    const others = compared.slice(1).map((c, i) => ({
      link: serializeScenario(c.params, ENGINE_VERSION, [], { name: series[i + 1].name }),
      title: series[i + 1].name,
    }));
    useDeckStore
      .getState()
      .addSlide({ link: screenLink(), title: name.slice(0, 120), charts: [...CHART_IDS], notes: '', compare: others });
    setSaid(`Added as slide ${useDeckStore.getState().deck.slides.length}`);
  };

  const picker = (label: string, value: string, set: (v: string) => void, allowNone: boolean) => (
    <label className="compare-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        {allowNone && <option value="">— none —</option>}
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <dialog ref={dialogRef} className="modal compare-backdrop" aria-labelledby="compare-heading">
      <div className="compare-panel">
        <div className="deck-head">
          <h2 id="compare-heading">Compare scenarios</h2>
          <span className="compare-actions">
            <button type="button" className="tool" onClick={addToDeck} disabled={compared.length < 2}>
              Add to the deck as a slide
            </button>
            <span role="status" className="compare-said">
              {said}
            </span>
            <button ref={closeRef} type="button" className="tool" onClick={close}>
              Close
            </button>
          </span>
        </div>
        <div className="compare-picks">
          <p className="compare-pick">
            <span>Scenario 1</span>
            <strong>On screen: {name}</strong>
          </p>
          {picker('Scenario 2', second, setSecond, true)}
          {picker('Scenario 3', third, setThird, true)}
        </div>
        <ul className="compare-legend" aria-label="Legend">
          {series.map((s, i) => (
            <li key={i}>
              <svg width="34" height="10" aria-hidden="true">
                <line
                  x1="1"
                  x2="33"
                  y1="5"
                  y2="5"
                  stroke={color(s.color)}
                  strokeWidth="3"
                  strokeDasharray={s.dashed ? '5 3' : undefined}
                />
              </svg>
              {compared[i].name}
            </li>
          ))}
        </ul>
        <div className="compare-charts">
          {CHART_SPEC_LIST.map((spec) => (
            <OverlayChart key={spec.id} spec={spec} series={series} screenName={name} />
          ))}
          <CompareCounterparties scenarios={compared} />
        </div>
        <CompareTables compared={compared} />
      </div>
    </dialog>
  );
}
