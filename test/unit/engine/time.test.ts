import { describe, expect, it } from 'vitest';
import { AS_OF_MONTH, calendarYear, rel, RUNWAY_CAP_MONTHS, START_MONTH } from '../../../src/engine/time';
import { parseMonth } from '../../../src/registry/month';

describe('the model’s calendar', () => {
  it('starts in Jan 2025; now is Nov 2026 (month 22); runway is capped at 600 months', () => {
    expect(START_MONTH).toBe(parseMonth('2025-01'));
    expect(AS_OF_MONTH).toBe(parseMonth('2026-11'));
    expect(rel(AS_OF_MONTH)).toBe(22);
    expect(rel(START_MONTH)).toBe(0);
    expect(RUNWAY_CAP_MONTHS).toBe(600);
  });
  it('month t’s calendar year: 0–11 are 2025, 12 is 2026, 71 is 2030', () => {
    expect([0, 11, 12, 23, 24, 71].map(calendarYear)).toEqual([2025, 2025, 2026, 2026, 2027, 2030]);
  });
});
