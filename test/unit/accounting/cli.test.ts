import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function simulate(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', '--format', 'json', ...args], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("the CLI: Microsoft's ledger in full and the losses of the record", () => {
  it('on the default the $38B cap is reached in Dec 2028 and Plan B (20%) moves Azure revenue, not the capped share', () => {
    const json = simulate();
    expect(json.microsoft.revShareCapReached).toBe('2028-12');
    expect(json.microsoft.revShareUsdB).toBeCloseTo(38, 6);
    const b = json.microsoft.planB;
    expect(b).toMatchObject({ shiftPct: 20, startMonth: '2026-04', rampMonths: 24, revShareUsdB: 0 });
    expect(b.azureRevenueUsdB).toBeLessThan(-1);
    expect(b.openAiRevenueUsdB).toBeLessThan(-10);
    expect(b.equityMethodLossUsdB).toBeGreaterThan(1);
    // the record's checks through the CLI (docs/MODEL.md): months 12–14 are Q1 2026, 6–8 Q3 2025
    const sum = (key: string, from: number, to: number) =>
      json.monthly.slice(from, to).reduce((a: number, m: Record<string, number>) => a + m[key], 0);
    expect(json.monthly[12].month).toBe('2026-01');
    expect(Math.abs(sum('operatingLossUsdB', 12, 15) / 9.3 - 1)).toBeLessThan(0.25);
    expect(json.monthly[6].month).toBe('2025-07');
    expect(Math.abs(sum('netLossUsdB', 6, 9) / 11.5 - 1)).toBeLessThan(0.4);
  }, 60_000);

  it('with Plan B off it moves nothing', () => {
    const b = simulate('--set', 'planBShiftPct=0').microsoft.planB;
    expect(b).toEqual({
      shiftPct: 0,
      startMonth: '2026-04',
      rampMonths: 24,
      openAiRevenueUsdB: 0,
      azureRevenueUsdB: 0,
      revShareUsdB: 0,
      equityMethodLossUsdB: 0,
      stakeValueUsdB: 0,
    });
  }, 60_000);
});
