import Decimal from 'decimal.js';
import type { Lever } from '../registry';
import { formatMonth, parseMonth } from '../registry/month';

/**
 * One lever value as text in a link, and back. Pure: no DOM, usable from the CLI.
 *
 * Numbers are printed at the lever's declared decimals with trailing zeros dropped
 * (`elec=0.12`, not `0.120`): the shortest text that parses back to the same value.
 * decimal.js does the rounding so 1.005 at 2 decimals prints 1.01, not 1.00.
 * Months print as YYYY-MM, toggles as 0/1.
 */
export function formatLeverValue(lever: Lever, value: number): string {
  if (lever.kind === 'month') return formatMonth(Math.round(value));
  if (lever.kind === 'toggle') return value >= 0.5 ? '1' : '0';
  const fixed = new Decimal(value).toDecimalPlaces(lever.decimals, Decimal.ROUND_HALF_UP).toFixed(lever.decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

export type ValueParse = { ok: true; value: number } | { ok: false; reason: string };

/** Plain decimal notation only: no exponents, hex, spaces, `Infinity` or `NaN`. */
const DECIMAL_RE = /^-?\d{1,15}(\.\d{1,15})?$/;

/** Rounds decimal text exactly (half up), so `1.005` at 2 decimals is 1.01 as it is when printed. */
function roundText(text: string, decimals: number): number {
  // `+ 0` turns -0 into 0 so a round trip compares equal with Object.is as well.
  return Number(new Decimal(text).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toString()) + 0;
}

function rangeText(lever: Lever): string {
  return `${formatLeverValue(lever, lever.min)} to ${formatLeverValue(lever, lever.max)}`;
}

/**
 * Reads one value for a lever. Extra decimal places are rounded to the declared decimals
 * (a person typing `elec=0.0812` means about 0.081); anything else that is not a clean value
 * inside min..max is refused with a reason a person can act on.
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
    if (month < lever.min || month > lever.max) return { ok: false, reason: `outside the allowed range ${rangeText(lever)}` };
    return { ok: true, value: month };
  }
  if (!DECIMAL_RE.test(text)) return { ok: false, reason: 'not a number (expected plain decimal digits, like 0.12)' };
  const value = roundText(text, lever.decimals);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not a finite number' };
  if (value < lever.min || value > lever.max) return { ok: false, reason: `outside the allowed range ${rangeText(lever)}` };
  return { ok: true, value };
}
