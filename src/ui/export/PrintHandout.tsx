import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { usePick } from '../../store/pick';
import { ChartPicture } from '../../charts/common/ChartPicture';
import { changedLevers, sourceLine } from '../../export/assumptions';
import { qrMatrix } from '../../export/qr';
import { useAppStore } from '../../store';
import { useDeckStore } from '../../deck/store';
import { shareUrl } from '../../store/urlSync';
import { kpis } from '../kpi/kpis';
import { CHART_SPEC_LIST } from '../../charts/specs';
import { counterpartiesSpec } from '../../charts/counterparties/spec';
import { CounterpartiesPicture } from '../../charts/counterparties/CounterpartiesPicture';
import { inThread } from '../../runner/inThread';
import { useReportedFigures } from '../../data/useReported';
import { useModalDialog } from '../common/useModalDialog';
import './print.css';

const CHART_W = 340;
const CHART_H = 215;

function QrCode({ text, size }: { text: string; size: number }) {
  const qr = useMemo(() => qrMatrix(text), [text]);
  if (!qr) return null;
  const n = qr.size + 4;
  return (
    <svg
      className="handout-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      role="img"
      aria-label="QR code of the scenario link"
    >
      <rect width={n} height={n} fill="#fff" />
      <path transform="translate(2 2)" d={qr.path} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
}

/**
 * A one-to-two page handout of the scenario on screen: KPIs, the charts, every lever that
 * differs from its default with its source, and the link (with a QR code). On screen it is a
 * preview with Print and Close; in print (Save as PDF) it is the only thing on the page.
 */
export function PrintHandout() {
  const { params, result, name } = useAppStore(
    usePick((s) => ({ params: s.params, result: s.result, name: s.scenarioName })),
  );
  const reported = useReportedFigures();
  const closeRef = useRef<HTMLButtonElement>(null);
  const close = () => useDeckStore.getState().setHandoutOpen(false);
  // a modal <dialog>: the page behind is inert (focus stays inside) and Esc closes it
  const dialogRef = useModalDialog(close, closeRef);
  const link = shareUrl();
  const assumptions = useMemo(() => changedLevers(params), [params]);
  // "Who holds the risk" for the levers on screen (one report, ~50 ms, when the handout opens)
  const report = useMemo(() => inThread.answerNow({ kind: 'counterparties', params }), [params]);
  const shown = result !== null;
  useEffect(() => {
    if (!shown) return;
    document.documentElement.classList.add('printing-handout');
    return () => document.documentElement.classList.remove('printing-handout');
  }, [shown]);
  if (!result) return null;
  const today = new Date().toISOString().slice(0, 10);
  return createPortal(
    <dialog ref={dialogRef} className="handout-root" aria-labelledby="handout-title">
      <div className="handout-tools no-print">
        <button type="button" className="tool tool-primary" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
        <button ref={closeRef} type="button" className="tool" onClick={close}>
          Close
        </button>
      </div>
      <article className="handout" data-testid="handout">
        <header className="handout-head">
          <div>
            <p className="handout-kicker">Decoupling Dashboard · briefing handout · {today}</p>
            <h1 id="handout-title">{name}</h1>
            <p className="handout-question">Can OpenAI pay for its own inference as it decouples from Microsoft?</p>
          </div>
          <QrCode text={link} size={84} />
        </header>
        <section className="handout-kpis" aria-label="Headline figures">
          {kpis(result.summary, null).map((k) => (
            <div key={k.id} className="handout-kpi">
              <div className="handout-kpi-label">{k.label}</div>
              <div className="handout-kpi-value">{k.value}</div>
              <div className="handout-kpi-note">{k.note}</div>
            </div>
          ))}
        </section>
        <section className="handout-charts" aria-label="Charts">
          {CHART_SPEC_LIST.map((spec) => {
            return (
              <figure key={spec.id} className="handout-chart" data-chart-print={spec.id}>
                <h2 className="handout-chart-title">{spec.title(result)}</h2>
                <p className="handout-chart-units">{spec.subtitle()}</p>
                <ChartPicture
                  layout={spec.layout({
                    result,
                    reported: spec.reported ? reported : null,
                    width: CHART_W,
                    height: CHART_H,
                  })}
                  width="100%"
                  height={null}
                  role="img"
                  aria-label={`${spec.name}: ${spec.title(result)}`}
                />
                <figcaption className="handout-source">
                  <span className="handout-narrative">{spec.summary(result)}</span> Source: {spec.source}
                </figcaption>
              </figure>
            );
          })}
          <figure className="handout-chart handout-chart-wide" data-chart-print="counterparties">
            <h2 className="handout-chart-title">{counterpartiesSpec.title(report)}</h2>
            <p className="handout-chart-units">{counterpartiesSpec.subtitle()}</p>
            <CounterpartiesPicture
              report={report}
              width={2 * CHART_W}
              fill="width"
              label={`${counterpartiesSpec.name}: ${counterpartiesSpec.title(report)}`}
            />
            <figcaption className="handout-source">
              <span className="handout-narrative">{counterpartiesSpec.summary(report)}</span> Source:{' '}
              {counterpartiesSpec.source}
            </figcaption>
          </figure>
        </section>
        <section className="handout-assumptions" aria-labelledby="handout-assumptions-title">
          <h2 id="handout-assumptions-title">Assumptions that differ from the sourced defaults</h2>
          {assumptions.length === 0 ? (
            <p>None: every lever is at its sourced default (see the dashboard's info marks for sources).</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Lever</th>
                  <th scope="col">This scenario</th>
                  <th scope="col">Default</th>
                  <th scope="col">Source of the default</th>
                  <th scope="col">Confidence</th>
                </tr>
              </thead>
              <tbody>
                {assumptions.map((a) => (
                  <tr key={a.lever.id}>
                    <th scope="row">{a.lever.label}</th>
                    <td>{a.value}</td>
                    <td>{a.default}</td>
                    <td>{sourceLine(a.lever)}</td>
                    <td>{a.lever.confidence}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <footer className="handout-link">
          <p>
            Open this scenario: <a href={link}>{link}</a>
          </p>
          <p>Model and sources: Decoupling Dashboard. Figures are scenario outputs, not forecasts.</p>
        </footer>
      </article>
    </dialog>,
    document.body,
  );
}
