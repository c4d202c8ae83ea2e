import { describe, expect, it } from 'vitest';
import { fmtCents, fmtDelta, fmtMonthShift, fmtUsdB, fmtUsdBTick, fmtWh, MINUS } from '../../../src/format';
import { kpis } from '../../../src/ui/kpi/kpis';
import { makeResult } from '../charts/fixture';

describe('format', () => {
  it('writes negative money with a true minus sign, never a hyphen', () => {
    expect(fmtUsdB(-1.234)).toBe(`${MINUS}$1.2B`);
    expect(fmtUsdB(12.35)).toBe('$12.3B');
    expect(fmtUsdB(-0.01)).toBe('$0.0B');
    expect(fmtUsdB(1500)).toBe('$1.5T');
  });
  it('gives cost per query in cents and energy in Wh', () => {
    expect(fmtCents(0.0011)).toBe('0.110¢');
    expect(fmtCents(0.0011, 2)).toBe('0.11¢');
    expect(fmtWh(0.3008)).toBe('0.30 Wh');
    expect(fmtWh(2.9)).toBe('2.90 Wh');
  });
  it('says deltas with a sign and nothing when nothing moved', () => {
    expect(fmtDelta(-2, (v) => `${v} mo`)).toBe(`${MINUS}2 mo`);
    expect(fmtDelta(0, (v) => `${v} mo`)).toBeNull();
    expect(fmtMonthShift(24300, 24305)).toBe('+5 mo');
    expect(fmtMonthShift(24300, null)).toBe('now none');
  });
});

describe('kpis', () => {
  it('headline tiles read as a person would say them', () => {
    const r = makeResult(24);
    const tiles = Object.fromEntries(kpis(r.summary, null).map((k) => [k.id, k]));
    expect(tiles.runway).toMatchObject({ label: "Runway at today's burn", value: '12.0 mo' });
    // the fixture's now is Jul 2025; cash runs out in Aug 2026: 13 months from now
    expect(tiles.insolvency).toMatchObject({ label: 'Cash runs out', value: 'Aug 2026' });
    expect(tiles.breakeven.value).toBe('Not by Dec 2026');
    // All-in cost per query at now (Jul 2025 in the fixture) and at the end; the physics figure beside it.
    expect(tiles.cost).toMatchObject({ label: 'All-in cost per query, ¢, now → end', value: '1.50 → 1.00' });
    expect(tiles.cost.note).toBe(
      "Jul 2025 → Dec 2026; physics cost per query 0.300¢; Microsoft's revenue share per query 0.0500¢, in neither",
    );
    expect(tiles.cashnow).toMatchObject({ label: 'Cash now, $B', value: '$13.0B' });
    expect(tiles.idle).toMatchObject({ label: 'Idle capacity, GW now → end', value: '0.1 → 0.2' });
    expect(tiles.wh.label).toBe('Wh per query, now → end');
    expect(fmtCents(5.85e-10)).toBe('<0.0001¢');
    expect(fmtCents(1.18e-5)).toBe('0.00118¢');
    // runway holds today's burn; insolvency runs the plan: each tile says which
    expect(tiles.runway.note).toContain("today's burn");
    expect(tiles.insolvency.note).toBe(
      '13 mo from Jul 2025, with closed and committed funding only (no conditional or new money)',
    );
    expect(tiles.mstake.value).toBe('$3.0B → $3.0B');
    expect(tiles.runway.delta).toBeNull();
  });
  it('shows the change against a baseline', () => {
    const base = makeResult(24).summary;
    const now = { ...base, runwayMonths: 15, insolvencyMonth: base.insolvencyMonth! + 3 };
    const tiles = Object.fromEntries(kpis(now, base).map((k) => [k.id, k]));
    expect(tiles.runway.delta).toBe('+3.0 mo');
    expect(tiles.insolvency.delta).toBe('+3 mo');
    expect(tiles.cost.delta).toBeNull();
  });
});

describe('axis ticks', () => {
  it('in $B', () => {
    expect(fmtUsdBTick(0)).toBe('0');
    expect(fmtUsdBTick(-150)).toBe('\u2212$150');
    expect(fmtUsdBTick(0.5)).toBe('$0.5');
  });
});
