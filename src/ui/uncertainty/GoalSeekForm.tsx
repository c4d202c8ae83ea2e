import { useId, useMemo, useState } from 'react';
import { LEVER_BY_ID, LEVERS, type Params } from '../../registry';
import { monthLabel } from '../../registry/month';
import type { Goal, GoalSeekResult } from '../../engine/uncertainty';
import { useRunner } from '../common/runner';
import { goalSeekSentence } from '../../charts/uncertainty/findings';
import { fieldText } from '../../registry/value';

const SEEKABLE = LEVERS.filter((l) => l.kind !== 'toggle' && l.id !== 'horizonMonths');

const valueText = (leverId: string, v: number) => fieldText(LEVER_BY_ID.get(leverId)!, v);

/** "What value of lever X gives breakeven by year Y / keeps cash ≥ 0 through the horizon?" */
export function GoalSeekForm({
  params,
  startMonth,
  months,
  onApply,
}: {
  params: Params;
  startMonth: number;
  months: number;
  /** Called with the found value when the person chooses to use it. */
  onApply?: (leverId: string, value: number) => void;
}) {
  const formId = useId();
  const years = useMemo(() => {
    const first = Math.floor(startMonth / 12);
    const last = Math.floor((startMonth + months - 1) / 12);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }, [startMonth, months]);
  const [leverId, setLeverId] = useState('revenueGrowthPct');
  const [goalKind, setGoalKind] = useState<Goal['kind']>('breakevenBy');
  const [year, setYear] = useState(years[Math.min(3, years.length - 1)]);
  const [answer, setAnswer] = useState<{ result: GoalSeekResult; text: string } | null>(null);

  const runner = useRunner();
  /** Asks the runner; an answer for a question no longer on screen (another lever chosen since) is dropped. */
  const seek = async () => {
    const goal: Goal = goalKind === 'solvent' ? { kind: 'solvent' } : { kind: 'breakevenBy', year };
    setAnswer(null);
    const result = await runner.ask({ kind: 'goalSeek', params, leverId, goal });
    const lever = LEVER_BY_ID.get(leverId)!;
    const goalText =
      goal.kind === 'solvent'
        ? `keeps cash ≥ 0 through ${monthLabel(startMonth + months - 1)}`
        : `gives breakeven (burn ≤ 0) by Dec ${year}`;
    const text = goalSeekSentence(result, lever.label, lever.kind === 'month' ? '' : lever.unit, goalText, (v) =>
      valueText(leverId, v),
    );
    setAnswer({ result, text });
  };

  return (
    <section className="chart-card mc-card mc-goalseek" aria-labelledby={`${formId}-h`}>
      <header className="chart-head">
        <h3 id={`${formId}-h`} className="chart-title">
          Goal-seek: which value of one lever reaches a goal?
        </h3>
        <p className="chart-subtitle">
          Searches the lever’s whole range (scan, then bisection to its last decimal) with every other lever as set
        </p>
      </header>
      <form
        className="mc-form"
        onSubmit={(e) => {
          e.preventDefault();
          void seek();
        }}
      >
        <label className="mc-field">
          <span>Lever</span>
          <select
            value={leverId}
            onChange={(e) => {
              setLeverId(e.target.value);
              setAnswer(null);
            }}
          >
            {SEEKABLE.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="mc-field">
          <span>Goal</span>
          <select
            value={goalKind}
            onChange={(e) => {
              setGoalKind(e.target.value as Goal['kind']);
              setAnswer(null);
            }}
          >
            <option value="breakevenBy">Breakeven by the end of…</option>
            <option value="solvent">Cash ≥ 0 through the horizon</option>
          </select>
        </label>
        {goalKind === 'breakevenBy' && (
          <label className="mc-field">
            <span>Year</span>
            <select
              value={year}
              onChange={(e) => {
                setYear(Number(e.target.value));
                setAnswer(null);
              }}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="tool">
          Find value
        </button>
      </form>
      <div role="status" aria-live="polite" className="mc-answer">
        {answer && <p data-status={answer.result.status}>{answer.text}</p>}
        {answer?.result.status === 'found' && onApply && (
          <button
            type="button"
            className="tool"
            onClick={() => onApply(leverId, (answer.result as { value: number }).value)}
          >
            Use {valueText(leverId, (answer.result as { value: number }).value)}
          </button>
        )}
      </div>
    </section>
  );
}
