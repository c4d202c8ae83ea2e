import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { effectiveRanges, monteCarloFundingBasis, runBatch, withoutNewFunding } from '../../../src/engine/uncertainty';
import { defaultParams } from '../../../src/registry';

const p = defaultParams();

describe('one funding basis per question', () => {
  it("the default Monte Carlo draws Amazon's conditional $35B at 60%, and says so", () => {
    expect(monteCarloFundingBasis(p, false)).toBe(
      'counting conditional money with its probability (Amazon $35B (if IPO/milestone), $35B at 60%)',
    );
    expect(effectiveRanges(p).some((r) => r.leverId === 'amazon-2026-conditional.on')).toBe(true);
  });
  it('no new funding: nothing conditional is drawn, no hypothetical row or next round counts', () => {
    const q = withoutNewFunding({ ...p, funding3UsdB: 40, 'ipo-hypothetical.on': 1 } as typeof p);
    expect(q.funding3UsdB).toBe(0);
    expect(q['ipo-hypothetical.on' as never]).toBe(0);
    expect(q['amazon-2026-conditional.probability' as never]).toBe(0);
    expect(monteCarloFundingBasis(q, true)).toBe('with no new funding (closed and committed money only)');
    // every sample of the no-new-funding batch keeps the $35B out: with all ranges at one point
    // (the ranges are the conditional row only), each sample's cash equals the deterministic run's
    const ranges = effectiveRanges(q).filter((r) => r.leverId === 'amazon-2026-conditional.on');
    const batch = runBatch(q, {}, 7, 0, 20, ranges);
    const det = runScenario(q).monthly.cashUsdB;
    const months = batch.months;
    for (let k = 0; k < 20; k++) expect(batch.cashUsdB[k * months + months - 1]).toBeCloseTo(det[months - 1], 2);
  });
  it('the deterministic default counts no conditional money, as the tile says', () => {
    expect(runScenario(p).summary.funding).toEqual({ conditionalUsdB: 0, hypotheticalUsdB: 0 });
    expect(runScenario(withoutNewFunding(p)).summary.insolvencyMonth).toBe(runScenario(p).summary.insolvencyMonth);
  });
});
