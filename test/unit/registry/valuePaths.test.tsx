/**
 * One rule for a lever value, wherever it is typed (issue 26): the same 30 texts go through the
 * link codec, the lever panel's field, the events table's field and the CLI's `--set`, and each
 * path accepts the same values (every digit kept) and refuses the same ones with the same reason.
 * Out of range is refused everywhere, naming the range; nothing typed is clamped.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scenarioFrom, UsageError } from '../../../src/cli/args';
import { LEVER_BY_ID, type Lever } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { MonthField, NumberField } from '../../../src/ui/events/fields';
import { LeverRow } from '../../../src/ui/levers/LeverRow';
import { parseScenario } from '../../../src/url/codec';

beforeEach(() => resetStore());
afterEach(() => cleanup());

const ELEC = LEVER_BY_ID.get('electricityUsdPerKwh')!; // 0.02–0.4 $/kWh, 3 decimals
const CHIP = LEVER_BY_ID.get('chipArrival')!; // 2025-06 to 2032-12
const BACKSTOP = LEVER_BY_ID.get('msBackstop')!; // a toggle
const NAN = 'not a number';
const ELEC_RANGE = 'outside the allowed range 0.02 to 0.4';
const M = (y: number, m: number) => y * 12 + m - 1;

/** [lever, text typed, the value it gives, or the reason it is refused (blank is "missing")]. */
const TEXTS: [Lever, string, number | string][] = [
  [ELEC, '0.12', 0.12],
  [ELEC, '0.0815', 0.0815], // more digits than the slider's three: kept
  [ELEC, '1.2e-1', 0.12], // an exponent is decimal notation too
  [ELEC, '.1', 0.1],
  [ELEC, '+0.1', 0.1],
  [ELEC, ' 0.25 ', 0.25], // surrounding spaces mean nothing
  [ELEC, '0.4', 0.4], // the ends of the range are inside it
  [ELEC, '0.02', 0.02],
  [ELEC, '0x10', NAN], // Number() reads hex; a person did not mean 16
  [ELEC, '12,5', NAN],
  [ELEC, '', 'no value given'],
  [ELEC, '   ', 'no value given'],
  [ELEC, 'abc', NAN],
  [ELEC, 'NaN', NAN],
  [ELEC, 'Infinity', NAN],
  [ELEC, '1e', NAN],
  [ELEC, '1e9', ELEC_RANGE], // refused, not clamped to 0.4
  [ELEC, '5', ELEC_RANGE],
  [ELEC, '-0.1', ELEC_RANGE],
  [ELEC, '1e999', 'not a finite number'],
  [CHIP, '2027-06', M(2027, 6)],
  [CHIP, ' 2027-06 ', M(2027, 6)],
  [CHIP, '2027-6', 'expected a month as YYYY-MM'],
  [CHIP, '2027-13', 'expected a month as YYYY-MM'],
  [CHIP, '2040-01', 'outside the allowed range 2025-06 to 2032-12'],
  [CHIP, '24330', 'expected a month as YYYY-MM'], // a month index is not a month
  [BACKSTOP, '1', 1],
  [BACKSTOP, '0', 0],
  [BACKSTOP, 'true', 'expected 0 (off) or 1 (on)'],
  [BACKSTOP, '2', 'expected 0 (off) or 1 (on)'],
];

/** What a path did with a text: the value it applied, or the message it showed. */
type Outcome = { value: number } | { message: string };

function viaLink(lever: Lever, text: string): Outcome {
  const r = parseScenario(`${lever.key}=${encodeURIComponent(text)}`);
  const field = r.fields[lever.id];
  return field.status === 'valid' ? { value: field.value } : { message: r.problems[0]?.reason ?? 'no problem said' };
}

function viaCli(lever: Lever, text: string): Outcome {
  const args = { link: null, sets: [[lever.id, text]] as [string, string][], format: 'json' as const };
  try {
    return {
      value: scenarioFrom({ ...args, explain: false, against: null, output: 'minCash', exposureAfter: null }).params[
        lever.id
      ],
    };
  } catch (e) {
    if (e instanceof UsageError) return { message: e.message };
    throw e;
  }
}

/** The lever panel's row: type into its field and press Enter. */
function viaLeverField(lever: Lever, text: string): Outcome {
  const before = useAppStore.getState().params[lever.id];
  render(<LeverRow lever={lever} />);
  const field = screen.getByRole('textbox', { name: lever.label });
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
  const alert = screen.queryByRole('alert');
  const after = useAppStore.getState().params[lever.id];
  cleanup();
  resetStore();
  if (alert) return { message: alert.textContent ?? '' };
  return after === before ? { message: 'nothing applied, nothing said' } : { value: after };
}

/** The events table's typed field: activate it, type, press Enter. */
function viaEventsField(lever: Lever, text: string): Outcome {
  const onValue = vi.fn();
  const Field = lever.kind === 'month' ? MonthField : NumberField;
  render(<Field lever={lever} value={lever.default} onValue={onValue} />);
  fireEvent.click(screen.getByRole('button')); // the field at rest: a button showing its value
  const field = screen.getByRole('textbox', { name: lever.label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
  const alert = screen.queryByRole('alert');
  cleanup();
  if (alert) return { message: alert.textContent ?? '' };
  return onValue.mock.calls.length === 1 ? { value: onValue.mock.calls[0][0] } : { message: 'nothing applied' };
}

const PATHS: Record<string, (lever: Lever, text: string) => Outcome> = {
  link: viaLink,
  cli: viaCli,
  'lever field': viaLeverField,
  'events field': viaEventsField,
};
/** A toggle is a checkbox in both panels: only the link and the CLI take it as text. */
const takesText = (path: string, lever: Lever) => lever.kind !== 'toggle' || path === 'link' || path === 'cli';

describe('a lever value is read the same way everywhere', () => {
  it('has 30 texts: exponents, hex, blanks, out of range, months and toggles', () => {
    expect(TEXTS).toHaveLength(30);
  });

  it.each(TEXTS.map(([lever, text, expected]) => [lever.id, text, expected, lever] as const))(
    '%s = "%s"',
    (_id, text, expected, lever) => {
      for (const [path, read] of Object.entries(PATHS)) {
        if (!takesText(path, lever)) continue;
        const got = read(lever, text);
        if (typeof expected === 'number') expect(got, path).toEqual({ value: expected });
        else expect('message' in got && got.message, path).toContain(expected);
      }
    },
  );

  it("a value over its pair's total is refused on every path with one message naming the other share", () => {
    const sgm = LEVER_BY_ID.get('stargateMicrosoftSharePct')!; // 0–100 %, beside OpenAI's 19% by default
    const reason =
      'Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%)';
    for (const [path, read] of Object.entries(PATHS)) {
      expect(read(sgm, '81'), path).toEqual({ value: 81 });
      const got = read(sgm, '82');
      expect('message' in got && got.message, path).toContain(reason);
    }
  });

  it('a link tells a blank value (missing) from a refused one (invalid)', () => {
    expect(parseScenario('elec=').fields.electricityUsdPerKwh.status).toBe('missing');
    expect(parseScenario('elec=0x10').fields.electricityUsdPerKwh.status).toBe('invalid');
    expect(parseScenario('').fields.electricityUsdPerKwh).toEqual({ status: 'missing' });
  });
});
