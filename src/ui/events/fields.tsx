import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { parseLeverValueIn, type Lever } from '../../registry';
import { fieldText, type LeverValue } from '../../registry/value';
import { useAppStore } from '../../store';

/** Typed text read as a link or the CLI would read it, against the scenario's other values (a capped pair). */
const readTyped = (lever: Lever, typed: string, shown?: { scale: number; unit?: string }): LeverValue =>
  parseLeverValueIn(useAppStore.getState().params, lever, typed, shown);

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

/** How a typed field looks and is named, as the button and as the text input. */
interface FieldLook {
  /** The box's classes, the same for both, so activating it moves nothing. */
  className: string;
  /** The text input's accessible name. */
  label: string;
  /** The button's accessible name: the label and the value (with its unit). */
  spoken: string;
  /** `data-field`: which of the row's levers. */
  field: string;
  /** Attributes only the text input has. */
  input: InputHTMLAttributes<HTMLInputElement>;
}

/**
 * A typed field: until it is activated, a button drawn as the field (a table of ~70 live text
 * inputs cost every repaint of the page a share of its paint and layer work); click, Enter or
 * Space turns it into the text input with the value selected. The text is applied on Enter or
 * when focus leaves, through `read` (a value, or a message shown beside the field, which then
 * stays open); Esc drops a draft or a message. Enter and Esc give the focus back to the button.
 */
function useTypedField(
  text: string,
  value: number,
  read: (text: string) => LeverValue,
  onValue: FieldProps['onValue'],
  look: FieldLook,
) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errId = useId();
  const button = useRef<HTMLButtonElement>(null);
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
    if (r.status !== 'valid') {
      setError(r.reason);
      return false;
    }
    if (r.value !== value) onValue(r.value, true);
    return true;
  };
  const control = editing ? (
    <input
      {...look.input}
      type="text"
      autoComplete="off"
      autoFocus
      className={look.className}
      aria-label={look.label}
      data-field={look.field}
      value={draft ?? text}
      aria-invalid={error !== null}
      aria-describedby={error ? errId : undefined}
      onFocus={(e) => e.target.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        if (draft === null || apply(e.target.value)) close(false);
      }}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter' && apply(e.currentTarget.value)) close(true);
        if (e.key === 'Escape') {
          e.preventDefault();
          close(true);
        }
      }}
    />
  ) : (
    <button
      ref={button}
      type="button"
      className={`${look.className} events-value`}
      aria-label={look.spoken}
      data-field={look.field}
      onClick={() => setEditing(true)}
    >
      {text}
    </button>
  );
  return { control, message: <Message id={errId} text={error} /> };
}

/**
 * A number typed into a text field: applied on Enter or when focus leaves, exactly as typed,
 * or refused with a message beside the field (out of range, not a number), as a link would be.
 */
export function NumberField({ lever, value, onValue, unit = lever.unit, scale = 1, label = lever.label }: FieldProps) {
  const text = fieldText(lever, value, scale);
  const read = (typed: string) => readTyped(lever, typed, { scale, unit });
  const { control, message } = useTypedField(text, value, read, onValue, {
    className: 'events-input events-number',
    label,
    spoken: `${label}: ${text} ${unit}`,
    field: lever.id.slice(lever.id.lastIndexOf('.') + 1),
    input: { inputMode: 'decimal', size: 6 },
  });
  return (
    <span className="events-field">
      <span className="events-input-unit">
        {control}
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
  const text = fieldText(lever, value);
  const { control, message } = useTypedField(text, value, (typed) => readTyped(lever, typed), onValue, {
    className: 'events-input events-month',
    label,
    spoken: `${label}: ${text}`,
    field: 'month',
    input: { size: 7, placeholder: 'YYYY-MM' },
  });
  return (
    <span className="events-field">
      {control}
      {message}
    </span>
  );
}
