import type { Lever } from './build';
import type { LeverId } from './leverIds';
import { plainDecimal, toFixedHalfUp } from './decimalText';
import { formatMonth, monthLabel, parseMonth } from './month';

/*
 * A lever's value, the one way. Text becomes a verdict (valid, invalid or missing, with a reason
 * a person can act on); a number is kept in range, snapped for a slider, and printed for a link,
 * a field or a sentence. The link codec, the lever fields, the events table, the CLI and
 * goal-seek all come through here, so a value is accepted or refused the same way wherever it
 * is typed.
 *
 * The rules:
 * - Surrounding spaces are ignored; nothing else is: no hex, no commas, no `Infinity`.
 * - A number is decimal notation, optionally with an exponent (`0.12`, `.5`, `+1`, `1.2e-1`),
 *   and keeps every digit it was given (a value between slider steps is a choice).
 * - A month is `YYYY-MM`; a toggle is 0 (off) or 1 (on).
 * - Out of range is refused, with the range named. Nothing a person typed is clamped behind
 *   their back; only values that come from code (a saved scenario, a slider) are kept in range.
 * - Blank is "missing": the caller decides what stands in (a link uses the default).
 */

export type LeverValue =
  { status: 'valid'; value: number } | { status: 'invalid'; reason: string } | { status: 'missing'; reason: string };

/** How a field shows a lever: `scale` times its value (100 for a share shown in percent), with its unit. */
export interface ShownAs {
  scale?: number;
  unit?: string;
}

/** Decimal notation, optionally with an exponent; the length is capped before the pattern runs. */
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?$/;
const MAX_NUMBER_CHARS = 40;
const MONTH_RE = /^\d{4}-\d{2}$/;

export const NO_VALUE = 'no value given';
export const NOT_A_NUMBER = 'not a number (expected digits, like 0.12 or 1.2e-1)';
export const NOT_A_MONTH = 'expected a month as YYYY-MM';
export const NOT_A_TOGGLE = 'expected 0 (off) or 1 (on)';

/** Clears float noise from scaling (0.455 × 100 = 45.50000000000001). */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** "0.02 to 0.4", "2025-06 to 2032-12", "0 to 100 %": the range as a person types it. */
export function rangeText(lever: Lever, shown: ShownAs = {}): string {
  const scale = shown.scale ?? 1;
  const end = (v: number) => (scale === 1 ? formatLeverValue(lever, v) : String(clean(v * scale)));
  return `${end(lever.min)} to ${end(lever.max)}${shown.unit ? ` ${shown.unit}` : ''}`;
}

/** Reads one value typed or given for a lever (in the field's units when `shown` scales it). Never throws. */
export function parseLeverValue(lever: Lever, text: string, shown: ShownAs = {}): LeverValue {
  const t = text.trim();
  if (t === '') return { status: 'missing', reason: NO_VALUE };
  const outside = { status: 'invalid', reason: `outside the allowed range ${rangeText(lever, shown)}` } as const;
  if (lever.kind === 'toggle') {
    return t === '0' || t === '1' ? { status: 'valid', value: Number(t) } : { status: 'invalid', reason: NOT_A_TOGGLE };
  }
  if (lever.kind === 'month') {
    const month = MONTH_RE.test(t) ? parseMonth(t) : null;
    if (month === null) return { status: 'invalid', reason: NOT_A_MONTH };
    return month < lever.min || month > lever.max ? outside : { status: 'valid', value: month };
  }
  if (t.length > MAX_NUMBER_CHARS || !NUMBER_RE.test(t)) return { status: 'invalid', reason: NOT_A_NUMBER };
  // `+ 0` turns -0 into 0, so a round trip compares equal with Object.is as well
  const typed = Number(t) + 0;
  if (!Number.isFinite(typed)) return { status: 'invalid', reason: 'not a finite number' };
  const scale = shown.scale ?? 1;
  if (scale === 1) return typed < lever.min || typed > lever.max ? outside : { status: 'valid', value: typed };
  if (typed < clean(lever.min * scale) || typed > clean(lever.max * scale)) return outside;
  return { status: 'valid', value: clean(typed / scale) };
}

/**
 * A value from code (a saved scenario, a preset, a value carried over) inside the lever's range:
 * clamped to min..max, months and toggles whole; a number keeps every digit it has.
 */
export function keepInRange(lever: Lever, value: number): number {
  const clamped = Math.min(lever.max, Math.max(lever.min, value));
  if (lever.kind === 'toggle') return clamped >= 0.5 ? 1 : 0;
  return (lever.kind === 'month' ? Math.round(clamped) : clamped) + 0;
}

/**
 * A slider's value: inside the range and rounded to the lever's declared decimals (months and
 * toggles to whole values). It rounds to decimals, not to the slider's step: a step of 0.005 at
 * three decimals leaves 0.083 as it is.
 */
export function snapToLever(lever: Lever, value: number): number {
  const clamped = Math.min(lever.max, Math.max(lever.min, value));
  const f = 10 ** lever.decimals;
  return Math.round(clamped * f) / f;
}

