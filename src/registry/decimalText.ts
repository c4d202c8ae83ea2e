/**
 * Decimal text of a float without a decimal library (the first load carries none): a number is
 * read as the shortest decimal that round-trips (`String(value)`), and rounded or shifted as
 * that decimal, so 1.005 at two decimals is 1.01, not the binary 1.00.
 */

/** The shortest round-trip decimal of `value`, written without an exponent (`2.5e-7` → `0.00000025`). */
export function plainDecimal(value: number): string {
  const text = String(value);
  // Stryker disable next-line Regex: String(number) is the whole text, so neither anchor changes a match
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, first, rest = '', exp] = m;
  const digits = first + rest;
  const point = 1 + Number(exp);
  // String(number) writes an exponent only below 1e-6 (point ≤ -6) and from 1e21 (point ≥ 22, more than its
  // at most 17 digits): the edges of both tests and the last line are never reached.
  // Stryker disable next-line EqualityOperator: point is never 0
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  // Stryker disable next-line EqualityOperator: point is never digits.length here
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  // Stryker disable next-line all: unreachable (above)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `value` at `decimals` places, halves rounded away from zero, as decimal.js's ROUND_HALF_UP does. */
export function toFixedHalfUp(value: number, decimals: number): string {
  // Stryker disable next-line EqualityOperator: 0 and -0 round to a text without a digit 1-9, which is never signed
  const negative = value < 0;
  const [int, frac = ''] = plainDecimal(Math.abs(value)).split('.');
  let kept = int + frac.slice(0, decimals).padEnd(decimals, '0');
  if (
    // Stryker disable next-line EqualityOperator: `>=` is the same, charCodeAt past the end is NaN, never ≥ 53
    frac.length > decimals &&
    frac.charCodeAt(decimals) >= 53 /* '5' */
  ) {
    const d = kept.split('');
    let i = d.length - 1;
    while (
      // Stryker disable next-line EqualityOperator: `i > 0` is the same, stopping at i = 0 writes '10' there, the text the unshift writes
      i >= 0 &&
      d[i] === '9'
    )
      d[i--] = '0';
    if (i < 0) d.unshift('1');
    else d[i] = String(Number(d[i]) + 1);
    kept = d.join('');
  }
  // plainDecimal's integer part has no leading zero but a lone '0', so neither has `whole`
  const whole = kept.slice(0, kept.length - decimals);
  const text = decimals > 0 ? `${whole}.${kept.slice(kept.length - decimals)}` : whole;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A plain decimal text moved `places` to the left (÷ 10^places) exactly: `8.1`, 2 → `0.081`. */
export function shiftLeft(text: string, places: number): string {
  const negative = text.startsWith('-');
  const [int, frac = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = int.padStart(places + 1, '0') + frac;
  const point = digits.length - frac.length - places;
  const out = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0+$/, '') || '0';
  return negative && out !== '0' ? `-${out}` : out;
}
