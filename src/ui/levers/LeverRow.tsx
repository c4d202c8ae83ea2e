import { memo, useId, useState } from 'react';
import { inactiveReason, LEVER_BY_ID, pairProblem, parseLeverValueIn, type Lever } from '../../registry';
import { fieldText, leverText } from '../../registry/value';
import { useWhyStore } from '../attribution/whyStore';
import { useAppStore } from '../../store';
import { commitHistory, commitHistoryStep } from '../../store/urlSync';
import { InfoPopover } from './InfoPopover';
import './why.css';

/** One lever: a slider and a field bound to the same store value, reset and info beside them. */
export const LeverRow = memo(function LeverRow({ lever }: { lever: Lever }) {
  const value = useAppStore((s) => s.params[lever.id]);
  const setParam = useAppStore((s) => s.setParam);
  const resetParam = useAppStore((s) => s.resetParam);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const changed = value !== lever.default;
  // A lever that acts through another sitting at zero changes nothing: disabled, with the reason.
  const inactive = useAppStore((s) => (lever.requires ? inactiveReason(lever, s.params, LEVER_BY_ID) : null));
  // What "What moved it" says absorbed this lever's change, when it moved the output little.
  const why = useWhyStore((s) => s.byLever[lever.id] ?? null);
  const whyId = `${fieldId}-why`;

  /** Applies typed text as a link or the CLI would read it; a refused value stays in the field with why. */
  const commitDraft = (text: string) => {
    const read = parseLeverValueIn(useAppStore.getState().params, lever, text);
    if (read.status !== 'valid') return setError(read.reason);
    setError(null);
    setParam(lever.id, read.value, { typed: true });
    setDraft(null);
    commitHistory();
  };

  if (lever.kind === 'toggle') {
    return (
      <div className="lever lever-toggle" data-lever={lever.id}>
        <label className="lever-label toggle-label">
          <input
            type="checkbox"
            checked={value === 1}
            onChange={(e) => {
              setParam(lever.id, e.target.checked ? 1 : 0);
              commitHistory();
            }}
          />
          {lever.label}
        </label>
        <span className="lever-actions">
          <ResetButton
            lever={lever}
            shown={changed}
            onReset={() => {
              resetParam(lever.id);
              commitHistory();
            }}
          />
          <InfoPopover lever={lever} />
        </span>
      </div>
    );
  }

  const shown = draft ?? fieldText(lever, value);
  // text typed into the field that differs from the value it shows (focus alone sets a draft)
  const typed = draft !== null && draft !== fieldText(lever, value);
  return (
    <div className={changed ? 'lever changed' : 'lever'} data-lever={lever.id}>
      <div className="lever-top">
        <label className="lever-label" htmlFor={fieldId}>
          {lever.label}
        </label>
        <span className="lever-actions">
          <ResetButton
            lever={lever}
            shown={changed}
            onReset={() => {
              resetParam(lever.id);
              setError(null);
              commitHistory();
            }}
          />
          <InfoPopover lever={lever} />
        </span>
      </div>
      <div className="lever-controls">
        <input
          type="range"
          className="lever-slider"
          autoComplete="off"
          min={lever.min}
          max={lever.max}
          step={lever.kind === 'month' ? 1 : lever.step}
          value={value}
          aria-label={lever.label}
          aria-valuetext={leverText(lever, value)}
          disabled={inactive !== null}
          aria-describedby={inactive || why ? whyId : undefined}
          onChange={(e) => {
            const v = Number(e.target.value);
            // The slider stops where the other lever of a capped pair leaves no room, and says so.
            const pair = pairProblem(useAppStore.getState().params, lever.id, v);
            setError(pair ? pair.reason : null);
            setParam(lever.id, pair ? pair.max : v);
          }}
          // A drag is one change when the pointer lets go; arrow-key steps in quick succession
          // are one run, one history entry, as Undo makes them one step.
          onPointerUp={commitHistory}
          onKeyUp={commitHistoryStep}
        />
        <input
          id={fieldId}
          className={lever.kind === 'month' ? 'lever-field lever-field-month' : 'lever-field'}
          autoComplete="off"
          // a month is typed as YYYY-MM, as the link and the CLI write it: one text field in every browser
          type="text"
          inputMode={lever.kind === 'month' ? 'numeric' : 'decimal'}
          placeholder={lever.kind === 'month' ? 'YYYY-MM' : undefined}
          value={shown}
          aria-invalid={error !== null}
          aria-describedby={
            [error ? `${fieldId}-err` : '', inactive || why ? whyId : ''].filter(Boolean).join(' ') || undefined
          }
          disabled={inactive !== null}
          onFocus={() => setDraft(shown)}
          onChange={(e) => {
            setDraft(e.target.value);
            // a whole month applies as it is typed, as the month picker this field replaced did
            if (
              lever.kind === 'month' &&
              parseLeverValueIn(useAppStore.getState().params, lever, e.target.value).status === 'valid'
            )
              commitDraft(e.target.value);
          }}
          onBlur={(e) => {
            if (draft !== null) commitDraft(e.target.value);
            setDraft(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDraft(e.currentTarget.value);
            // Ctrl+Z: what was typed is committed first, then the page undoes the scenario
            // (src/ui/share/UndoToast), so the field shows what the charts show.
            if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
              if (typed) commitDraft(e.currentTarget.value);
              setDraft(null);
            }
            if (e.key === 'Escape') {
              // what was typed is dropped first; a second Escape may close the phone's sheet
              if (typed) e.preventDefault();
              setDraft(null);
              setError(null);
            }
          }}
        />
        {lever.kind !== 'month' && <span className="lever-unit">{lever.unit}</span>}
      </div>
      {error && (
        <p id={`${fieldId}-err`} className="lever-error" role="alert">
          {error}
        </p>
      )}
      {(inactive || why) && (
        <p id={whyId} className="lever-why" data-inactive={inactive !== null}>
          {inactive ? `${inactive}.` : why}
        </p>
      )}
    </div>
  );
});

function ResetButton({ lever, shown, onReset }: { lever: Lever; shown: boolean; onReset: () => void }) {
  if (!shown) return <span className="icon-spacer" aria-hidden="true" />;
  const def = fieldText(lever, lever.default);
  return (
    <button
      type="button"
      className="icon-button reset-button"
      onClick={onReset}
      aria-label={`Reset ${lever.label} to ${def}`}
      title={`Reset to ${def}`}
    >
      ↺
    </button>
  );
}