/** Why a number is not a value the lever can hold, or null when it is. */
export function checkValue(lever: Lever, value: number): string | null {
  if (!Number.isFinite(value)) return 'not a finite number';
  if (value < lever.min || value > lever.max) return `outside the allowed range ${rangeText(lever)}`;
  if (lever.kind !== 'number' && !Number.isInteger(value)) return 'not a whole value';
  return null;
}

/**
 * The value at the lever's declared decimals, trailing zeros dropped (`0.12`, not `0.120`),
 * rounded on its decimal text (1.005 at two decimals is 1.01); months as YYYY-MM, toggles 0/1.
 * What messages quote and what two scenarios are compared by.
 */
export function formatLeverValue(lever: Lever, value: number): string {
  if (lever.kind === 'month') return formatMonth(Math.round(value));
  if (lever.kind === 'toggle') return value >= 0.5 ? '1' : '0';
  const fixed = toFixedHalfUp(value, lever.decimals);
  // toFixedHalfUp writes no "-0" (a sign only before a digit other than 0)
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * A value as a link writes it: the shortest text that reads back as the same float, as a plain
 * decimal when that is short (`0.00000025`), else with an exponent (`5e-324`, never a `+`, which
 * a query reads as a space); YYYY-MM for months, 0/1 for toggles.
 */
export function linkValueText(lever: Lever, value: number): string {
  if (lever.kind !== 'number') return formatLeverValue(lever, value);
  // -0 is written "0": String(-0) is "0"
  const plain = plainDecimal(value);
  return plain.length <= 24 ? plain : String(value).replace('e+', 'e');
}

/**
 * What an editable field shows (`scale` times the value): the lever's declared decimals, or
 * every digit a person typed when there are more; months as YYYY-MM, toggles on/off.
 */
export function fieldText(lever: Pick<Lever, 'kind' | 'decimals'>, value: number, scale = 1): string {
  if (lever.kind === 'toggle') return value >= 0.5 ? 'on' : 'off';
  if (lever.kind === 'month') return formatMonth(Math.round(value));
  const decimals = Math.max(0, lever.decimals - Math.round(Math.log10(scale)));
  const shown = clean(value * scale);
  const fixed = shown.toFixed(decimals);
  return Number(fixed) === shown ? fixed : String(shown);
}

/** A value in a sentence or a table: at the lever's decimals with its unit ("0.120 $/kWh"), "Jun 2027", on/off. */
export function leverText(lever: Pick<Lever, 'kind' | 'decimals' | 'unit'>, value: number): string {
  if (lever.kind === 'toggle') return value >= 0.5 ? 'on' : 'off';
  if (lever.kind === 'month') return monthLabel(Math.round(value));
  const text = value.toFixed(lever.decimals);
  return lever.unit ? `${text} ${lever.unit}` : text;
}

/**
 * Pairs of levers whose values together may not exceed a total: a value valid alone may be
 * refused beside the other. Stargate's funder shares: the rest is leased from the partners, and
 * nothing is rescaled behind the reader's back.
 */
export const CAPPED_PAIRS: ReadonlyArray<{ ids: readonly [LeverId, LeverId]; total: number }> = [
  { ids: ['stargateOpenAiSharePct', 'stargateMicrosoftSharePct'], total: 100 },
];

/** A value refused beside the other lever of its pair: the largest it may be, and why (naming the other). */
export interface PairProblem {
  max: number;
  reason: string;
}

/**
 * Why `value` for `lever` is refused beside the scenario's other values (`params`), or null.
 * `leverOf` finds the other lever of the pair (the registry's table; a test may pass its own).
 */
export function pairProblemOf(
  leverOf: (id: string) => Pick<Lever, 'id' | 'label' | 'kind' | 'decimals'> | undefined,
  params: Readonly<Record<string, number>>,
  lever: Pick<Lever, 'id' | 'label' | 'kind' | 'decimals'>,
  value: number,
): PairProblem | null {
  for (const pair of CAPPED_PAIRS) {
    const i = pair.ids.indexOf(lever.id as LeverId);
    if (i < 0) continue;
    const other = leverOf(pair.ids[1 - i]);
    if (!other) continue;
    const otherValue = params[other.id];
    const max = pair.total - otherValue;
    if (value <= max + 1e-9) continue;
    return {
      max,
      reason: `${lever.label} can be at most ${max}% while ${other.label} is ${otherValue}% (together at most ${pair.total}%)`,
    };
  }
  return null;
}

/**
 * Reads a value typed for a lever in a scenario: `parseLeverValue`, then the pair rule against
 * the scenario's other values. The lever field, the events table and the CLI's --set read here;
 * a link reads each value alone and then refuses pairs (src/url/pairs.ts), with the same message.
 */
export function parseInScenario(
  leverOf: Parameters<typeof pairProblemOf>[0],
  params: Readonly<Record<string, number>>,
  lever: Lever,
  text: string,
  shown: ShownAs = {},
): LeverValue {
  const read = parseLeverValue(lever, text, shown);
  if (read.status !== 'valid') return read;
  const pair = pairProblemOf(leverOf, params, lever, read.value);
  return pair ? { status: 'invalid', reason: pair.reason } : read;
}
