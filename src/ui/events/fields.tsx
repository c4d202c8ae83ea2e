import { useId, useState, type KeyboardEvent } from 'react';
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
 * A typed field's draft and message: the text is applied on Enter or when focus leaves, through
 * `read` (a value, or a message shown beside the field); Esc drops a draft or a message.
 */
function useTypedField(text: string, value: number, read: (text: string) => Reading, onValue: FieldProps['onValue']) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const apply = (typed: string) => {
    const r = read(typed);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    if (r.value !== value) onValue(r.value, true);
  };
  const inputProps = {
    type: 'text',
    value: draft ?? text,
    'aria-invalid': error !== null,
    'aria-describedby': error ? errId : undefined,
    onChange: (e: { target: HTMLInputElement }) => setDraft(e.target.value),
    onBlur: (e: { target: HTMLInputElement }) => {
      if (draft !== null) apply(e.target.value);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') apply(e.currentTarget.value);
      if (e.key === 'Escape' && (draft !== null || error)) {
        e.preventDefault();
        setDraft(null);
        setError(null);
      }
    },
  };
  return { inputProps, message: <Message id={errId} text={error} /> };
}

/**
 * A number typed into a text field: applied on Enter or when focus leaves, exactly as typed,
 * or refused with a message beside the field (out of range, too many decimals, not a number).
 */
export function NumberField({ lever, value, onValue, unit = lever.unit, scale = 1, label = lever.label }: FieldProps) {
  const { inputProps, message } = useTypedField(
    fieldText(value, lever, scale),
    value,
    (text) => readNumber(text, lever, unit, scale),
    onValue,
  );
  return (
    <span className="events-field">
      <span className="events-input-unit">
        <input
          {...inputProps}
          autoComplete="off"
          inputMode="decimal"
          className="events-input events-number"
          size={6}
          aria-label={label}
          data-field={lever.id.slice(lever.id.lastIndexOf('.') + 1)}
        />
        <span className="events-unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      {message}
    </span>
  );
}

/**
 * A month typed as YYYY-MM, the way the link and the CLI write it: one text field (one Tab
 * stop, the same in every browser), applied on Enter or when focus leaves, or refused with a
 * message beside it.
 */
export function MonthField({ lever, value, onValue, label = lever.label }: FieldProps) {
  const { inputProps, message } = useTypedField(
    fieldText(value, lever),
    value,
    (text) => readMonth(text, lever),
    onValue,
  );
  return (
    <span className="events-field">
      <input
        {...inputProps}
        className="events-input events-month"
        size={7}
        placeholder="YYYY-MM"
        autoComplete="off"
        aria-label={label}
        data-field="month"
      />
      {message}
    </span>
  );
}
