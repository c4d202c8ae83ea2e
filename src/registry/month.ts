/** Months are integers: year * 12 + (month - 1). 2025-01 is 24300. */
export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(text: string): MonthIndex | null {
  const m = MONTH_RE.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function formatMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2028": how a person reads a month in a title or a tile. */
export function monthLabel(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  return `${SHORT[index - year * 12]} ${year}`;
}

export const START_MONTH: MonthIndex = parseMonth('2025-01')!;
