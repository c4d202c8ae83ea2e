import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_BRIDGE_PERIOD,
  lossBridge,
  lossPeriods,
  REPORTED_LOSSES,
  sourceName,
  type Basis,
  type LossPeriod,
} from '../../charts/accounting/lossBridge';
import { bridgeBars, LOSS_LINES, lossLinesLayout } from '../../charts/accounting/lossLayout';
import { useWidth } from '../../charts/common/useWidth';
import type { ScenarioResult } from '../../engine/types';
import { fmtUsdB } from '../../format';
import { useRestingResult } from '../attribution/settledScenario';
import './losses.css';

export const LOSSES_TITLE = 'Why losses differ from cash burn';
const HEIGHT = 170;
const color = (t: string) => `var(--c-${t})`;

/** The words beside a figure that say how it is known; an assumption says so in plain sight. */
function BasisTag({ basis }: { basis: Basis }) {
  if (basis.kind === 'model') return <span className="basis basis-model">model</span>;
  if (basis.kind === 'assumption')
    return (
      <span className="basis basis-assumption" title={basis.why}>
        assumption
      </span>
    );
  return (
    <span className="basis basis-reported" title={basis.sources.join(', ')}>
      {basis.sources.map(sourceName).join(', ')} · {basis.confidence}
    </span>
  );
}

/** The period's three figures beside the record's, in words. */
export function lossesSummary(p: LossPeriod): string {
  const reported = (line: string) => REPORTED_LOSSES.find((r) => r.period === p.label && r.line === line);
  const said = (line: string, value: number) => {
    const r = reported(line);
    return r ? `${fmtUsdB(value)} (reported ${fmtUsdB(r.valueUsdB)})` : fmtUsdB(value);
  };
  return (
    `In ${p.label} cash burn is ${said('burnUsdB', p.burnUsdB)}, the operating loss ` +
    `${said('operatingLossUsdB', p.operatingLossUsdB)} and the net loss ${said('netLossUsdB', p.netLossUsdB)}.`
  );
}

/**
 * "Why losses differ from cash burn": cash burn, operating loss and net loss per quarter, and
 * for one period the items between them, each with its source or marked an assumption.
 */
export function LossesCard() {
  // below the charts: redrawn when the levers rest, so a drag's steps keep the frame for the charts
  const { result, moving } = useRestingResult();
  if (!result) return null;
  return <LossesView result={result} busy={moving} />;
}

export function LossesView({ result, busy = false }: { result: ScenarioResult; busy?: boolean }) {
  const headingId = useId();
  const selectId = useId();
  const summaryId = useId();
  const [plotRef, width] = useWidth<HTMLDivElement>();
  const quarters = useMemo(() => lossPeriods(result, 'quarter'), [result]);
  const years = useMemo(() => lossPeriods(result, 'year'), [result]);
  const all = useMemo(() => [...quarters, ...years], [quarters, years]);
  const [chosen, setChosen] = useState(DEFAULT_BRIDGE_PERIOD);
  const period = all.find((p) => p.label === chosen) ?? quarters[0];
  const layout = useMemo(() => lossLinesLayout(quarters, REPORTED_LOSSES, width, HEIGHT), [quarters, width]);
  const steps = useMemo(() => lossBridge(period), [period]);
  // the waterfall's column gives way first on a narrow card
  const barWidth = Math.max(40, Math.min(140, width - 300));
  const bars = useMemo(() => bridgeBars(steps, barWidth), [steps, barWidth]);
  const selectedX = layout.periodX[period.label];
  const summary = lossesSummary(period);
  return (
    <section className="chart-card losses-card" aria-labelledby={headingId} data-card="losses" aria-busy={busy}>
      <header className="chart-head">
        <h2 id={headingId} className="chart-title">
          {LOSSES_TITLE}
        </h2>
        <p className="chart-subtitle">$B per quarter, below 0 a profit · ○ reported</p>
        <div className="chart-tools">
          <label htmlFor={selectId}>Items for</label>
          <select
            id={selectId}
            className="tool"
            autoComplete="off"
            value={period.label}
            onChange={(e) => setChosen(e.target.value)}
          >
            <optgroup label="Quarters">
              {quarters.map((p) => (
                <option key={p.label} value={p.label}>
                  {p.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Years">
              {years.map((p) => (
                <option key={p.label} value={p.label}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </header>
      <ul className="losses-legend" aria-label="Lines">
        {LOSS_LINES.map((l) => (
          <li key={l.key}>
            <svg width="18" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="18"
                y1="4"
                y2="4"
                stroke={color(l.color)}
                strokeWidth="2"
                strokeDasharray={l.dashed ? '4 2' : undefined}
              />
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
      <div className="chart-plot" ref={plotRef}>
        <svg
          className="chart-svg losses-svg"
          width={layout.width}
          height={layout.height}
          role="img"
          aria-labelledby={headingId}
          aria-describedby={summaryId}
        >
          <g className="grid">
            {layout.yTicks.map((t) => (
              <line key={t.label} x1={layout.left} x2={layout.right} y1={t.pos} y2={t.pos} className="grid-y" />
            ))}
          </g>
          <line x1={layout.left} x2={layout.right} y1={layout.zeroY} y2={layout.zeroY} className="losses-zero" />
          {selectedX !== undefined && (
            <line x1={selectedX} x2={selectedX} y1={layout.top} y2={layout.bottom} className="losses-selected" />
          )}
          <g className="axis axis-y">
            {layout.yTicks.map((t) => (
              <text key={t.label} x={layout.left - 4} y={t.pos + 3.5}>
                {t.label}
              </text>
            ))}
          </g>
          <g className="axis axis-x">
            {layout.xTicks.map((t) => (
              <text key={t.label} x={t.pos} y={layout.bottom + 14} textAnchor="middle">
                {t.label}
              </text>
            ))}
          </g>
          {layout.lines.map((l) => (
            <path
              key={l.key}
              d={l.d}
              data-series={l.key}
              fill="none"
              stroke={color(l.color)}
              strokeWidth={l.key === 'burnUsdB' ? 2.5 : 2}
              strokeDasharray={l.dashed ? '5 3' : undefined}
            />
          ))}
          {layout.points.map((p) => (
            <circle key={p.label} cx={p.x} cy={p.y} r={4} className="losses-reported" stroke={color(p.color)}>
              <title>{p.label}</title>
            </circle>
          ))}
        </svg>
      </div>
      <p id={summaryId} className="losses-summary">
        {summary}
      </p>
      <table className="losses-bridge">
        <caption>From cash burn to the losses, {period.label}, $B</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" aria-hidden="true" className="bridge-bar-col" />
            <th scope="col">$B</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={s.id} className={s.total ? 'bridge-total' : undefined} data-step={s.id}>
              <th scope="row">{s.label}</th>
              <td className="bridge-bar-col" aria-hidden="true">
                <svg width={barWidth} height="10">
                  <rect x={bars[i].x} width={bars[i].width} y="1" height="8" className={`bridge-${bars[i].tone}`} />
                </svg>
              </td>
              <td className="bridge-value">{fmtUsdB(s.valueUsdB, 2)}</td>
              <td>
                <BasisTag basis={s.basis} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="chart-source">
        Source: model (docs/MODEL.md, “Losses and cash burn”); rings: The Information, Microsoft 10-Q, OpenAI&apos;s
        audited 2025 accounts (via the FT). Items marked “assumption” have no source.
      </footer>
    </section>
  );
}
