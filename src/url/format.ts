import { plainDecimal, toFixedHalfUp } from './decimalText';
import type { Lever } from '../registry';
import { formatMonth, parseMonth } from '../registry/month';

/**
 * One lever value as text, and back. Pure: no DOM, usable from the CLI.
 *
 * For display, numbers are printed at the lever's declared decimals with trailing zeros
 * dropped (`0.12`, not `0.120`); rounding works on the decimal text, so 1.005 at 2 decimals prints
 * 1.01, not 1.00. In a link (`linkValueText`) a number keeps its precision: the shortest
 * plain decimal that reads back as the same float, so `mfu=0.09535` stays 0.09535.
 * Months print as YYYY-MM, toggles as 0/1.
 */
export function formatLeverValue(lever: Lever, value: number): string {
  if (lever.kind === 'month') return formatMonth(Math.round(value));
  if (lever.kind === 'toggle') return value >= 0.5 ? '1' : '0';
  const fixed = toFixedHalfUp(value, lever.decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * A lever's value inside its range, as the link and the store hold it: clamped to min..max,
 * months and toggles whole; a number keeps every digit it was given.
 */
export function keepInRange(lever: Lever, value: number): number {
  const clamped = Math.min(lever.max, Math.max(lever.min, value));
  if (lever.kind === 'toggle') return clamped >= 0.5 ? 1 : 0;
  return (lever.kind === 'month' ? Math.round(clamped) : clamped) + 0;
}

/**
 * A value as written in a link: the shortest text that reads back as the same float, as a
 * plain decimal when that is short (`0.00000025`), else with an exponent (`5e-324`, never a
 * `+`, which a query reads as a space); YYYY-MM for months, 0/1 for toggles.
 */
export function linkValueText(lever: Lever, value: number): string {
  if (lever.kind !== 'number') return formatLeverValue(lever, value);
  if (Object.is(value, -0)) return '0';
  const plain = plainDecimal(value);
  return plain.length <= 24 ? plain : String(value).replace('e+', 'e');
}

export type ValueParse = { ok: true; value: number } | { ok: false; reason: string };

/**
 * Decimal notation, optionally with an exponent (`1e9`, `2.5E-3`, `.5`, `+1`); no hex, spaces,
 * commas, `Infinity` or `NaN`. Length is capped before the pattern runs.
 */
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?$/;
const MAX_NUMBER_CHARS = 40;

function rangeText(lever: Lever): string {
  return `${formatLeverValue(lever, lever.min)} to ${formatLeverValue(lever, lever.max)}`;
}

/**
 * Reads one value for a lever. A number keeps its precision (a value between slider steps,
 * `mfu=0.09535`, is a scenario someone chose); anything that is not a finite number inside
 * min..max is refused with a reason a person can act on.
 */
export function parseLeverValue(lever: Lever, text: string): ValueParse {
  if (text === '') return { ok: false, reason: 'no value given' };
  if (lever.kind === 'toggle') {
    if (text === '0' || text === '1') return { ok: true, value: Number(text) };
    return { ok: false, reason: 'expected 0 (off) or 1 (on)' };
  }
  if (lever.kind === 'month') {
    const month = /^\d{4}-\d{2}$/.test(text) ? parseMonth(text) : null;
    if (month === null) return { ok: false, reason: 'expected a month as YYYY-MM' };
    if (month < lever.min || month > lever.max)
      return { ok: false, reason: `outside the allowed range ${rangeText(lever)}` };
    return { ok: true, value: month };
  }
  // An unencoded `1e+9` in an address arrives as `1e 9` (a query's `+` is a space): read it as meant.
  text = text.replace(/^([^ ]*\d[eE]) (\d+)$/, '$1+$2');
  if (text.length > MAX_NUMBER_CHARS || !NUMBER_RE.test(text))
    return { ok: false, reason: 'not a number (expected digits, like 0.12 or 1.2e-1)' };
  // `+ 0` turns -0 into 0 so a round trip compares equal with Object.is as well.
  const value = Number(text) + 0;
  if (!Number.isFinite(value)) return { ok: false, reason: 'not a finite number' };
  if (value < lever.min || value > lever.max)
    return { ok: false, reason: `outside the allowed range ${rangeText(lever)}` };
  return { ok: true, value };
}
