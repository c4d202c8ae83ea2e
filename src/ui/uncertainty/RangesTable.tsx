import { useState } from 'react';
import { LEVER_BY_ID, LEVERS, type Lever, type Params } from '../../registry';
import { fieldText, parseLeverValue } from '../../registry/value';
import {
  canVary,
  checkRange,
  effectiveRanges,
  type Distribution,
  type LeverRange,
  type RangeOverrides,
} from '../../engine/uncertainty';

const text = (lever: Lever, v: number) => fieldText(lever, v);

/**
 * The ranges a run draws, lever by lever, each editable. An edit becomes an override (used as
 * given); "Reset" returns the lever to its sourced range. Any lever (not only sourced ones)
 * can be given a range from "Add a range".
 */
export function RangesTable({
  params,
  overrides,
  onChange,
}: {
  params: Params;
  overrides: RangeOverrides;
  onChange: (next: RangeOverrides) => void;
}) {
  const ranges = effectiveRanges(params, overrides);
  const ranged = new Set(ranges.map((r) => r.leverId));
  const addable = LEVERS.filter((l) => canVary(l) && !ranged.has(l.id));
  const set = (id: string, r: LeverRange | null) => {
    const next = { ...overrides };
    if (r) next[id] = r;
    else delete next[id];
    onChange(next);
  };
  return (
    <details className="mc-ranges">
      <summary>
        Ranges drawn: {ranges.length} levers ({Object.keys(overrides).length} edited)
      </summary>
      <div className="mc-table-wrap">
        <table className="mc-table">
          <caption>
            Low and high of each range (a lognormal’s p5 and p95) and its shape; sourced ranges move with a lever you
            have moved
          </caption>
          <thead>
            <tr>
              <th scope="col">Lever</th>
              <th scope="col">Low</th>
              <th scope="col">High</th>
              <th scope="col">Shape</th>
              <th scope="col">Range</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ranges.flatMap((r) => {
              if (r.dist === 'bernoulli') return [];
              const lever = LEVER_BY_ID.get(r.leverId)!;
              return (
                <RangeRow
                  key={`${r.leverId}:${r.low}:${r.high}:${r.dist}`}
                  lever={lever}
                  range={{ ...r, dist: r.dist }}
                  edited={r.origin === 'override'}
                  onSet={(next) => set(r.leverId, next)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {ranges.some((r) => r.dist === 'bernoulli') && (
        <p className="mc-note">
          Conditional events drawn with their probability:{' '}
          {ranges
            .filter((r) => r.dist === 'bernoulli')
            .map((r) => `${LEVER_BY_ID.get(r.leverId)!.label.replace(/: counted$/, '')} (${Math.round(r.mode * 100)}%)`)
            .join('; ')}
          .
        </p>
      )}
      {addable.length > 0 && (
        <label className="mc-field">
          <span>Add a range</span>
          <select
            value=""
            onChange={(e) => {
              const lever = LEVER_BY_ID.get(e.target.value);
              if (!lever) return;
              const v = params[lever.id];
              const span = (lever.max - lever.min) / 10;
              set(lever.id, {
                low: Math.max(lever.min, v - span),
                high: Math.min(lever.max, v + span),
                dist: 'uniform',
              });
            }}
          >
            <option value="">Choose a lever…</option>
            {addable.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </details>
  );
}

function RangeRow({
  lever,
  range,
  edited,
  onSet,
}: {
  lever: Lever;
  range: LeverRange;
  edited: boolean;
  onSet: (r: LeverRange | null) => void;
}) {
  const [low, setLow] = useState(text(lever, range.low));
  const [high, setHigh] = useState(text(lever, range.high));
  const [error, setError] = useState<string | null>(null);
  const commit = (lowT: string, highT: string, dist: Distribution) => {
    // a range's ends are lever values: read as any typed value is, then checked as a range
    const l = parseLeverValue(lever, lowT);
    if (l.status !== 'valid') return setError(`low: ${l.reason}`);
    const h = parseLeverValue(lever, highT);
    if (h.status !== 'valid') return setError(`high: ${h.reason}`);
    const next = { low: l.value, high: h.value, dist };
    const why = checkRange(lever, next);
    if (why) return setError(why);
    setError(null);
    if (next.low !== range.low || next.high !== range.high || dist !== range.dist) onSet(next);
  };
  return (
    <tr>
      <th scope="row">
        {lever.label} <span className="mc-unit">{lever.kind === 'month' ? '' : lever.unit}</span>
      </th>
      <td>
        <input
          aria-label={`${lever.label}: low`}
          value={low}
          size={8}
          aria-invalid={error !== null}
          onChange={(e) => setLow(e.target.value)}
          onBlur={() => commit(low, high, range.dist)}
          onKeyDown={(e) => e.key === 'Enter' && commit(low, high, range.dist)}
        />
      </td>
      <td>
        <input
          aria-label={`${lever.label}: high`}
          value={high}
          size={8}
          aria-invalid={error !== null}
          onChange={(e) => setHigh(e.target.value)}
          onBlur={() => commit(low, high, range.dist)}
          onKeyDown={(e) => e.key === 'Enter' && commit(low, high, range.dist)}
        />
      </td>
      <td>
        <select
          aria-label={`${lever.label}: shape`}
          value={range.dist}
          onChange={(e) => commit(low, high, e.target.value as Distribution)}
        >
          <option value="uniform">uniform</option>
          <option value="triangular">triangular</option>
          <option value="lognormal">lognormal</option>
        </select>
      </td>
      <td>
        {error ? (
          <span className="mc-error" role="alert">
            {error}
          </span>
        ) : edited ? (
          'yours'
        ) : (
          'sourced'
        )}
      </td>
      <td>
        {edited && (
          <button type="button" className="tool" onClick={() => onSet(null)}>
            Reset
          </button>
        )}
      </td>
    </tr>
  );
}
