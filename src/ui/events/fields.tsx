import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
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
 * A typed field's draft, message and editing state. Until it is activated the field is a button
 * drawn as the field (a table of ~70 live text inputs cost every repaint of the page a share of
 * its paint and layer work); click, Enter or Space turns it into the text input with the value
 * selected. The text is applied on Enter or when focus leaves, through `read` (a value, or a
 * message shown beside the field, which then stays open); Esc drops a draft or a message.
 */
function useTypedField(text: string, value: number, read: (text: string) => Reading, onValue: FieldProps['onValue']) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // after Enter or Esc the focus goes back to the button that stands in for the field
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [editing]);
  const close = (focusButton: boolean) => {
    refocus.current = focusButton;
    setDraft(null);
    setError(null);
    setEditing(false);
  };
  /** Applies typed text; false when it was refused (the message shows and the field stays open). */
  const apply = (typed: string): boolean => {
    const r = read(typed);
    if (!r.ok) {
      setError(r.message);
      return false;
    }
    if (r.value !== value) onValue(r.value, true);
    return true;
  };
  const inputProps = {
    type: 'text',
    value: draft ?? text,
    autoFocus: true,
    'aria-invalid': error !== null,
    'aria-describedby': error ? errId : undefined,
    onFocus: (e: { target: HTMLInputElement }) => e.target.select(),
    onChange: (e: { target: HTMLInputElement }) => setDraft(e.target.value),
    onBlur: (e: { target: HTMLInputElement }) => {
      if (draft === null || apply(e.target.value)) close(false);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter' && apply(e.currentTarget.value)) close(true);
      if (e.key === 'Escape') {
        e.preventDefault();
        close(true);
      }
    },
  };
  const buttonProps = { ref: button, type: 'button' as const, onClick: () => setEditing(true) };
  return { editing, inputProps, buttonProps, message: <Message id={errId} text={error} /> };
}

/**
 * A number typed into a text field: applied on Enter or when focus leaves, exactly as typed,
 * or refused with a message beside the field (out of range, too many decimals, not a number).
 */
export function NumberField({ lever, value, onValue, unit = lever.unit, scale = 1, label = lever.label }: FieldProps) {
  const text = fieldText(value, lever, scale);
  const { editing, inputProps, buttonProps, message } = useTypedField(
    text,
    value,
    (typed) => readNumber(typed, lever, unit, scale),
    onValue,
  );
  const field = lever.id.slice(lever.id.lastIndexOf('.') + 1);
  return (
    <span className="events-field">
      <span className="events-input-unit">
        {editing ? (
          <input
            {...inputProps}
            autoComplete="off"
            inputMode="decimal"
            className="events-input events-number"
            size={6}
            aria-label={label}
            data-field={field}
          />
        ) : (
          <button
            {...buttonProps}
            className="events-input events-number events-value"
            aria-label={`${label}: ${text} ${unit}`}
            data-field={field}
          >
            {text}
          </button>
        )}
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
  const text = fieldText(value, lever);
  const { editing, inputProps, buttonProps, message } = useTypedField(
    text,
    value,
    (typed) => readMonth(typed, lever),
    onValue,
  );
  return (
    <span className="events-field">
      {editing ? (
        <input
          {...inputProps}
          className="events-input events-month"
          size={7}
          placeholder="YYYY-MM"
          autoComplete="off"
          aria-label={label}
          data-field="month"
        />
      ) : (
        <button
          {...buttonProps}
          className="events-input events-month events-value"
          aria-label={`${label}: ${text}`}
          data-field="month"
        >
          {text}
        </button>
      )}
      {message}
    </span>
  );
}
