import { describe, expect, it } from 'vitest';
import { runScenario, START_MONTH } from '../../../src/engine';
import { counterpartyReport } from '../../../src/engine/counterparties';
import { defaultParams, type ParamValues } from '../../../src/registry';

const p = defaultParams();
const set = (change: Record<string, number>) => ({ ...p, ...change }) as ParamValues;
/** The report of a scenario, made in the test (never in a describe body). */
const report = (q: ParamValues = p, after?: number) => {
  const r = runScenario(q);
  const rep = counterpartyReport(q, r, after);
  return { r, rep, by: (id: string) => rep.counterparties.find((c) => c.id === id) };
};

describe('who is listed, by name, rows and stake (data/events.json, by hand)', () => {
  it('every counterparty with a flow, a debt or a stake; not the $0 employee tender nor the round before the start', () => {
    const { rep } = report();
    expect(rep.counterparties.map((c) => c.id).sort()).toEqual([
      'amazon',
      'amd',
      'broadcom',
      'cerebras',
      'co-leads',
      'coreweave',
      'dragoneer',
      'microsoft',
      'nvidia',
      'oracle',
      'softbank',
    ]);
  });
  it('named by the shortest of their rows’ names, without a parenthesis', () => {
    const { by } = report();
    expect(by('oracle')?.name).toBe('Oracle');
    expect(by('amazon')?.name).toBe('Amazon');
    expect(by('co-leads')?.name).toBe('Co-leads and others');
    expect(by('dragoneer')?.name).toBe('Dragoneer and co-investors');
    expect(by('nvidia')?.name).toBe('NVIDIA');
    expect(by('microsoft')?.name).toBe('Microsoft');
  });
  it('their rows switched on, in month order; owned rows make a supplier, Stargate rows a partner', () => {
    const { by } = report();
    expect(by('softbank')?.rows).toEqual([
      'softbank-round-2025-04',
      'softbank-2025-12',
      'softbank-2026-t1',
      'softbank-2026-t2',
      'softbank-2026-t3',
    ]);
    expect(by('amazon')?.rows).toEqual(['aws-2025-11', 'amazon-2026-upfront', 'aws-2026-expansion']);
    expect(by('oracle')?.rows).toEqual(['oracle-abilene', 'oracle-stargate-300b']);
    expect(by('broadcom')).toMatchObject({ rows: ['broadcom-phase1', 'broadcom-options'], roles: ['supplier'] });
    expect(by('coreweave')?.roles).toEqual(['cloud']);
    // the NVIDIA letter of intent is off by default: its rows are the three tranches
    expect(by('nvidia')?.rows).toEqual(['nvidia-2026-t1', 'nvidia-2026-t2', 'nvidia-2026-t3']);
  });
  it("SoftBank's 11% (its Dec 2025 row) is worth 11% of the last valuation, $852B: $93.72B; no stake, no value", () => {
    const { by } = report();
    expect(by('softbank')?.stakePct).toBe(11);
    expect(by('softbank')?.stakeValueUsdB).toBeCloseTo(93.72, 9);
    expect(by('amd')?.stakePct).toBeNull();
    expect(by('amd')?.stakeValueUsdB).toBeNull();
  });
  it('a stake counts when its row lands in the horizon (Dec 2030 is its last month), not after', () => {
    expect(report(set({ 'softbank-2025-12.month': 24371 })).by('softbank')?.stakePct).toBe(11);
    expect(report(set({ 'softbank-2025-12.month': 24372 })).by('softbank')?.stakePct).toBeNull();
  });
  it("SoftBank's equity by calendar year: $32.5B in 2025, $30B in 2026; all of it paid to OpenAI", () => {
    const s = report().by('softbank')!;
    expect(s.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(s.years.map((y) => Number(y.equityUsdB.toFixed(9)))).toEqual([32.5, 30, 0, 0, 0, 0]);
    expect(s.years.map((y) => Number(y.paidToOpenAiUsdB.toFixed(9)))).toEqual([32.5, 30, 0, 0, 0, 0]);
    expect(s.paidToOpenAiUsdB).toBeCloseTo(62.5, 9);
    expect(s.paidByOpenAiUsdB).toBe(0);
    expect(report().by('dragoneer')?.equityUsdB).toBeCloseTo(8.3, 9);
    expect(report().by('co-leads')?.equityUsdB).toBeCloseTo(12, 9);
  });
});

describe('purchases: binding ones from the schedules, options as the run exercised them', () => {
  it("AMD's binding 1 GW of MI450s: $45,000 × 1.6 / 2,500 W = $28.8B; its options add what the run bought", () => {
    const off = set({ 'amd-options.on': 0 });
    expect(report(off).by('amd')?.purchasesUsdB).toBeCloseTo(28.8, 9);
    const { r, by } = report();
    const bought = r.bought!.filter((b) => b.id === 'amd-options');
    expect(bought.length).toBeGreaterThan(0);
    expect(by('amd')?.purchasesUsdB).toBeCloseTo(28.8 + bought.reduce((s, b) => s + b.usdB, 0), 9);
  });
});

describe('purchases and equity beyond the record', () => {
  it("Broadcom's binding first phase: 1.3 GW × $17,650 × 1.6 / 1,275 W = $28.79B, with the options the run bought", () => {
    const { r, by } = report();
    const bought = r.bought!.filter((b) => b.id === 'broadcom-options');
    expect(bought.length).toBeGreaterThan(0);
    const binding = (1.3 * 17650 * 1.6) / 1275;
    expect(binding).toBeCloseTo(28.7937, 4);
    expect(by('broadcom')?.purchasesUsdB).toBeCloseTo(binding + bought.reduce((s, b) => s + b.usdB, 0), 9);
  });
  it("NVIDIA's investment per GW deployed (its letter of intent on) is NVIDIA's equity: all equity is all funding", () => {
    const q = set({ 'nvidia-10gw-loi.on': 1 });
    const { r, rep, by } = report(q);
    const funding = r.monthly.fundingUsdB.reduce((s, v) => s + v, 0);
    expect(rep.counterparties.reduce((s, c) => s + c.equityUsdB, 0)).toBeCloseTo(funding, 9);
    // more than its three $10B tranches
    expect(by('nvidia')!.equityUsdB).toBeGreaterThan(30 + 1);
  });
});

describe("Microsoft's roles from its terms", () => {
  it('investor and cloud always here; revenue share, rival and partner only while their levers are above 0', () => {
    expect(report().by('microsoft')?.roles).toEqual(['investor', 'cloud', 'revenue share', 'rival']);
    const q = set({ msRevenueShare: 0, planBShiftPct: 0, stargateMicrosoftSharePct: 10 });
    expect(report(q).by('microsoft')?.roles).toEqual(['investor', 'cloud', 'partner']);
    // no stake at the end: no investor
    expect(report(set({ msStakePct: 0 })).by('microsoft')?.roles).toEqual(['cloud', 'revenue share', 'rival']);
  });
  it("its flows are its ledger's: on-demand Azure as rent, the revenue share with the profit share", () => {
    const { rep, by } = report();
    const ms = by('microsoft')!;
    expect(ms.rentUsdB).toBeCloseTo(rep.microsoft.azureOnDemandUsdB, 9);
    expect(ms.contractsUsdB).toBeCloseTo(rep.microsoft.azureContractUsdB, 9);
    expect(ms.revShareUsdB).toBeCloseTo(rep.microsoft.revShareUsdB + rep.microsoft.profitShareUsdB, 9);
    expect(ms.reverseShareUsdB).toBeCloseTo(rep.microsoft.reverseShareUsdB, 9);
    expect(ms.stakePct).toBeCloseTo(rep.microsoft.stakePct, 12);
  });
});

describe('rows added in the scenario', () => {
  it('an added round of $7B in Jul 2027: an investor named "Added in this scenario"', () => {
    const q = set({ 'added-1.on': 1, 'added-1.kind': 0, 'added-1.usdB': 7, 'added-1.month': 24330 });
    const a = report(q).by('added')!;
    expect(a).toMatchObject({ name: 'Added in this scenario', roles: ['investor'], rows: ['added-1'], stakePct: null });
    expect(a.equityUsdB).toBeCloseTo(7, 9);
    expect(a.years.map((y) => Number(y.equityUsdB.toFixed(9)))).toEqual([0, 0, 7, 0, 0, 0]);
  });
  it('an added contract of $12B from Jul 2027: a cloud paid $12B, none of it in 2025–2026', () => {
    const q = set({
      'added-1.on': 1,
      'added-1.kind': 1,
      'added-1.usdB': 12,
      'added-1.month': 24330,
      'added-1.termMonths': 12,
    });
    const a = report(q).by('added')!;
    expect(a.roles).toEqual(['cloud']);
    expect(a.contractsUsdB).toBeCloseTo(12, 9);
    expect(a.paidByOpenAiUsdB).toBeCloseTo(12, 9);
    expect(a.years[0].contractsUsdB + a.years[1].contractsUsdB).toBe(0);
  });
});

describe('the month exposure is counted after', () => {
  it('a chosen month: its cash; before the start, the first month’s; past the end, the last month’s', () => {
    const dec2026 = START_MONTH + 23;
    const { r, rep } = report(p, dec2026);
    expect(rep.exposureBasis).toBe('chosen');
    expect(rep.exposureAfter).toBe(dec2026);
    expect(rep.cashAtUsdB).toBe(r.monthly.cashUsdB[23]);
    expect(report(p, START_MONTH - 5).rep.cashAtUsdB).toBe(r.monthly.cashUsdB[0]);
    expect(report(p, START_MONTH + 500).rep.cashAtUsdB).toBe(r.monthly.cashUsdB[r.months - 1]);
  });
  it('largest exposure first, then the most paid by OpenAI', () => {
    const list = report().rep.counterparties;
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      expect(
        a.exposureUsdB > b.exposureUsdB ||
          (a.exposureUsdB === b.exposureUsdB && a.paidByOpenAiUsdB >= b.paidByOpenAiUsdB),
      ).toBe(true);
    }
    expect(list[0].id).toBe('oracle');
  });
});
