import { useId, useState } from 'react';
import type { Lever } from '../../registry';
import { fieldText, readMonth, readNumber, type Reading } from './eventRows';

interface FieldProps {
  lever: Lever;
  value: number;
  /** Applies a value that passed the checks; `done` ends the change (commit history). */
  onValue: (value: number, done: boolean) => void;
  /** The visible unit beside a number field ("$B", "GW", "%"). */
  unit?: string;
  /** Field value = lever value × scale (100 for a share shown in percent). */
  scale?: number;
  /** Accessible name; the lever's label when absent. */
  label?: string;
}

function Message({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <span id={id} className="events-error" role="alert">
      {text}
    </span>
  );
}

/**
 * A number typed into a text field: applied on Enter or when focus leaves, exactly as typed,
 * or refused with a message beside the field (out of range, too many decimals, not a number).
 */
export function NumberField({ lever, value, onValue, unit = lever.unit, scale = 1, label = lever.label }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const shown = draft ?? fieldText(value, lever, scale);

  const apply = (text: string) => {
    const r: Reading = readNumber(text, lever, unit, scale);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    if (r.value !== value) onValue(r.value, true);
  };

  return (
    <span className="events-field">
      <span className="events-input-unit">
        <input
          type="text"
          inputMode="decimal"
          className="events-input events-number"
          value={shown}
          size={6}
          aria-label={label}
          aria-invalid={error !== null}
          aria-describedby={error ? errId : undefined}
          data-field={lever.id.slice(lever.id.lastIndexOf('.') + 1)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => {
            if (draft !== null) apply(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(e.currentTarget.value);
            if (e.key === 'Escape' && (draft !== null || error)) {
              e.preventDefault();
              setDraft(null);
              setError(null);
            }
          }}
        />
        <span className="events-unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      <Message id={errId} text={error} />
    </span>
  );
}

/**
 * A month typed as YYYY-MM, the way the link and the CLI write it: one text field (one Tab
 * stop, the same in every browser), applied on Enter or when focus leaves, or refused with a
 * message beside it.
 */
export function MonthField({ lever, value, onValue, label = lever.label }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const shown = draft ?? fieldText(value, lever);

  const apply = (text: string) => {
    const r = readMonth(text, lever);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    if (r.value !== value) onValue(r.value, true);
  };

  return (
    <span className="events-field">
      <input
        type="text"
        className="events-input events-month"
        value={shown}
        size={7}
        placeholder="YYYY-MM"
        autoComplete="off"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? errId : undefined}
        data-field="month"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => {
          if (draft !== null) apply(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(e.currentTarget.value);
          if (e.key === 'Escape' && (draft !== null || error)) {
            e.preventDefault();
            setDraft(null);
            setError(null);
          }
        }}
      />
      <Message id={errId} text={error} />
    </span>
  );
}
