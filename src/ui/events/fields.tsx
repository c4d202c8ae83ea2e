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
  return <span id={id} className="events-error" role="alert">{text}</span>;
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
          type="text" inputMode="decimal" className="events-input events-number" value={shown} size={6}
          aria-label={label} aria-invalid={error !== null} aria-describedby={error ? errId : undefined}
          data-field={lever.id.slice(lever.id.lastIndexOf('.') + 1)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => { if (draft !== null) apply(e.target.value); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(e.currentTarget.value);
            if (e.key === 'Escape' && (draft !== null || error)) { e.preventDefault(); setDraft(null); setError(null); }
          }}
        />
        <span className="events-unit" aria-hidden="true">{unit}</span>
      </span>
      <Message id={errId} text={error} />
    </span>
  );
}

/**
 * A month (YYYY-MM). A complete month inside the range applies at once, as a month picker
 * changes it; the change is committed to history when focus leaves. Anything else gets a
 * message when focus leaves or on Enter.
 */
export function MonthField({ lever, value, onValue, label = lever.label }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errId = useId();
  const shown = draft ?? fieldText(value, lever);

  const check = (text: string, done: boolean) => {
    const r = readMonth(text, lever);
    if (!r.ok) {
      if (done) setError(r.message);
      return;
    }
    setError(null);
    if (done) setDraft(null);
    if (r.value !== value) onValue(r.value, done);
    else if (done && pending) onValue(r.value, true);
    setPending(!done && (pending || r.value !== value));
  };

  return (
    <span className="events-field">
      <input
        type="month" className="events-input events-month" value={shown} min={fieldText(lever.min, lever)} max={fieldText(lever.max, lever)}
        aria-label={label} aria-invalid={error !== null} aria-describedby={error ? errId : undefined} data-field="month"
        onChange={(e) => { setDraft(e.target.value); check(e.target.value, false); }}
        onBlur={(e) => { if (draft !== null || pending) check(e.target.value, true); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') check(e.currentTarget.value, true);
          if (e.key === 'Escape' && (draft !== null || error)) { e.preventDefault(); setDraft(null); setError(null); }
        }}
      />
      <Message id={errId} text={error} />
    </span>
  );
}
