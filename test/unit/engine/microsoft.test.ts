import { describe, expect, it } from 'vitest';
import { termsPlan } from '../../../src/engine/microsoft';
import { defaultParams } from '../../../src/registry';
import { parseMonth } from '../../../src/registry/month';

// Months from Jan 2025: Oct 2025 is 9, Apr 2026 is 15, Dec 2030 is 71.
const p = {
  ...defaultParams(),
  msRegime2Start: parseMonth('2025-10')!,
  msRegime3Start: parseMonth('2026-04')!,
  msRevShareEndYear: 2030,
  msRevenueShare: 0.2,
  msRevShareCapUsdB: 38,
  msReverseSharePct: 20,
  msProfitSharePct: 75,
  msProfitShareAfterPct: 49,
  msInvestedUsdB: 13,
};

describe("Microsoft's terms (termsPlan)", () => {
  it('regime 1 to Sep 2025, 2 from Oct 2025, 3 from Apr 2026', () => {
    const terms = termsPlan(p);
    expect([0, 8, 9, 14, 15, 80].map((t) => terms.regimeAt(t))).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('revenue share: 20% of revenue, up to what is left of the $38B cap, to the end of 2030', () => {
    const terms = termsPlan(p);
    expect(terms.revenueShareUsdB(0, 10, 0)).toBe(2);
    expect(terms.revenueShareUsdB(0, 10, 37)).toBe(1);
    expect(terms.revenueShareUsdB(0, 10, 38)).toBe(0);
    expect(terms.revenueShareUsdB(0, 10, 39)).toBe(0);
    expect(terms.revenueShareUsdB(71, 10, 0)).toBe(2);
    expect(terms.revenueShareUsdB(72, 10, 0)).toBe(0);
  });

  it('reverse share: 20% of Azure OpenAI revenue, until regime 3', () => {
    const terms = termsPlan(p);
    expect(terms.reverseShareUsdB(14, 10)).toBe(2);
    expect(terms.reverseShareUsdB(15, 10)).toBe(0);
  });

  it('profit share in regime 1 only: 75% until the $13B invested is recouped, 49% after, none of a loss', () => {
    const terms = termsPlan(p);
    expect(terms.profitShareUsdB(0, 10, 0)).toBe(7.5);
    expect(terms.profitShareUsdB(0, 10, 12.9)).toBe(7.5);
    expect(terms.profitShareUsdB(0, 10, 13)).toBeCloseTo(4.9, 12);
    expect(terms.profitShareUsdB(0, 0, 0)).toBe(0);
    expect(terms.profitShareUsdB(0, -5, 0)).toBe(0);
    expect(terms.profitShareUsdB(9, 10, 0)).toBe(0);
  });
});
