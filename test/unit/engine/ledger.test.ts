import { describe, expect, it } from 'vitest';
import { annualLedger, LEDGER_ROWS } from '../../../src/engine/ledger';
import { SERIES, type Monthly } from '../../../src/engine/types';

/**
 * The annual ledger against figures worked out by hand: 14 months from Jan 2025 (a full 2025,
 * then Jan–Feb 2026), every series zero except the few set here.
 */
function fixture(): Monthly {
  const months = 14;
  const m = Object.fromEntries(SERIES.map((s) => [s, new Float64Array(months)])) as Monthly;
  m.revenueUsdB.fill(0.1); // 12 × 0.1 in floats is 1.2000000000000002; the ledger must say 1.2
  m.azureRentUsdB.fill(0.3);
  m.electricityUsdB.fill(0.0123456); // rounded to $1k once: 0.012346 a month
  m.reverseShareUsdB[0] = 0.05;
  m.fundingUsdB[3] = 6.6;
  m.backstopUsdB[13] = 1;
  return m;
}

describe('annual ledger (hand-computed)', () => {
  // Made in each test (a getter), not once in the describe body, which a mutant's run does not see.
  const ledger = () => annualLedger(fixture(), 10);
  const L = {
    get years() {
      return ledger().years;
    },
    get totals() {
      return ledger().totals;
    },
    get startingCash() {
      return ledger().startingCash;
    },
    get endingCash() {
      return ledger().endingCash;
    },
  };
  const row = (name: (typeof LEDGER_ROWS)[number]) => ledger().rows[name].map((d) => d.toString());

  it('has one column per calendar year, a partial last year included', () => {
    expect(L.years).toEqual([2025, 2026]);
  });

  it('sums each line exactly, after rounding each month to $1k', () => {
    expect(row('revenueUsdB')).toEqual(['1.2', '0.2']);
    expect(row('azureRentUsdB')).toEqual(['3.6', '0.6']);
    expect(row('electricityUsdB')).toEqual(['0.148152', '0.024692']);
    expect(row('reverseShareUsdB')).toEqual(['0.05', '0']);
    expect(row('opexUsdB')).toEqual(['0', '0']);
  });

  it('burn is costs minus revenue: 3.6 + 0.148152 − 1.2 − 0.05 = 2.498152, then 0.6 + 0.024692 − 0.2 = 0.424692', () => {
    expect(row('burnUsdB')).toEqual(['2.498152', '0.424692']);
    expect(L.totals.burnUsdB.toString()).toBe('2.922844');
    expect(L.totals.revenueUsdB.toString()).toBe('1.4');
  });

  it('cash: 10 + 6.6 − 2.498152 = 14.101848 at the end of 2025; + 1 backstop − 0.424692 = 14.677156', () => {
    expect(L.startingCash.toString()).toBe('10');
    expect(row('fundingUsdB')).toEqual(['6.6', '0']);
    expect(row('backstopUsdB')).toEqual(['0', '1']);
    expect(L.endingCash.map((d) => d.toString())).toEqual(['14.101848', '14.677156']);
  });

  it('memo rows: compute, its training part, inference the rest to the last digit; the lens rows summed', () => {
    const m = fixture();
    m.computeUsdB.fill(0.4);
    m.trainingComputeUsdB.fill(0.1234567); // 0.123457 a month once rounded
    m.stockCompUsdB.fill(0.5);
    m.netLossUsdB[12] = 2.0000004; // 2 once rounded
    m.operatingLossUsdB[1] = -1;
    const L2 = annualLedger(m, 0);
    const r2 = (name: (typeof LEDGER_ROWS)[number]) => L2.rows[name].map((d) => d.toString());
    expect(r2('computeUsdB')).toEqual(['4.8', '0.8']);
    expect(r2('trainingComputeUsdB')).toEqual(['1.481484', '0.246914']);
    expect(r2('inferenceComputeUsdB')).toEqual(['3.318516', '0.553086']);
    expect(r2('stockCompUsdB')).toEqual(['6', '1']);
    expect(r2('netLossUsdB')).toEqual(['0', '2']);
    expect(r2('operatingLossUsdB')).toEqual(['-1', '0']);
    expect(L2.totals.inferenceComputeUsdB.toString()).toBe('3.871602');
    expect(L2.totals.stockCompUsdB.toString()).toBe('7');
    // memo rows sit beside cash: not in burn, which is the fixture's as before
    expect(L2.totals.burnUsdB.toString()).toBe('2.922844');
    expect(L2.startingCash.toString()).toBe('0');
    expect(L2.endingCash.map((d) => d.toString())).toEqual(['4.101848', '4.677156']);
  });

  it('a run of exactly 12 months is one year', () => {
    const m = Object.fromEntries(SERIES.map((s) => [s, new Float64Array(12)])) as Monthly;
    expect(annualLedger(m, 0).years).toEqual([2025]);
  });
});
