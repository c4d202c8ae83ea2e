import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { attribute } from '../../../src/engine/attribution';
import { explainEffect } from '../../../src/engine/why';
import { defaultParams, inactiveReason, LEVER_BY_ID, LEVERS, type ParamValues } from '../../../src/registry';

const p = defaultParams();
const withChange = (change: Partial<ParamValues>): ParamValues => ({ ...p, ...change });

describe('a lever that acts through another at zero', () => {
  it('names the lever at zero, for the next round and for a funding row whose amount is $0', () => {
    const month = LEVER_BY_ID.get('funding3Month')!;
    expect(inactiveReason(month, p, LEVER_BY_ID)).toBe(
      '“Next funding round” is $0B, so “Next round lands” changes nothing',
    );
    expect(inactiveReason(month, withChange({ funding3UsdB: 20 }), LEVER_BY_ID)).toBeNull();
    const rowMonth = LEVER_BY_ID.get('softbank-2026-t3.month')!;
    expect(rowMonth.requires).toEqual(['softbank-2026-t3.usdB']);
    expect(inactiveReason(rowMonth, p, LEVER_BY_ID)).toBeNull();
    expect(inactiveReason(rowMonth, withChange({ ['softbank-2026-t3.usdB' as never]: 0 }), LEVER_BY_ID)).toBe(
      '“SoftBank $10B (3/3): cash to OpenAI” is $0B, so “SoftBank $10B (3/3): month the cash lands” changes nothing',
    );
  });
  it('every declared requirement names another lever', () => {
    for (const l of LEVERS) for (const r of l.requires ?? []) expect(LEVER_BY_ID.has(r) && r !== l.id).toBe(true);
  });
});

describe('what moved it says why, from the runs', () => {
  it("the next round's month while its amount is $0: disabled, with that reason", () => {
    const a = attribute(p, withChange({ funding3Month: p.funding3Month + 12 }));
    expect(a.total).toBe(0);
    expect(a.parts[0].why).toEqual({
      kind: 'inactive',
      sentence: '“Next funding round” is $0B, so “Next round lands” changes nothing.',
    });
  });
  it('a higher revenue share is absorbed by the $38B cap, reached either way', () => {
    const a = attribute(p, withChange({ msRevenueShare: 0.3 }));
    expect(Math.abs(a.total)).toBeLessThan(0.01 * Math.abs(a.reference));
    expect(a.parts[0].why?.kind).toBe('small');
    expect(a.parts[0].why?.sentence).toMatch(/^The \$38B cap on Microsoft's revenue share is reached in \w{3} 20\d\d/);
    expect(a.parts[0].why?.sentence).toContain('either way');
  });
  it("Microsoft's margin on Azure moves only Microsoft's take", () => {
    const a = attribute(p, withChange({ azureMarginPct: 50 }));
    expect(a.parts[0].why?.sentence).toBe("It moves Microsoft's take only; no cash line of OpenAI's moves.");
  });
  it('a round moved by a year moves cash only in between; the lowest cash is read after', () => {
    const base = withChange({ funding3UsdB: 50 });
    const a = attribute(base, { ...base, funding3Month: base.funding3Month + 12 });
    // the round lands in Dec 2026 or Dec 2027: cash differs from Dec 2026 to Nov 2027 by the $50B
    expect(a.parts[0].why?.sentence).toMatch(
      /^It moves cash only in Dec 2026–Nov 2027 \(by up to \$50B\); by \w{3} 20\d\d/,
    );
  });
  it('no sentence when the change moves the output by 1% or more the expected way', () => {
    const a = attribute(p, withChange({ chipPerfPerWattGain: 4 }));
    expect(a.total).toBeGreaterThan(5);
    expect(a.parts[0].why).toBeUndefined();
    expect(a.parts[0].leverIds).toEqual(['chipPerfPerWattGain']);
  });
  it('a move against the sign tables is flagged as such', () => {
    const ref = runScenario(p);
    const changed = withChange({ electricityUsdPerKwh: 0.02 });
    // a cheaper kWh said to cost $5B of minimum cash: against the table's direction
    const why = explainEffect({
      ref: p,
      refRun: ref,
      changed,
      run: () => runScenario(changed),
      leverIds: ['electricityUsdPerKwh'],
      output: 'minCash',
      delta: -5,
      referenceValue: ref.summary.minCashUsdB,
    });
    expect(why?.kind).toBe('against');
    expect(why?.sentence).toMatch(/^Against the expected direction: through \w{3} 20\d\d, electricity/);
  });
});
