import { describe, expect, it } from 'vitest';
import { rowsThatFit } from '../../../src/charts/counterparties/CounterpartiesSlideChart';

// a row beside its name is 35 virtual px (two 9 px bars and a 2 px gap, or two 13 px lines of
// name and roles, whichever is taller, + 9 px), under a 20 px head: n rows take 20 + 35 n
describe('counterparties on a slide', () => {
  it('draws the rows that fit at the slide’s type size, largest first, and at least three', () => {
    // at 24 px type (scale 2) a 470 px box holds (20 + 35 × 6) × 2 = 460 px: six rows, not seven (530)
    expect(rowsThatFit(11, 600, 470, 2)).toBe(6);
    expect(rowsThatFit(11, 600, 460, 2)).toBe(6);
    expect(rowsThatFit(11, 600, 459, 2)).toBe(5);
    // all eleven when they fit: 20 + 385 = 405 px at scale 1
    expect(rowsThatFit(11, 600, 405, 1)).toBe(11);
    expect(rowsThatFit(11, 600, 100, 2)).toBe(3);
  });
});
