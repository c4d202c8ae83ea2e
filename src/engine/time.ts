import { parseMonth, START_MONTH, type MonthIndex } from '../registry/month';

export { START_MONTH };

/**
 * "Now" for the runway KPI: the month this build's data was last brought up to date.
 * Runway is months of cash left at the trailing 3-month burn as of this month.
 */
export const AS_OF_MONTH: MonthIndex = parseMonth('2026-11')!;

/** Runway is capped here when burn is at or below zero (cash-generative). */
export const RUNWAY_CAP_MONTHS = 600;

/** Months since the start month: month levers are absolute, series are indexed from 0. */
export function rel(month: MonthIndex): number {
  return month - START_MONTH;
}

export function calendarYear(t: number): number {
  return Math.floor((START_MONTH + t) / 12);
}
