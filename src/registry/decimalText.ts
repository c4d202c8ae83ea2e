/**
 * Decimal text of a float without a decimal library (the first load carries none): a number is
 * read as the shortest decimal that round-trips (`String(value)`), and rounded or shifted as
 * that decimal, so 1.005 at two decimals is 1.01, not the binary 1.00.
 */

/** The shortest round-trip decimal of `value`, written without an exponent (`2.5e-7` → `0.00000025`). */
export function plainDecimal(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, first, rest = '', exp] = m;
  const digits = first + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `value` at `decimals` places, halves rounded away from zero, as decimal.js's ROUND_HALF_UP does. */
export function toFixedHalfUp(value: number, decimals: number): string {
  const negative = value < 0;
  const [int, frac = ''] = plainDecimal(Math.abs(value)).split('.');
  let kept = int + frac.slice(0, decimals).padEnd(decimals, '0');
  if (frac.length > decimals && frac.charCodeAt(decimals) >= 53 /* '5' */) {
    const d = kept.split('');
    let i = d.length - 1;
    while (i >= 0 && d[i] === '9') d[i--] = '0';
    if (i < 0) d.unshift('1');
    else d[i] = String(Number(d[i]) + 1);
    kept = d.join('');
  }
  const whole = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '') || '0';
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
