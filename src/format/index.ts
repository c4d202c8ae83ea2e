/** Number formatting a person reads: tabular figures in CSS, a true minus sign, units said. */
import { monthLabel, type MonthIndex } from '../registry/month';

export const MINUS = '\u2212';

function signed(text: string, negative: boolean): string {
  return negative ? `${MINUS}${text}` : text;
}

/**
 * "$12.3B", "−$1.2B" (one decimal, as the design asks for money in $B); 'auto' drops the
 * decimal from $100B up ("$129B"); trillions as "$1.2T".
 */
export function fmtUsdB(v: number, decimals: number | 'auto' = 1): string {
  if (!Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  if (decimals === 'auto') decimals = abs >= 100 && abs < 1000 ? 0 : 1;
  const rounded = abs.toFixed(decimals);
  const negative = v < 0 && Number(rounded) !== 0;
  if (abs >= 1000) return signed(`$${(abs / 1000).toFixed(decimals)}T`, negative);
  return signed(`$${rounded}B`, negative);
}

/** An axis tick in $B: "$50", "−$150", "$0.5", "0" (the axis title says $B). */
export function fmtUsdBTick(v: number): string {
  return v === 0 ? '0' : fmtUsdB(v, Math.abs(v) < 1 ? 1 : 0).replace('B', '');
}

/** Below this many cents a value prints as "<0.0001¢": never an exponent, never a row of zeros. */
export const CENTS_FLOOR = 1e-4;

/** Cost per query in US cents with three significant figures: "0.362¢"; "<0.0001¢" below the floor. */
export function fmtCents(usd: number, significant = 3): string {
  if (!Number.isFinite(usd)) return '—';
  const cents = usd * 100;
  const abs = Math.abs(cents);
  if (abs > 0 && abs < CENTS_FLOOR) return signed(`<${CENTS_FLOOR.toFixed(4)}¢`, cents < 0);
  const text = abs >= 10 ? abs.toFixed(1) : abs >= 1 ? abs.toFixed(2) : abs === 0 ? '0' : abs.toPrecision(significant);
  return signed(`${text}¢`, cents < 0);
}

export function fmtWh(wh: number): string {
  if (!Number.isFinite(wh)) return '—';
  const text = wh >= 10 ? wh.toFixed(1) : wh >= 1 ? wh.toFixed(2) : wh.toPrecision(2);
  return `${text} Wh`;
}

export function fmtMw(mw: number): string {
  if (!Number.isFinite(mw)) return '—';
  return mw >= 1000 ? `${(mw / 1000).toFixed(1)} GW` : `${Math.round(mw)} MW`;
}

export function fmtPct(v: number, decimals = 0): string {
  if (!Number.isFinite(v)) return '—';
  return signed(`${Math.abs(v).toFixed(decimals)}%`, v < 0 && Math.abs(v).toFixed(decimals) !== (0).toFixed(decimals));
}

export function fmtMonths(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '—';
  return `${n >= 100 ? Math.round(n) : n.toFixed(1)} mo`;
}

export function fmtMonth(m: MonthIndex | null): string {
  return m === null ? '—' : monthLabel(m);
}

/** A delta for a KPI tile: "+3.2 mo", "−$1.4B"; null when nothing moved. */
export function fmtDelta(delta: number, format: (abs: number) => string, epsilon = 1e-9): string | null {
  if (!Number.isFinite(delta) || Math.abs(delta) < epsilon) return null;
  return `${delta < 0 ? MINUS : '+'}${format(Math.abs(delta))}`;
}

/** Months between two month indices as a signed delta string: "+5 mo". */
export function fmtMonthShift(from: MonthIndex | null, to: MonthIndex | null): string | null {
  if (from === to) return null;
  if (from === null || to === null) return to === null ? 'now none' : `was none`;
  const d = to - from;
  return `${d < 0 ? MINUS : '+'}${Math.abs(d)} mo`;
}
