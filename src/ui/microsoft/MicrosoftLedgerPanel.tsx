import { useEffect, useMemo, useState } from 'react';
import {
  equityMethodLossIn,
  microsoftLedger,
  planBMoves,
  revShareCapReached,
  withoutPlanB,
  type PlanBMoves,
} from '../../engine/microsoftLedger';
import { calendarYear } from '../../engine/time';
import type { ScenarioResult } from '../../engine/types';
import { fmtPct, fmtUsdB } from '../../format';
import type { Params } from '../../registry';
import { monthLabel, parseMonth } from '../../registry/month';
import { useAppStore } from '../../store';
import { useRunner } from '../common/runner';
import './microsoftLedger.css';

/** How long the levers must rest before the scenario without Plan B is asked for (as "What moved it"). */
const SETTLE_MS = 150;

const signed = (v: number) => (v > 0.05 ? `+${fmtUsdB(v)}` : Math.abs(v) < 0.05 ? '$0.0B' : fmtUsdB(v));
const month = (ym: string | null) => {
  const m = ym === null ? null : parseMonth(ym);
  return m === null ? '' : monthLabel(m);
};

/** What Plan B moves: the same scenario without Plan B, run on the analysis worker once the levers rest. */
function usePlanB(
  params: Params,
  result: ScenarioResult,
  enabled: boolean,
): { moves: PlanBMoves | null | 'off'; pending: boolean } {
  const runner = useRunner();
  const [answer, setAnswer] = useState<{ for: ScenarioResult; moves: PlanBMoves } | null>(null);
  const off = params.planBShiftPct === 0;
  useEffect(() => {
    if (off || !enabled) return;
    let live = true;
    const timer = setTimeout(() => {
      runner
        .ask({ kind: 'run', params: withoutPlanB(params) })
        .then((without) => {
          if (live) setAnswer({ for: result, moves: planBMoves(params, result, without) });
        })
        .catch(() => {
          if (live) setAnswer(null);
        });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [runner, params, result, off, enabled]);
  if (off) return { moves: 'off', pending: false };
  // the last answer stays on screen, dimmed, while the next is computed
  return { moves: answer?.moves ?? null, pending: answer?.for !== result };
}

/**
 * Microsoft's ledger in full, under its chart: Azure revenue from OpenAI, the revenue share
 * against its cap, the stake at the last round's valuation, its equity-method share of OpenAI's
 * losses, and what Plan B moves. The engine's figures (src/engine/microsoftLedger.ts), under the
 * CLI's names (`microsoft` in its JSON).
 */
export function MicrosoftLedgerPanel() {
  // the ledger is its result's: with the levers it was run for, read when it arrives, so a lever
  // step redraws the ledger once (with its result), not also before, on the last result
  const result = useAppStore((s) => s.result);
  const params = useMemo(() => (result ? useAppStore.getState().params : null), [result]);
  if (!result || !params) return null;
  return <LedgerView params={params} result={result} />;
}

function LedgerView({ params, result }: { params: Params; result: ScenarioResult }) {
  const years = useMemo(() => {
    const out: number[] = [];
    for (let t = 0; t < result.months; t++) if (!out.includes(calendarYear(t))) out.push(calendarYear(t));
    return out;
  }, [result]);
  const l = useMemo(() => microsoftLedger(params, result, years), [params, result, years]);
  const capReached = useMemo(() => revShareCapReached(result, l.revShareCapUsdB), [result, l.revShareCapUsdB]);
  // closed, the card keeps the grid's row height; open, it asks for the run without Plan B
  const [open, setOpen] = useState(false);
  const { moves: planB, pending } = usePlanB(params, result, open);
  const span = `${years[0]}–${years[years.length - 1]}`;
  const capShare = l.revShareCapUsdB > 0 ? Math.min(1, l.revShareUsdB / l.revShareCapUsdB) : 0;
  const firstYear = l.years[0];
  // Q3 2025 (months 6–8), the quarter Microsoft's 10-Q reports its share for
  const q3 = result.months >= 9 ? equityMethodLossIn(result, 6, 9) : null;
  return (
    <details className="ms-ledger" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="ms-ledger-title">
        Microsoft&apos;s ledger, {span}: Azure revenue {fmtUsdB(l.azureRevenueUsdB)} · revenue share{' '}
        {fmtUsdB(l.revShareUsdB)} of {fmtUsdB(l.revShareCapUsdB, 0)} · stake {fmtUsdB(l.stakeValueUsdB, 'auto')}
      </summary>
      <dl>
        <div data-figure="azureRevenueUsdB">
          <dt>Azure revenue from OpenAI</dt>
          <dd>
            <b>{fmtUsdB(l.azureRevenueUsdB)}</b> ({fmtUsdB(l.azureContractUsdB)} under the commitment,{' '}
            {fmtUsdB(l.azureOnDemandUsdB)} on demand)
          </dd>
        </div>
        <div data-figure="revShareUsdB">
          <dt>Revenue share received</dt>
          <dd>
            <b>{fmtUsdB(l.revShareUsdB)}</b> of the {fmtUsdB(l.revShareCapUsdB, 0)} cap
            {capReached ? `, reached ${month(capReached)}` : ', not reached'}
            <svg
              className="ms-cap"
              width="100%"
              height="6"
              aria-hidden="true"
              preserveAspectRatio="none"
              viewBox="0 0 100 6"
            >
              <rect x="0" y="0" width="100" height="6" className="ms-cap-track" />
              <rect x="0" y="0" width={Math.round(capShare * 1000) / 10} height="6" className="ms-cap-fill" />
            </svg>
          </dd>
        </div>
        <div data-figure="stakeValueUsdB">
          <dt>Stake at the last round&apos;s valuation</dt>
          <dd>
            <b>{fmtUsdB(l.stakeValueUsdB, 'auto')}</b> ({fmtPct(l.stakePct, 1)} of {fmtUsdB(l.valuationUsdB, 'auto')})
          </dd>
        </div>
        <div data-figure="equityMethodLossUsdB">
          <dt>Equity-method share of OpenAI&apos;s losses</dt>
          <dd>
            <b>{fmtUsdB(l.equityMethodLossUsdB)}</b> (stake × net loss; {firstYear.year}:{' '}
            {fmtUsdB(firstYear.equityMethodLossUsdB)}
            {q3 === null ? '' : `; Q3 2025: ${fmtUsdB(q3, 2)}, reported $3.1B`})
          </dd>
        </div>
        <div data-figure="planB">
          <dt>What Plan B moves</dt>
          <dd className={pending ? 'ms-pending' : undefined} aria-busy={pending}>
            {planB === 'off' ? (
              'Plan B is off in this scenario (no Azure demand moved to Microsoft’s own models).'
            ) : planB === null ? (
              <span className="ms-pending">Running the scenario without Plan B…</span>
            ) : (
              <>
                {planB.shiftPct}% of Azure-channel demand from {month(planB.startMonth)}: Azure revenue{' '}
                <b>{signed(planB.azureRevenueUsdB)}</b>, revenue share <b>{signed(planB.revShareUsdB)}</b>
                {Math.abs(planB.revShareUsdB) < 0.05 && capReached ? ' (the cap binds either way)' : ''}, equity-method
                share <b>{signed(planB.equityMethodLossUsdB)}</b>, OpenAI&apos;s revenue{' '}
                <b>{signed(planB.openAiRevenueUsdB)}</b>
              </>
            )}
          </dd>
        </div>
      </dl>
    </details>
  );
}
